import type { Core } from '@strapi/strapi';
import type { FeedEventType } from '../domain/contract';
import { WEBHOOK_DELIVERY_UID, WEBHOOK_ENDPOINT_UID } from '../uids';
import { tableOf } from './metadata';

/**
 * The webhook outbox's raw statements: claiming due deliveries with a lease. Table and column names come from
 * Strapi's metadata (data/metadata.ts), so a schema change breaks in one place. Everything else goes through
 * `strapi.db.query`.
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
  const deliveries = tableOf(strapi, WEBHOOK_DELIVERY_UID, ['id', 'status', 'nextAttemptAt', 'leaseUntil', 'leaseOwner', 'endpointId', 'eventSeq'] as const);
  const endpoints = tableOf(strapi, WEBHOOK_ENDPOINT_UID, ['id', 'enabled'] as const);
  const { id, leaseUntil } = deliveries.columns;
  const lease = { [leaseUntil]: new Date(now.getTime() + leaseMs), [deliveries.columns.leaseOwner]: owner };
  const knex = strapi.db.connection;
  const due = (query: ReturnType<typeof knex>) =>
    query
      .where(deliveries.columns.status, 'pending')
      .andWhere(deliveries.columns.nextAttemptAt, '<=', now)
      .andWhere((live) => live.whereNull(leaseUntil).orWhere(leaseUntil, '<', now))
      .whereIn(deliveries.columns.endpointId, knex(endpoints.table).select(endpoints.columns.id).where(endpoints.columns.enabled, true));
  const oldestFirst = deliveries.columns.eventSeq;
  if (strapi.db.dialect.client === 'postgres') {
    const rows = (await knex.transaction(async (trx) => {
      const candidates = due(trx(deliveries.table).select(id)).orderBy(oldestFirst).limit(batchSize).forUpdate().skipLocked();
      return trx(deliveries.table).whereIn(id, candidates).update(lease, [id]);
    })) as Record<string, number>[];
    return rows.map((row) => row[id]);
  }
  const candidates = (await due(knex(deliveries.table).select(id)).orderBy(oldestFirst).limit(batchSize)) as Record<string, number>[];
  const claimed: number[] = [];
  for (const candidate of candidates) {
    const updated = await due(knex(deliveries.table).where(id, candidate[id])).update(lease);
    if (updated === 1) claimed.push(candidate[id]);
  }
  return claimed;
};
