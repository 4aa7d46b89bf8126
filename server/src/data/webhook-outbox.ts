import type { Core, UID } from '@strapi/strapi';
import type { FeedEventType } from '../domain/contract';
import { WEBHOOK_DELIVERY_UID, WEBHOOK_ENDPOINT_UID } from '../uids';

/**
 * The webhook outbox's raw statements: claiming due deliveries with a lease. Table and column names come from
 * Strapi's metadata, so a schema change breaks here, in one place. Everything else goes through `strapi.db.query`.
 */

export interface EndpointRow {
  id: number;
  name: string;
  url: string;
  secret: string;
  previousSecret?: string | null;
  previousSecretUntil?: string | null;
  events: FeedEventType[] | null;
  entitled: boolean;
  enabled: boolean;
  createdAt?: string;
  updatedAt?: string;
}

export interface DeliveryRow {
  id: number;
  eventId: string;
  eventSeq: number;
  endpointId: number;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  nextAttemptAt: string;
  lastStatus: number | null;
  lastError: string | null;
  deliveredAt: string | null;
  createdAt: string;
}

interface ModelMetadata {
  tableName: string;
  attributes: Record<string, { columnName?: string }>;
}

/** A model's table and a column lookup by attribute name, from Strapi's metadata. */
const tableOf = (strapi: Core.Strapi, uid: UID.Schema) => {
  const metadata = strapi.db.metadata.get(uid) as unknown as ModelMetadata;
  const column = (attribute: string): string => {
    const columnName = metadata.attributes[attribute]?.columnName;
    if (!columnName) throw new Error(`newsroom: no column for ${attribute} in ${metadata.tableName}`);
    return columnName;
  };
  return { name: metadata.tableName, column };
};

export interface ClaimRequest {
  now: Date;
  batchSize: number;
  leaseMs: number;
  /** Who holds the lease (one id per running instance). */
  owner: string;
}

/**
 * Claims due deliveries (pending, next attempt passed, no live lease, endpoint enabled) oldest event first and
 * returns their ids: SKIP LOCKED on PostgreSQL, a compare-and-set lease per row elsewhere. Rows of a disabled
 * endpoint wait, pending, until it is enabled again.
 */
export const claimDueDeliveries = async (strapi: Core.Strapi, { now, batchSize, leaseMs, owner }: ClaimRequest): Promise<number[]> => {
  const deliveries = tableOf(strapi, WEBHOOK_DELIVERY_UID);
  const endpoints = tableOf(strapi, WEBHOOK_ENDPOINT_UID);
  const id = deliveries.column('id');
  const leaseUntilColumn = deliveries.column('leaseUntil');
  const lease = { [leaseUntilColumn]: new Date(now.getTime() + leaseMs), [deliveries.column('leaseOwner')]: owner };
  const knex = strapi.db.connection;
  const due = (query: ReturnType<typeof knex>) =>
    query
      .where(deliveries.column('status'), 'pending')
      .andWhere(deliveries.column('nextAttemptAt'), '<=', now)
      .andWhere((live) => live.whereNull(leaseUntilColumn).orWhere(leaseUntilColumn, '<', now))
      .whereIn(deliveries.column('endpointId'), knex(endpoints.name).select(endpoints.column('id')).where(endpoints.column('enabled'), true));
  const oldestFirst = deliveries.column('eventSeq');
  if (strapi.db.dialect.client === 'postgres') {
    const rows = (await knex.transaction(async (trx) => {
      const candidates = due(trx(deliveries.name).select(id)).orderBy(oldestFirst).limit(batchSize).forUpdate().skipLocked();
      return trx(deliveries.name).whereIn(id, candidates).update(lease, [id]);
    })) as Record<string, number>[];
    return rows.map((row) => row[id]);
  }
  const candidates = (await due(knex(deliveries.name).select(id)).orderBy(oldestFirst).limit(batchSize)) as Record<string, number>[];
  const claimed: number[] = [];
  for (const candidate of candidates) {
    const updated = await due(knex(deliveries.name).where(id, candidate[id])).update(lease);
    if (updated === 1) claimed.push(candidate[id]);
  }
  return claimed;
};
