import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { parseCredit } from '../domain/credit/parse-credit';
import { toPublicBrief, type BriefRecord } from '../domain/brief/to-public-brief';
import { isHiddenByEmbargo, isPublic } from '../domain/brief/visibility';
import type { BriefListQuery } from '../domain/brief/list-query';
import { encodeListCursor } from '../domain/brief/list-cursor';
import type { PhotoCredit, PublicBrief, PublicTag, Toll } from '../domain/contract';
import { boundedMemo } from './memo';
import { gone } from '../http-errors';
import { BRIEF_UID, TAG_UID } from '../uids';
import { buildToll, EMPTY_TOLL_STATE } from '../domain/toll';
import type { BriefReadRow, VersionedTollState } from '../data/brief-read-query';
import { ALL_BRIEF_RELATIONS, type BriefRelations } from '../domain/brief/read-relations';
import { getService } from './get-service';
import { createPageOutputSanitizer } from '../sanitizers/page-output-sanitizer';
import { documentLocaleKeyOf } from '../domain/brief/document-locale-key';
import { createRenderedBriefs, renderedBriefsLimit } from './rendered-briefs';

/** Strapi 5.54 names its Content API token strategy 'content-api-token' (earlier releases: 'api-token'). */
const API_TOKEN_STRATEGIES = ['content-api-token', 'api-token'];

/** What a reader may know of a brief locale now: its public content, or only that it was killed or withheld. */
export type BriefSnapshot =
  | { state: 'public'; brief: PublicBrief }
  | { state: 'killed' | 'withheld'; documentId: string; locale: string; changedAt: string; reason: string | null };

/** Who is reading: Strapi's auth state (for sanitizing) and whether embargoed copy is theirs to see. */
export interface ReadCaller {
  auth: unknown;
  entitledToEmbargoed: boolean;
}

/** What a list read computes and filters beyond the REST query (GraphQL: the selection, `tagKind`, `since`). */
export interface BriefListOptions {
  relations?: BriefRelations;
  tagKind?: string | null;
  firstPublishedSince?: Date | null;
}

/** The brief columns a public brief is shaped from. */
export const BRIEF_COLUMNS = [
  'id', 'documentId', 'locale', 'slug', 'headline', 'slugline', 'byline', 'dateline', 'summary', 'body', 'urgency',
  'editorialStatus', 'embargoUntil', 'firstPublishedAt', 'updatedAt', 'publishedAt', 'photoCaption', 'photoCredit', 'relatedLinks',
];

const creditMemo = boundedMemo<PhotoCredit | null>(2_000);
const tollMemo = boundedMemo<Toll | null>(2_000);

