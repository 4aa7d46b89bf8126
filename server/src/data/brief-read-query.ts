import type { Core } from '@strapi/strapi';
import type { BriefRecord, MediaRecord, RelatedBriefRecord } from '../domain/brief/to-public-brief';
import type { PublicTag } from '../domain/contract';
import type { TollStateData } from '../domain/toll';
import { ALL_BRIEF_RELATIONS, type BriefRelations } from '../domain/brief/read-relations';
import { frozenMemo, singleFlight } from '../services/memo';
import { renderedBriefsLimit } from '../services/rendered-briefs';
import { getService } from '../services/get-service';
import { BRIEF_CORRECTION_UID, BRIEF_UID, TAG_UID, TOLL_STATE_UID } from '../uids';
import { joinTableOf, metadataOf, morphJoinTableOf, quoteIdentifier, tableOf } from './metadata';
import { counterValueSql, LIST_COUNTER } from './feed-counter';
import { selectRows } from './prepared-reads';
import { contentKeyOf } from './row-digest';

/** A brief row with its relations and toll, as one SQL statement returns it. */
export interface BriefReadRow extends BriefRecord {
  id: number;
  killReason: string | null;
  statusChangedAt: string | null;
  toll: VersionedTollState | null;
  /** With a page and `hideEmbargoedAt`: matching rows hidden now by their embargo (counted in the same statement). */
  embargoed?: number;
  /** With a page: the version of the lists the page was read at (the list counter, read in the same statement). */
  listVersion?: number;
  /** The key of all the statement returned for the row (page counts apart; see row-digest), `null` if nothing is remembered. */
  contentKey: string | null;
}

/**
 * A brief's toll state at a version. The state is parsed on demand: a version's toll text is built once and
 * remembered (its state never changes), so most reads never need it.
 */
export interface VersionedTollState {
  version: number;
  readState: () => TollStateData | null;
}

/** A brief row's place in the list's order (newest first): the keyset cursor's content. */
export interface BriefKey {
  firstPublishedAt: Date;
  id: number;
}

/** A page: `limit` rows at `offset`, or the `limit` rows right after `olderThan` (keyset; `offset` ignored). */
export interface BriefPage {
  limit: number;
  offset: number;
  olderThan?: BriefKey;
}

export interface BriefReadFilter {
  locale?: string;
  locales?: string[];
  documentIds?: string[];
  slug?: string;
  published: true;
  /** usable, not killed or withheld (list); omitted = any status (callers decide 404 / 410). */
  usableOnly?: boolean;
  /** Hide briefs whose embargo has not passed at this time. */
  hideEmbargoedAt?: Date;
  tagSlug?: string;
  /** Briefs with at least one tag of this kind. */
  tagKind?: string;
  /** Briefs first published at or after this time. */
  firstPublishedSince?: Date;
}

/** The brief attributes a read row carries, under their attribute names (their columns from Strapi's metadata). */
const BRIEF_ATTRIBUTES = [
  'id', 'documentId', 'locale', 'slug', 'headline', 'slugline', 'byline', 'dateline', 'summary', 'body', 'urgency',
  'editorialStatus', 'embargoUntil', 'firstPublishedAt', 'updatedAt', 'publishedAt', 'photoCaption', 'photoCredit',
  'relatedLinks', 'killReason', 'statusChangedAt',
] as const;

type BriefAttribute = (typeof BRIEF_ATTRIBUTES)[number];

/** The brief attributes kept as JSON (blocks, the related-links custom field). */
const JSON_ATTRIBUTES: ReadonlySet<BriefAttribute> = new Set(['body', 'relatedLinks']);

const q = quoteIdentifier;

/** `alias."column"` in raw SQL. */
const rawColumn = (alias: string, column: string) => `${alias}.${q(column)}`;

