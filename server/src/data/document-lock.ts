import type { Core } from '@strapi/strapi';

/** Namespace of the plugin's advisory locks ('news'), so they cannot collide with another app's. */
const LOCK_NAMESPACE = 0x6e657773;

/**
 * Serialises every status-changing write of one brief document (editorial actions, publish, unpublish, discard,
 * update, delete, embargo release) until the surrounding transaction ends. PostgreSQL: a transaction-level
 * advisory lock keyed by the documentId, which holds even while the document has no published row (a row lock
 * would not: publish deletes and re-creates published rows). SQLite runs one write transaction at a time already.
 * Must be called inside `strapi.db.transaction`; every read after it sees what the previous holder committed.
 */
export const lockBriefDocument = async (strapi: Core.Strapi, documentId: string): Promise<void> => {
  if (strapi.db.dialect.client !== 'postgres') return;
  await strapi.db.transaction(async ({ trx }) => {
    await trx.raw('select pg_advisory_xact_lock(?, hashtext(?))', [LOCK_NAMESPACE, documentId]);
  });
};