/** The Content API read side of briefs: what partners and the public may see, shaped to the contract. */
const publicBriefs = ({ strapi }: { strapi: Core.Strapi }) => {
  const { sanitizePage, rulesFor } = createPageOutputSanitizer(strapi);
  const rendered = createRenderedBriefs();

  /**
   * Sanitizes rows with Strapi's Content API rules for this caller (private fields, relations the caller may not
   * read), then shapes them to the contract. `tollOf` gives each brief's current toll state. `contentKeys`: each
   * record's read-row digest (rows from the read statement), under which its public brief is remembered.
   */
  const shape = async (
    records: BriefRecord[],
    caller: ReadCaller,
    now: Date,
    tollOf: (documentId: string) => VersionedTollState | null,
    contentKeys: readonly (string | null)[] = [],
  ): Promise<PublicBrief[]> => {
    if (records.length === 0) return [];
    const [settings, baseUrl] = await Promise.all([getService(strapi, 'settings').get(), getService(strapi, 'settings').publicBaseUrl()]);
    // The page's rules decided once; without them (a single record, a rule that reads values) Strapi's own path.
    const rules = await rulesFor(records, BRIEF_UID, caller.auth);
    const knownAgencies = settings.knownAgencies.length > 0 ? settings.knownAgencies : undefined;
    const agenciesKey = knownAgencies?.join('|') ?? '';
    const render = (record: BriefRecord): PublicBrief => {
      const toll = tollOf(record.documentId);
      return toPublicBrief(record, {
        baseUrl,
        now,
        entitledToEmbargoed: caller.entitledToEmbargoed,
        credit: (raw) => (raw ? creditMemo(`${agenciesKey}\u0000${raw}`, () => parseCredit(raw, { knownAgencies })) : null),
        // A toll version never changes once written, so its text per locale can be reused.
        toll: toll ? tollMemo(`${record.documentId}:${toll.version}:${record.locale}`, () => buildToll(toll.readState() ?? EMPTY_TOLL_STATE, toll.version, record.locale)) : null,
      });
    };
    if (!rules) return (await sanitizePage(records, BRIEF_UID, caller.auth)).map(render);
    const remembered = renderedBriefsLimit(strapi);
    if (remembered <= 0) return records.map((record) => render(rules.apply(record)));
    // What else the brief is shaped from, digested once for the page (the sanitizing rules alone are ~1 KB of text).
    const contextKey = crypto.hash('sha256', JSON.stringify([rules.key, baseUrl, agenciesKey, caller.entitledToEmbargoed]), 'base64');
    return records.map((record, index) => {
      const contentKey = contentKeys[index];
      // Whether each related brief is public now: an embargo passing changes the brief, not its row.
      const relatedNow = (record.relatedBriefs ?? []).map((related) => (isPublic(related, now, caller.entitledToEmbargoed) ? 1 : 0)).join('');
      return rendered(contentKey ? `${contentKey}\u0000${contextKey}\u0000${relatedNow}` : null, remembered, () => render(rules.apply(record)));
    });
  };

  /** Rows from the one-statement read query, shaped; their toll state came with them. */
  const shapeRows = (rows: BriefReadRow[], caller: ReadCaller, now: Date) => {
    const tolls = new Map(rows.map((row) => [row.documentId, row.toll]));
    const records = rows.map(({ toll: _toll, embargoed: _embargoed, listVersion: _listVersion, killReason: _killReason, statusChangedAt: _statusChangedAt, contentKey: _contentKey, ...record }) => record);
    return shape(records, caller, now, (documentId) => tolls.get(documentId) ?? null, rows.map((row) => row.contentKey));
  };

  const readQuery = () => getService(strapi, 'briefReadQuery');

  const resolveLocale = (locale: string | null): Promise<string> => getService(strapi, 'locales').resolve(locale);

  /**
   * The locale of a slug read without `locale`: the one locale that published the slug (a French slug needs no
   * `locale=fr`), else the default locale (a slug several locales use, or none). Only rows partners had (published, or
   * killed tombstones) count, and the read that follows applies the usual 404 / 410 rules: nothing more is revealed.
   */
  const resolveSlugLocale = async (slug: string, locale: string | null): Promise<string> => {
    if (locale) return resolveLocale(locale);
    const rows = (await strapi.db.query(BRIEF_UID).findMany({
      select: ['locale'],
      where: { slug, $or: [{ publishedAt: { $notNull: true } }, { editorialStatus: 'killed', firstPublishedAt: { $notNull: true } }] },
    })) as { locale: string }[];
    const locales = [...new Set(rows.map((row) => row.locale))];
    return locales.length === 1 ? locales[0] : resolveLocale(null);
  };

  type StatusRow = Pick<BriefReadRow, 'documentId' | 'locale' | 'editorialStatus' | 'embargoUntil' | 'killReason' | 'statusChangedAt' | 'updatedAt'>;
  const STATUS_COLUMNS = ['documentId', 'locale', 'editorialStatus', 'embargoUntil', 'killReason', 'statusChangedAt', 'updatedAt'];

  /**
   * Killed locales without a published row (killed after an unpublish): partners had them, so they stay tombstones.
   * Only asked where no published row answered, so the common paths cost nothing more.
   */
  const findTombstones = async (where: Record<string, unknown>): Promise<StatusRow[]> =>
    (await strapi.db.query(BRIEF_UID).findMany({
      select: STATUS_COLUMNS,
      where: { ...where, editorialStatus: 'killed', publishedAt: null, firstPublishedAt: { $notNull: true } },
    })) as StatusRow[];

  /** The published row behind a slug, whatever its status, with its relations: callers decide between 404 and 410. */
  const findPublishedRow = async (slug: string, locale: string, relations: BriefRelations): Promise<BriefReadRow | null> =>
    (await readQuery().select({ published: true, slug, locale }, undefined, relations))[0] ?? null;

  /** The same row's status only, for routes that need the brief's identity and visibility, not its content. */
  const findPublishedStatus = async (slug: string, locale: string): Promise<StatusRow | null> =>
    ((await strapi.db.query(BRIEF_UID).findOne({
      select: STATUS_COLUMNS,
      where: { slug, locale, publishedAt: { $notNull: true } },
    })) as StatusRow | null) ?? (await findTombstones({ slug, locale }))[0] ?? null;

  /** 404 for what an outsider may not know exists (draft, withheld, embargoed, unknown); 410 for a killed brief. */
  const requirePublic = <Row extends Pick<BriefReadRow, 'documentId' | 'editorialStatus' | 'embargoUntil' | 'killReason' | 'statusChangedAt'>>(
    row: Row | null,
    now: Date,
    caller: ReadCaller,
  ): Row => {
    if (!row || isHiddenByEmbargo(row, now, caller.entitledToEmbargoed)) throw new errors.NotFoundError('Brief not found');
    if (row.editorialStatus === 'killed') {
      throw gone('This brief has been killed', {
        documentId: row.documentId,
        killedAt: row.statusChangedAt ? new Date(row.statusChangedAt).toISOString() : null,
        reason: row.killReason ?? null,
      });
    }
    const underEmbargo = row.embargoUntil !== null && new Date(row.embargoUntil).getTime() > now.getTime();
    if (row.editorialStatus !== 'usable' || (underEmbargo && !caller.entitledToEmbargoed)) throw new errors.NotFoundError('Brief not found');
    return row;
  };

  return {
    resolveSlugLocale,

    /**
     * Sanitizes rows with Strapi's Content API rules for this caller, then shapes them to the contract (the draft
     * preview shapes drafts this way too).
     */
    shape,

    /**
     * The current public state of several brief locales at once (feed and webhooks): the shaped brief when the
     * caller may see it, else what the caller may know (killed with its reason, or nothing).
     */
    async snapshots(pairs: { documentId: string; locale: string }[], caller: ReadCaller, relations: BriefRelations = ALL_BRIEF_RELATIONS): Promise<Map<string, BriefSnapshot>> {
      const snapshots = new Map<string, BriefSnapshot>();
      if (pairs.length === 0) return snapshots;
      const now = new Date();
      const wanted = new Set(pairs.map(documentLocaleKeyOf));
      // The statement selects documents × locales: rows of a locale no pair asked for are not shaped.
      const rows = (await readQuery().select({
        published: true,
        documentIds: [...new Set(pairs.map((pair) => pair.documentId))],
        locales: [...new Set(pairs.map((pair) => pair.locale))],
      }, undefined, relations)).filter((row) => wanted.has(documentLocaleKeyOf(row)));
      const found = new Set(rows.map(documentLocaleKeyOf));
      const visible = rows.filter((row) => isPublic(row, now, caller.entitledToEmbargoed));
      const unpublished = pairs.filter((pair) => !found.has(documentLocaleKeyOf(pair)));
      const tombstones = unpublished.length === 0 ? [] : await findTombstones({ documentId: { $in: [...new Set(unpublished.map((pair) => pair.documentId))] } });
      const knowable = [...rows, ...tombstones].filter((row) => !isHiddenByEmbargo(row, now, caller.entitledToEmbargoed));
      for (const brief of await shapeRows(visible, caller, now)) snapshots.set(documentLocaleKeyOf(brief), { state: 'public', brief });
      for (const row of knowable) {
        const key = documentLocaleKeyOf(row);
        if (snapshots.has(key)) continue;
        const changedAt = row.statusChangedAt ? new Date(row.statusChangedAt).toISOString() : new Date(row.updatedAt).toISOString();
        if (row.editorialStatus === 'killed') snapshots.set(key, { state: 'killed', documentId: row.documentId, locale: row.locale, changedAt, reason: row.killReason });
        else if (row.editorialStatus === 'withheld') snapshots.set(key, { state: 'withheld', documentId: row.documentId, locale: row.locale, changedAt, reason: null });
      }
      return snapshots;
    },

    /** Embargoed copy is for API tokens the settings list as entitled, nobody else. */
    async callerFor(auth: { strategy?: { name?: string }; credentials?: { id?: number } } | undefined): Promise<ReadCaller> {
      const tokenId = API_TOKEN_STRATEGIES.includes(auth?.strategy?.name ?? '') ? auth?.credentials?.id : undefined;
      const { entitledTokenIds } = await getService(strapi, 'settings').get();
      return { auth, entitledToEmbargoed: tokenId !== undefined && entitledTokenIds.includes(tokenId) };
    },

    async list(query: BriefListQuery, caller: ReadCaller, options: BriefListOptions = {}) {
      const now = new Date();
      const locale = await resolveLocale(query.locale);
      const filter = {
        published: true as const,
        locale,
        usableOnly: true,
        ...(caller.entitledToEmbargoed ? {} : { hideEmbargoedAt: now }),
        ...(query.tagSlug ? { tagSlug: query.tagSlug } : {}),
        ...(options.tagKind ? { tagKind: options.tagKind } : {}),
        ...(options.firstPublishedSince ? { firstPublishedSince: options.firstPublishedSince } : {}),
      };
      const olderThan = query.after ?? undefined;
      const page = olderThan ? olderThan.page + 1 : query.page;
      // One row more than the page tells whether another page follows.
      const fetched = await readQuery().select(filter, { limit: query.pageSize + 1, offset: olderThan ? 0 : (query.page - 1) * query.pageSize, olderThan }, options.relations);
      const rows = fetched.slice(0, query.pageSize);
      const total = await readQuery().total(filter, fetched[0]);
      const last = rows[rows.length - 1];
      const next = last?.firstPublishedAt ? encodeListCursor({ firstPublishedAt: new Date(last.firstPublishedAt), id: last.id, page }) : (query.afterCursor ?? null);
      return {
        data: await shapeRows(rows, caller, now),
        meta: {
          pagination: { page, pageSize: query.pageSize, pageCount: Math.ceil(total / query.pageSize), total },
          next,
          hasMore: fetched.length > query.pageSize,
        },
      };
    },

    /** The tag vocabulary partners may know: tags of briefs this caller may read (a draft's or an embargoed brief's tags reveal the story). */
    async tags(caller: ReadCaller): Promise<PublicTag[]> {
      const rows = await readQuery().usedTags(caller.entitledToEmbargoed ? {} : { hideEmbargoedAt: new Date() });
      if (rows.length === 0) return [];
      const sanitized = await sanitizePage(rows, TAG_UID, caller.auth);
      return sanitized.map(({ name, slug, kind }) => ({ name, slug, kind }));
    },

    /** The public brief behind a slug, or the 404 / 410 the contract asks for. */
    async findBySlug(slug: string, localeParam: string | null, caller: ReadCaller, relations: BriefRelations = ALL_BRIEF_RELATIONS): Promise<PublicBrief> {
      const now = new Date();
      const locale = await resolveSlugLocale(slug, localeParam);
      const published = await findPublishedRow(slug, locale, relations);
      if (!published) {
        // No published row: a tombstone answers 410, anything else 404.
        requirePublic((await findTombstones({ slug, locale }))[0] ?? null, now, caller);
        throw new errors.NotFoundError('Brief not found');
      }
      const [brief] = await shapeRows([requirePublic(published, now, caller)], caller, now);
      return brief;
    },

    /** documentId and locale for the ninjs route: like requirePublicDocument, but a killed brief gives its tombstone. */
    async requireDocumentForNinjs(slug: string, localeParam: string | null, caller: ReadCaller) {
      const now = new Date();
      const locale = await resolveSlugLocale(slug, localeParam);
      const row = await findPublishedStatus(slug, locale);
      if (row?.editorialStatus === 'killed' && !isHiddenByEmbargo(row, now, caller.entitledToEmbargoed)) return { documentId: row.documentId, locale };
      const visible = requirePublic(row, now, caller);
      return { documentId: visible.documentId, locale };
    },

    /** documentId and locale of a public brief (for its tolls and ninjs routes), with the same 404 / 410 rules. */
    async requirePublicDocument(slug: string, localeParam: string | null, caller: ReadCaller) {
      const now = new Date();
      const locale = await resolveSlugLocale(slug, localeParam);
      const row = requirePublic(await findPublishedStatus(slug, locale), now, caller);
      return { documentId: row.documentId, locale };
    },
  };
};

export default publicBriefs;