/** Strapi's table and column names for every table the read query touches, from its metadata. */
const schemaNamesOf = (strapi: Core.Strapi) => {
  const briefMetadata = metadataOf(strapi, BRIEF_UID);
  return {
    brief: tableOf(strapi, BRIEF_UID, BRIEF_ATTRIBUTES),
    tag: tableOf(strapi, TAG_UID, ['id', 'name', 'slug', 'kind'] as const),
    file: tableOf(strapi, 'plugin::upload.file', ['id', 'url', 'alternativeText', 'width', 'height', 'formats', 'mime'] as const),
    correction: tableOf(strapi, BRIEF_CORRECTION_UID, ['id', 'briefDocumentId', 'locale', 'at', 'note', 'fields'] as const),
    state: tableOf(strapi, TOLL_STATE_UID, ['briefDocumentId', 'version', 'state'] as const),
    tagLink: joinTableOf(briefMetadata, 'tags'),
    relatedLink: joinTableOf(briefMetadata, 'relatedBriefs'),
    photoLink: morphJoinTableOf(metadataOf(strapi, 'plugin::upload.file'), 'related'),
  };
};

type SchemaNames = ReturnType<typeof schemaNamesOf>;

/** A link table's own primary key and default order column (Strapi names them `id`; not in the metadata). */
const LINK_ID = 'id';

type QueryBuilder = ReturnType<Core.Strapi['db']['connection']['queryBuilder']>;

/** Filters whose total is remembered (per version of the lists). */
const MAX_COUNTS = 500;

const keyTime = (row: BriefReadRow) => (row.firstPublishedAt ? new Date(row.firstPublishedAt).getTime() : 0);
const byNewestFirst = (a: BriefReadRow, b: BriefReadRow) => keyTime(b) - keyTime(a) || b.id - a.id;

const parseJson = <T>(value: unknown, fallback: T): T => {
  if (value === null || value === undefined) return fallback;
  if (typeof value !== 'string') return value as T;
  try {
    return JSON.parse(value) as T;
  } catch {
    return fallback;
  }
};

/** SQLite keeps datetimes as epoch milliseconds, PostgreSQL as timestamps; both become ISO strings. */
const toIso = (value: unknown): string | null => {
  if (value === null || value === undefined || value === '') return null;
  const date = typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value)) ? new Date(Number(value)) : new Date(value as string | Date);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
};

/**
 * The read side's one statement: a page of briefs with their tags, photo, related briefs and toll state, each
 * relation aggregated to JSON in a correlated subquery (json_group_array on SQLite, json_agg on PostgreSQL), and
 * the rows an embargo hides now counted in the same statement. Every table and column name comes from Strapi's
 * metadata (schemaNamesOf), none is hand-written.
 */
