import type { Core } from '@strapi/strapi';
import { FEED_EVENT_UID } from '../uids';
import { tableOf } from './metadata';
import { selectRows } from './prepared-reads';
import { documentLocaleKeyOf } from '../domain/brief/document-locale-key';
import type { FeedEventType } from '../domain/contract';

/**
 * The feed events' SQL: the reads every partner's poll makes (on a prepared statement, which Strapi's query engine
 * cannot run) and what that engine cannot say in one statement (a group with a correlated subquery, a delete against
 * a grouped subquery). Names come from Strapi's metadata.
 */

const eventTable = (strapi: Core.Strapi) =>
  tableOf(strapi, FEED_EVENT_UID, ['eventId', 'seq', 'type', 'briefDocumentId', 'locale', 'slug', 'occurredAt', 'audience', 'ninjsVersion', 'dedupeKey'] as const);

/** One feed event as the feed and the webhooks render it. */
export interface FeedEventRow {
  eventId: string;
  seq: number;
  type: FeedEventType;
  briefDocumentId: string;
  locale: string;
  slug: string | null;
  /** ISO 8601. */
  occurredAt: string;
  /** What the event is about (a toll event: the brief and revision), for the corrections it carries. */
  dedupeKey: string | null;
}

/** The feed event attributes an event is rendered from (feed pages, webhook deliveries). */
const FEED_EVENT_COLUMNS = ['eventId', 'seq', 'type', 'briefDocumentId', 'locale', 'slug', 'occurredAt', 'dedupeKey'] as const;

/** A select of the rendered attributes, each named as its attribute. */
const selectEvents = (strapi: Core.Strapi) => {
  const { table, columns } = eventTable(strapi);
  return { columns, query: strapi.db.connection(table).select(FEED_EVENT_COLUMNS.map((attribute) => `${columns[attribute]} as ${attribute}`)) };
};

/** A row as the drivers give it: seq a number, occurredAt ISO 8601 (SQLite keeps milliseconds, PostgreSQL a timestamp). */
const toEventRow = (row: Record<string, unknown>): FeedEventRow => ({
  ...(row as unknown as FeedEventRow),
  seq: Number(row.seq),
  occurredAt: new Date(row.occurredAt as string | number | Date).toISOString(),
});

export interface FeedPageQuery {
  afterSeq: number;
  audiences: string[];
  /** null: every locale. */
  locale: string | null;
  limit: number;
}

/**
 * The events after `afterSeq` for these audiences (and locale), in commit order, at most `limit`: the feed's page, on
 * the sequence index, in one statement prepared once (data/prepared-reads: the feed is polled every few seconds by
 * every partner, and preparing this statement costs as much as running it).
 */
export const feedEventsAfter = async (strapi: Core.Strapi, { afterSeq, audiences, locale, limit }: FeedPageQuery): Promise<FeedEventRow[]> => {
  const { columns, query } = selectEvents(strapi);
  query.where(columns.seq, '>', afterSeq).whereIn(columns.audience, audiences).orderBy(columns.seq, 'asc').limit(limit);
  if (locale) query.where(columns.locale, locale);
  return (await selectRows(strapi, query, { inTransaction: strapi.db.inTransaction() })).map(toEventRow);
};

/** The events of these ids (webhook deliveries), in no particular order. */
export const feedEventsByIds = async (strapi: Core.Strapi, eventIds: string[]): Promise<FeedEventRow[]> => {
  if (eventIds.length === 0) return [];
  const { columns, query } = selectEvents(strapi);
  return ((await query.whereIn(columns.eventId, [...new Set(eventIds)])) as Record<string, unknown>[]).map(toEventRow);
};

/** A brief locale's ninjs `version` counter, when it last changed, and the type of that last change. */
export interface NinjsCounter {
  version: number;
  changedAt: string | null;
  lastEventType: string | null;
}

/**
 * The counter of every locale of these documents, keyed `documentId:locale`, in one statement: each locale's
 * highest ninjs version, its latest event time and the type of its latest event.
 */
export const ninjsCountersOf = async (strapi: Core.Strapi, documentIds: string[]): Promise<Map<string, NinjsCounter>> => {
  const found = new Map<string, NinjsCounter>();
  if (documentIds.length === 0) return found;
  const { table, columns } = eventTable(strapi);
  const db = strapi.db.connection;
  const rows = (await db(`${table} as e`)
    .select(`e.${columns.briefDocumentId} as documentId`, `e.${columns.locale} as locale`)
    .max(`e.${columns.ninjsVersion} as version`)
    .max(`e.${columns.occurredAt} as changedAt`)
    .select(
      db.raw('(select ?? from ?? as l where ?? = ?? and ?? = ?? order by ?? desc limit 1) as ??', [
        `l.${columns.type}`, table,
        `l.${columns.briefDocumentId}`, `e.${columns.briefDocumentId}`,
        `l.${columns.locale}`, `e.${columns.locale}`,
        `l.${columns.seq}`, 'lastEventType',
      ]),
    )
    .whereIn(`e.${columns.briefDocumentId}`, [...new Set(documentIds)])
    .groupBy(`e.${columns.briefDocumentId}`, `e.${columns.locale}`)) as {
    documentId: string;
    locale: string;
    version: number | string;
    changedAt: string | number | Date | null;
    lastEventType: string | null;
  }[];
  for (const row of rows) {
    found.set(documentLocaleKeyOf(row), {
      version: Number(row.version),
      changedAt: row.changedAt === null ? null : new Date(row.changedAt).toISOString(),
      lastEventType: row.lastEventType ?? null,
    });
  }
  return found;
};

/**
 * Deletes the events that occurred before `cutoff`, except the newest of each brief locale (the ninjs version
 * counter continues from it). Returns how many were deleted.
 */
export const purgeFeedEventsBefore = async (strapi: Core.Strapi, cutoff: Date): Promise<number> => {
  const { table, columns } = eventTable(strapi);
  const db = strapi.db.connection;
  const newestPerBrief = db(table).max(columns.seq).groupBy(columns.briefDocumentId, columns.locale);
  // PostgreSQL and SQLite both accept the subquery; MySQL would need it wrapped in a derived table.
  return Number(await db(table).where(columns.occurredAt, '<', cutoff).whereNotIn(columns.seq, newestPerBrief).delete());
};
