import type { Core } from '@strapi/strapi';
import { FEED_EVENT_UID } from '../uids';
import { tableOf } from './metadata';
import { documentLocaleKey } from '../domain/brief/document-locale-key';

/**
 * The feed events' raw SQL: what Strapi's query engine cannot say in one statement (a group with a correlated
 * subquery, a delete against a grouped subquery). Names come from Strapi's metadata.
 */

const eventTable = (strapi: Core.Strapi) =>
  tableOf(strapi, FEED_EVENT_UID, ['seq', 'type', 'briefDocumentId', 'locale', 'occurredAt', 'ninjsVersion'] as const);

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
    found.set(documentLocaleKey(row.documentId, row.locale), {
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
