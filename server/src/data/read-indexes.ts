import type { Core } from '@strapi/strapi';
import { BRIEF_UID, FEED_EVENT_UID, TOLL_STATE_UID } from '../uids';
import { columnOf, joinTableOf, metadataOf, morphJoinTableOf, qualifiedTable } from './metadata';

/**
 * The indexes behind the public reads: what the list, the feed and their relation subqueries filter and sort on.
 * Created at bootstrap (idempotent, `IF NOT EXISTS`) on SQLite and PostgreSQL. Like the unique indexes
 * (data/unique-indexes.ts), Strapi's schema sync leaves them alone: it drops only indexes recorded in its own
 * previous schema, and these are not in Strapi's metadata.
 */

export interface ReadIndex {
  name: string;
  table: string;
  /** Columns in order, with their direction. */
  columns: { column: string; order: 'asc' | 'desc' }[];
  /** Rows the index covers (a partial index), e.g. published rows only. */
  whereNotNull?: string;
}

const asc = (column: string) => ({ column, order: 'asc' as const });
const desc = (column: string) => ({ column, order: 'desc' as const });

/** The read indexes, named after Strapi's real table and column names. */
export const readIndexes = (strapi: Core.Strapi): ReadIndex[] => {
  const briefs = metadataOf(strapi, BRIEF_UID);
  const tags = joinTableOf(briefs, 'tags');
  const files = metadataOf(strapi, 'plugin::upload.file');
  const morph = morphJoinTableOf(files, 'related');
  const events = metadataOf(strapi, FEED_EVENT_UID);
  const tollStates = metadataOf(strapi, TOLL_STATE_UID);
  return [
    {
      // The list: published rows of a locale and status, newest first (keyset on first_published_at, id); the
      // embargo time and published_at last so that the page pick and the count read the index only (SQLite does not
      // count a partial index's predicate column as covered).
      name: `${briefs.tableName}_live_list_idx`,
      table: briefs.tableName,
      columns: [
        asc(columnOf(briefs, 'locale')),
        asc(columnOf(briefs, 'editorialStatus')),
        desc(columnOf(briefs, 'firstPublishedAt')),
        desc('id'),
        asc(columnOf(briefs, 'embargoUntil')),
        asc(columnOf(briefs, 'publishedAt')),
      ],
      whereNotNull: columnOf(briefs, 'publishedAt'),
    },
    {
      // The rows an embargo hides now (a range from the embargo time: the few still under embargo).
      name: `${briefs.tableName}_live_embargo_idx`,
      table: briefs.tableName,
      columns: [asc(columnOf(briefs, 'embargoUntil')), asc(columnOf(briefs, 'locale')), asc(columnOf(briefs, 'editorialStatus'))],
      whereNotNull: columnOf(briefs, 'publishedAt'),
    },
    {
      // The tag filter: the briefs of a tag (Strapi indexes the link's brief side with the pair, the tag side alone).
      name: `${tags.name}_tag_brief_idx`,
      table: tags.name,
      columns: [asc(tags.inverseJoinColumn.name), asc(tags.joinColumn.name)],
    },
    {
      // The photo: Strapi indexes files_related_mph on related_id alone; the read looks up (id, type, field).
      name: `${morph.name}_related_idx`,
      table: morph.name,
      columns: [asc(morph.morphColumn.idColumn.name), asc(morph.morphColumn.typeColumn.name), asc(morph.morphColumn.typeField ?? 'field')],
    },
    {
      // Each brief's current toll, joined to every read (without it SQLite builds an automatic index per statement).
      name: `${tollStates.tableName}_brief_idx`,
      table: tollStates.tableName,
      columns: [asc(columnOf(tollStates, 'briefDocumentId'))],
    },
    {
      // The feed: events after a sequence number, in order (Strapi's query adds id as a tie-break), for an audience.
      name: `${events.tableName}_seq_audience_idx`,
      table: events.tableName,
      columns: [asc(columnOf(events, 'seq')), asc('id'), asc(columnOf(events, 'audience'))],
    },
    {
      // A feed page's events by id (toll and text corrections look theirs up): Strapi does not index `unique` columns.
      name: `${events.tableName}_event_id_idx`,
      table: events.tableName,
      columns: [asc(columnOf(events, 'eventId'))],
    },
  ];
};

/** Creates the missing read indexes. A failure only slows reads down: it is logged, never stops the boot. */
export const ensureReadIndexes = async (strapi: Core.Strapi): Promise<string[]> => {
  const notCreated: string[] = [];
  for (const index of readIndexes(strapi)) {
    const columns = index.columns.map(({ order }) => `?? ${order === 'desc' ? 'DESC' : 'ASC'}`).join(', ');
    const where = index.whereNotNull ? ' WHERE ?? IS NOT NULL' : '';
    const bindings = [index.name, qualifiedTable(strapi, index.table), ...index.columns.map(({ column }) => column), ...(index.whereNotNull ? [index.whereNotNull] : [])];
    try {
      await strapi.db.connection.raw(`CREATE INDEX IF NOT EXISTS ?? ON ?? (${columns})${where}`, bindings);
    } catch (error) {
      notCreated.push(index.name);
      strapi.log.warn(`newsroom: read index ${index.name} could not be created (reads stay correct, slower): ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return notCreated;
};