const briefReadQuery = ({ strapi }: { strapi: Core.Strapi }) => {
  const isPostgres = () => strapi.db.dialect.client === 'postgres';
  const knex = () => strapi.db.connection;
  const dbTime = (date: Date) => (isPostgres() ? date : date.getTime());

  /**
   * PostgreSQL's json and jsonb as text, as SQLite gives them: node-postgres would parse each value on every read, and
   * a row is parsed only when its content is new (readRow), the toll state only when asked for.
   */
  const asText = (expression: string) => (isPostgres() ? `(${expression})::text` : expression);

  const jsonObject = (pairs: [string, string][]) =>
    `${isPostgres() ? 'json_build_object' : 'json_object'}(${pairs.map(([key, expression]) => `'${key}', ${expression}`).join(', ')})`;

  /**
   * `(select <json array of objects, ordered> from <from> where …)`, '[]' when empty. SQLite (3.44+) orders inside
   * the aggregate too: no subquery whose objects would have to be parsed again with json().
   */
  const jsonArray = (objectSql: string, fromSql: string, orderSql: string) =>
    isPostgres()
      ? `(select coalesce(json_agg(${objectSql} order by ${orderSql}), '[]'::json)::text ${fromSql})`
      : `(select json_group_array(${objectSql} order by ${orderSql}) ${fromSql})`;

  /** The locale's text corrections as a JSON array, oldest first (json(): SQLite keeps a json column as text). */
  const correctionsSql = ({ brief, correction }: SchemaNames) => {
    const c = (attribute: keyof typeof correction.columns) => rawColumn('c', correction.columns[attribute]);
    const b = (attribute: BriefAttribute) => rawColumn('b', brief.columns[attribute]);
    return jsonArray(
      jsonObject([['at', c('at')], ['note', c('note')], ['fields', isPostgres() ? c('fields') : `json(${c('fields')})`]]),
      `from ${q(correction.table)} c where ${c('briefDocumentId')} = ${b('documentId')} and ${c('locale')} = ${b('locale')}`,
      `${c('at')}, ${c('id')}`,
    );
  };

  const relationSql = (names: SchemaNames) => {
    const { brief, tag, file, tagLink: tags, relatedLink: related, photoLink: morph } = names;
    const b = (attribute: BriefAttribute) => rawColumn('b', brief.columns[attribute]);
    const r = (attribute: BriefAttribute) => rawColumn('r', brief.columns[attribute]);
    const x = (attribute: BriefAttribute) => rawColumn('x', brief.columns[attribute]);
    const t = (attribute: keyof typeof tag.columns) => rawColumn('t', tag.columns[attribute]);
    const f = (attribute: keyof typeof file.columns) => rawColumn('f', file.columns[attribute]);
    const l = (column: string) => rawColumn('l', column);
    const m = (column: string) => rawColumn('m', column);

    const tagsSql = jsonArray(
      jsonObject([['name', t('name')], ['slug', t('slug')], ['kind', t('kind')]]),
      `from ${q(tags.name)} l join ${q(tag.table)} t on ${t('id')} = ${l(tags.inverseJoinColumn.name)} where ${l(tags.joinColumn.name)} = ${b('id')}`,
      `${l(tags.orderColumnName ?? LINK_ID)}, ${l(LINK_ID)}`,
    );
    const relatedSql = jsonArray(
      jsonObject([
        ['documentId', r('documentId')], ['locale', r('locale')], ['slug', r('slug')], ['headline', r('headline')],
        ['editorialStatus', r('editorialStatus')], ['embargoUntil', r('embargoUntil')], ['publishedAt', r('publishedAt')],
      ]),
      // Every published locale of each linked document, the reader's locale first: the shaping keeps one per document.
      `from ${q(related.name)} l join ${q(brief.table)} x on ${x('id')} = ${l(related.inverseJoinColumn.name)} join ${q(brief.table)} r on ${r('documentId')} = ${x('documentId')} and ${r('publishedAt')} is not null and ${r('editorialStatus')} = 'usable' where ${l(related.joinColumn.name)} = ${b('id')}`,
      `${l(related.orderColumnName ?? LINK_ID)}, ${l(LINK_ID)}, case when ${r('locale')} = ${b('locale')} then 0 when ${r('locale')} = ${x('locale')} then 1 else 2 end`,
    );
    const photoSql = `(select ${asText(jsonObject([
      ['url', f('url')], ['alternativeText', f('alternativeText')], ['width', f('width')], ['height', f('height')], ['formats', f('formats')], ['mime', f('mime')],
    ]))} from ${q(morph.name)} m join ${q(file.table)} f on ${f('id')} = ${m(morph.joinColumn.name)} where ${m(morph.morphColumn.idColumn.name)} = ${b('id')} and ${m(morph.morphColumn.typeColumn.name)} = '${BRIEF_UID}' and ${m(morph.morphColumn.typeField ?? 'field')} = 'photo' limit 1)`;
    const tagFilterSql = (attribute: 'slug' | 'kind') =>
      `exists (select 1 from ${q(tags.name)} l join ${q(tag.table)} t on ${t('id')} = ${l(tags.inverseJoinColumn.name)} where ${l(tags.joinColumn.name)} = ${b('id')} and ${t(attribute)} = ?)`;
    return {
      // The brief columns under their attribute names, as one fragment (knex need not quote 21 identifiers per call).
      briefSelect: BRIEF_ATTRIBUTES.map((attribute) => `${JSON_ATTRIBUTES.has(attribute) ? asText(b(attribute)) : b(attribute)} as ${q(attribute)}`).join(', '),
      correctionsSql: correctionsSql(names),
      tagsSql,
      relatedSql,
      photoSql,
      tagFilterSql: tagFilterSql('slug'),
      tagKindFilterSql: tagFilterSql('kind'),
      briefTable: brief.table,
      briefColumns: brief.columns,
      stateTable: names.state.table,
    };
  };

  /** A statement row as a read row: JSON columns parsed, datetimes as ISO strings (one object, filled in place). */
  const toRow = (raw: Record<string, unknown>): BriefReadRow => {
    const row: Record<string, unknown> = {};
    for (const key of BRIEF_ATTRIBUTES) row[key] = raw[key];
    const photo = parseJson<(MediaRecord & { formats: unknown }) | null>(raw.photo_json, null);
    row.body = parseJson(raw.body, []);
    row.relatedLinks = parseJson(raw.relatedLinks, []);
    row.embargoUntil = toIso(raw.embargoUntil);
    row.firstPublishedAt = toIso(raw.firstPublishedAt);
    row.updatedAt = toIso(raw.updatedAt);
    row.publishedAt = toIso(raw.publishedAt);
    row.statusChangedAt = toIso(raw.statusChangedAt);
    row.tags = parseJson<PublicTag[]>(raw.tags_json, []);
    row.photo = photo && photo.url ? { ...photo, formats: parseJson(photo.formats, null) } : null;
    row.relatedBriefs = parseJson<RelatedBriefRecord[]>(raw.related_json, []).map((related) => ({
      ...related,
      embargoUntil: toIso(related.embargoUntil),
      publishedAt: toIso(related.publishedAt),
    }));
    const tollState = raw.toll_state;
    row.toll = raw.toll_version === null || raw.toll_version === undefined ? null : { version: Number(raw.toll_version), readState: () => parseJson<TollStateData | null>(tollState, null) };
    row.corrections = parseJson<{ at: unknown; note: string; fields: string[] }[]>(raw.corrections_json, []).map((correction) => ({
      at: toIso(correction.at) as string,
      note: correction.note,
      fields: Array.isArray(correction.fields) ? correction.fields : [],
    }));
    return row as unknown as BriefReadRow;
  };

  /** A toll state never changes under its version (each revision writes the next version): the version keys it. */
  const DETERMINED_COLUMNS: ReadonlySet<string> = new Set(['toll_state']);

  /** Rows already parsed, by content (a row never changes under its key): the hot pages are parsed once. */
  const parsedRows = frozenMemo<Omit<BriefReadRow, 'embargoed' | 'listVersion' | 'contentKey'>>();

  /**
   * A statement row as a read row, parsed once per content (at most `remembered` rows kept; 0 = none, and no key);
   * the page's counts (`embargoed`, `list_version`) apart.
   */
  const readRow = (raw: Record<string, unknown>, remembered: number): BriefReadRow => {
    const { embargoed, list_version: listVersion, ...content } = raw;
    const contentKey = remembered > 0 ? contentKeyOf(content, DETERMINED_COLUMNS) : null;
    return {
      ...parsedRows(contentKey, remembered, () => toRow(content)).value,
      contentKey,
      embargoed: embargoed === undefined ? undefined : Number(embargoed),
      listVersion: listVersion === undefined || listVersion === null ? undefined : Number(listVersion),
    };
  };

  /** Names for knex's builder (it quotes them itself): `b.column` of a brief attribute. */
  const briefRef = (sql: ReturnType<typeof relationSql>, alias: string) => (attribute: BriefAttribute) => `${alias}.${sql.briefColumns[attribute]}`;

  /** The filter's conditions on the brief rows `b` (shared by the page, its count and the snapshots). */
  const applyFilter = (matching: QueryBuilder, filter: BriefReadFilter, sql: ReturnType<typeof relationSql>) => {
    const b = briefRef(sql, 'b');
    matching.whereNotNull(b('publishedAt'));
    if (filter.locale) matching.where(b('locale'), filter.locale);
    if (filter.locales) matching.whereIn(b('locale'), filter.locales);
    if (filter.documentIds) matching.whereIn(b('documentId'), filter.documentIds);
    if (filter.slug) matching.where(b('slug'), filter.slug);
    if (filter.usableOnly) matching.where(b('editorialStatus'), 'usable');
    const embargoTime = filter.hideEmbargoedAt;
    if (embargoTime) matching.where((embargo) => embargo.whereNull(b('embargoUntil')).orWhere(b('embargoUntil'), '<=', dbTime(embargoTime)));
    if (filter.tagSlug) matching.whereRaw(sql.tagFilterSql, [filter.tagSlug]);
    if (filter.tagKind) matching.whereRaw(sql.tagKindFilterSql, [filter.tagKind]);
    const since = filter.firstPublishedSince;
    if (since) matching.where(b('firstPublishedAt'), '>=', dbTime(since));
    return matching;
  };

  /** Rows of the filter, embargo apart, still under embargo at `hideEmbargoedAt` (few: the embargo index). */
  const embargoedCount = (filter: BriefReadFilter, sql: ReturnType<typeof relationSql>) => {
    const { hideEmbargoedAt, ...stable } = filter;
    const counted = applyFilter(knex()(`${sql.briefTable} as b`).count({ embargoed: '*' }), stable, sql);
    return counted.where(briefRef(sql, 'b')('embargoUntil'), '>', dbTime(hideEmbargoedAt ?? new Date()));
  };

  const counts = new Map<string, { version: number; value: number }>();
  const countOnce = singleFlight();

  /** The names and SQL fragments, built once (Strapi's metadata and the dialect are fixed after boot). */
  let built: { names: SchemaNames; sql: ReturnType<typeof relationSql> } | undefined;
  const schema = () => {
    if (!built) {
      const names = schemaNamesOf(strapi);
      built = { names, sql: relationSql(names) };
    }
    return built;
  };

  /** The list's order, newest first: the keyset (first published, id). */
  const keyOrder = (sql: ReturnType<typeof relationSql>) => {
    const b = briefRef(sql, 'b');
    return [{ column: b('firstPublishedAt'), order: 'desc' as const }, { column: b('id'), order: 'desc' as const }];
  };

  return {
    /**
     * `relations` left out of the statement come back empty (no tags, photo, related briefs, toll or corrections).
     * With a page: one statement. A narrow inner query picks the page's ids on the list index (newest first, from
     * `olderThan` when given, else at `offset`); the relations are aggregated for those ids only; the rows the
     * embargo hides now are counted and the version of the lists is read in the same statement (for `total`, never a
     * sort or a count of the table).
     */
    async select(filter: BriefReadFilter, page?: BriefPage, relations: BriefRelations = ALL_BRIEF_RELATIONS): Promise<BriefReadRow[]> {
      const { names, sql } = schema();
      const b = briefRef(sql, 'b');
      const db = knex();
      const matching = applyFilter(db(`${sql.briefTable} as b`).select(b('id')), filter, sql);
      const keyset = page?.olderThan;
      if (page) {
        if (keyset) matching.whereRaw('(??, ??) < (?, ?)', [b('firstPublishedAt'), b('id'), dbTime(keyset.firstPublishedAt), keyset.id]);
        matching.orderBy(keyOrder(sql)).limit(page.limit);
        if (!keyset && page.offset > 0) matching.offset(page.offset);
      }

      const state = names.state.columns;
      const query = db
        .from(matching.as('p'))
        .join(`${sql.briefTable} as b`, b('id'), `p.${sql.briefColumns.id}`)
        .select(db.raw(sql.briefSelect))
        .select(db.raw(`${relations.corrections ? sql.correctionsSql : 'null'} as corrections_json`))
        .select(db.raw(`${relations.tags ? sql.tagsSql : 'null'} as tags_json`))
        .select(db.raw(`${relations.photo ? sql.photoSql : 'null'} as photo_json`))
        .select(db.raw(`${relations.relatedBriefs ? sql.relatedSql : 'null'} as related_json`));
      // The toll columns are selected either way: every row of this statement has the same columns (its content key).
      if (relations.toll) {
        query
          .select(db.raw('?? as toll_version', [`s.${state.version}`]), db.raw(`${asText('??')} as toll_state`, [`s.${state.state}`]))
          .leftJoin(`${sql.stateTable} as s`, `s.${state.briefDocumentId}`, b('documentId'));
      } else {
        query.select(db.raw('null as toll_version, null as toll_state'));
      }
      if (page && filter.hideEmbargoedAt) query.crossJoin(db.raw('(?) as e', [embargoedCount(filter, sql)])).select('e.embargoed');
      if (page) {
        // The version of the lists beside the page: the total remembered for it needs no statement of its own.
        const version = counterValueSql(strapi, LIST_COUNTER);
        query.select(db.raw(`${version.sql} as list_version`, version.bindings));
      }
      const remembered = renderedBriefsLimit(strapi);
      const rows = (await selectRows(strapi, query, { inTransaction: strapi.db.inTransaction() })).map((raw) => readRow(raw, remembered));
      // The page's order (sorting at most a page of rows here keeps the statement free of a sort step).
      return page ? rows.sort(byNewestFirst) : rows;
    },

    /**
     * How many rows match, embargo apart: an index-only count, computed once per version of the lists (the list
     * counter every public change but a toll revision raises in its transaction) and filter, however many readers ask at once;
     * then less the rows hidden now by their embargo. `page`: a row of the page's statement, which read the version of the
     * lists and the embargoed rows beside the page (else both are read here).
     */
    async total(filter: BriefReadFilter, page?: Pick<BriefReadRow, 'embargoed' | 'listVersion'>): Promise<number> {
      const { sql } = schema();
      const { hideEmbargoedAt, ...stable } = filter;
      const embargoed = page?.embargoed;
      const version = page?.listVersion ?? (await getService(strapi, 'feedEvents').listVersion());
      const key = JSON.stringify(stable);
      const known = counts.get(key);
      const all = known && known.version === version
        ? known.value
        : await countOnce(key, version, async () => {
          const row = (await applyFilter(knex()(`${sql.briefTable} as b`).count({ total: '*' }), stable, sql).first()) as { total: unknown } | undefined;
          const value = Number(row?.total ?? 0);
          counts.delete(key);
          counts.set(key, { version, value });
          if (counts.size > MAX_COUNTS) counts.delete(counts.keys().next().value as string);
          return value;
        });
      if (!hideEmbargoedAt) return all;
      const hidden = embargoed ?? Number(((await embargoedCount(filter, sql).first()) as { embargoed: unknown } | undefined)?.embargoed ?? 0);
      return Math.max(0, all - hidden);
    },

    /**
     * Tags that at least one public brief uses (published, usable, any locale; past its embargo unless
     * `hideEmbargoedAt` is omitted), in one statement through the brief–tag link table, kind then name.
     */
    async usedTags(filter: { hideEmbargoedAt?: Date }): Promise<PublicTag[]> {
      const { brief, tag, tagLink: link } = schema().names;
      const b = (attribute: BriefAttribute) => `b.${brief.columns[attribute]}`;
      const t = (attribute: keyof typeof tag.columns) => `t.${tag.columns[attribute]}`;
      const db = knex();
      const used = db(`${link.name} as l`)
        .join(`${brief.table} as b`, b('id'), `l.${link.joinColumn.name}`)
        .whereRaw('?? = ??', [`l.${link.inverseJoinColumn.name}`, t('id')])
        .whereNotNull(b('publishedAt'))
        .where(b('editorialStatus'), 'usable')
        .select(db.raw('1'));
      const embargoTime = filter.hideEmbargoedAt;
      if (embargoTime) used.where((embargo) => embargo.whereNull(b('embargoUntil')).orWhere(b('embargoUntil'), '<=', dbTime(embargoTime)));
      return (await db(`${tag.table} as t`)
        .select(`${t('name')} as name`, `${t('slug')} as slug`, `${t('kind')} as kind`)
        .whereExists(used)
        .orderBy([{ column: t('kind'), order: 'asc' }, { column: t('name'), order: 'asc' }])) as PublicTag[];
    },
  };
};

export default briefReadQuery;
