import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { DeliveryRow, EndpointRow } from '../data/webhook-outbox';
import { FEED_EVENT_TYPES, type FeedEventType } from '../domain/contract';
import { flag, httpUrl, oneOf, text, z } from '../domain/validation';
import type { DeliveriesQuery } from '../domain/webhooks/deliveries-query';
import { validateInput, validationFailed } from '../http-errors';
import { FEED_EVENT_UID, WEBHOOK_DELIVERY_UID, WEBHOOK_ENDPOINT_UID } from '../uids';
import { getService } from './get-service';
import { webhookAllowList, webhookOptions, webhookSecretEncryption } from './webhook-config';
import { checkUrlReachability } from './webhook-transport';

/** The endpoint `url` column is `text`; this is what it accepts. */
export const WEBHOOK_URL_MAX_LENGTH = 2048;

/** What the admin sees of an endpoint: never its secret. */
const publicEndpoint = (endpoint: EndpointRow) => ({
  id: endpoint.id,
  name: endpoint.name,
  url: endpoint.url,
  events: endpoint.events ?? [],
  entitled: Boolean(endpoint.entitled),
  enabled: Boolean(endpoint.enabled),
  createdAt: endpoint.createdAt,
  updatedAt: endpoint.updatedAt,
});

const endpointInputSchema = z.strictObject(
  {
    name: text({ max: 100, min: 1 }),
    url: httpUrl({ max: WEBHOOK_URL_MAX_LENGTH }).superRefine((value, ctx) => {
      // Credentials in the URL were never sent, and `a@b` hides which host is meant.
      if (URL.canParse(value) && (new URL(value).username || new URL(value).password)) {
        ctx.addIssue({ code: 'custom', message: 'must not contain a user name or password', params: { code: 'webhook.url_credentials' } });
      }
    }),
    secret: text({ min: 16, max: 200, trim: false }).optional(),
    events: z.array(oneOf(FEED_EVENT_TYPES as readonly [FeedEventType, ...FeedEventType[]]), { error: `must be a list of ${FEED_EVENT_TYPES.join(', ')} (empty = all)` })
      .max(FEED_EVENT_TYPES.length)
      .optional(),
    entitled: flag().optional(),
    enabled: flag().optional(),
  },
  { error: (iss) => (iss.code === 'invalid_type' ? 'must be an object' : undefined) },
);
const endpointUpdateSchema = endpointInputSchema.partial();

/** The admin side of partner webhooks: endpoint CRUD, secret rotation, the delivery log and redelivery. */
const webhookEndpoints = ({ strapi }: { strapi: Core.Strapi }) => {
  const encryption = () => webhookSecretEncryption(strapi);
  const deliveries = () => strapi.db.query(WEBHOOK_DELIVERY_UID);
  const endpoints = () => strapi.db.query(WEBHOOK_ENDPOINT_UID);

  /** Save-time half of the address policy (the connection-time half is in the transport): 400 naming `url`. */
  const assertReachable = async (url: string) => {
    const reachability = await checkUrlReachability(url, webhookAllowList(strapi));
    if (reachability.ok) return;
    const message =
      reachability.code === 'webhook.url_unresolvable'
        ? 'url host name does not resolve'
        : 'url must reach a public address (loopback, private, link-local and other internal addresses are refused)';
    throw validationFailed([{ path: ['url'], message, code: reachability.code }]);
  };

  return {
    async listEndpoints() {
      return ((await endpoints().findMany({ orderBy: { id: 'asc' } })) as EndpointRow[]).map(publicEndpoint);
    },

    async createEndpoint(body: unknown) {
      const input = validateInput(endpointInputSchema, body);
      await assertReachable(input.url);
      const secret = input.secret ?? crypto.randomBytes(24).toString('base64url');
      const created = (await endpoints().create({
        data: { name: input.name, url: input.url, secret: encryption().encrypt(secret), events: input.events ?? [], entitled: input.entitled ?? false, enabled: input.enabled ?? true },
      })) as EndpointRow;
      // The secret is shown once, at creation; afterwards it is write-only.
      return { ...publicEndpoint(created), secret };
    },

    async updateEndpoint(id: number, body: unknown) {
      const input = validateInput(endpointUpdateSchema, body);
      const existing = await endpoints().findOne({ where: { id } });
      if (!existing) throw new errors.NotFoundError('Webhook endpoint not found');
      if (input.url !== undefined) await assertReachable(input.url);
      const updated = (await endpoints().update({
        where: { id },
        data: { ...input, ...(input.secret ? { secret: encryption().encrypt(input.secret) } : {}) },
      })) as EndpointRow;
      return publicEndpoint(updated);
    },

    /** A new secret, shown once; the old one keeps signing a second header for `rotationGraceMs`. */
    async rotateSecret(id: number) {
      const existing = (await endpoints().findOne({ where: { id } })) as EndpointRow | null;
      if (!existing) throw new errors.NotFoundError('Webhook endpoint not found');
      const secret = crypto.randomBytes(24).toString('base64url');
      const previousSecretUntil = new Date(Date.now() + webhookOptions(strapi).rotationGraceMs);
      await endpoints().update({ where: { id }, data: { secret: encryption().encrypt(secret), previousSecret: existing.secret, previousSecretUntil } });
      return { id, secret, previousSecretValidUntil: previousSecretUntil.toISOString() };
    },

    async deleteEndpoint(id: number) {
      if (!(await endpoints().findOne({ where: { id } }))) throw new errors.NotFoundError('Webhook endpoint not found');
      await deliveries().deleteMany({ where: { endpointId: id, status: 'pending' } });
      await endpoints().delete({ where: { id } });
    },

    /** `query` was validated by the controller (deliveries-query schema). */
    async listDeliveries(query: DeliveriesQuery) {
      const rows = (await deliveries().findMany({
        where: { ...(query.status ? { status: query.status } : {}), ...(query.endpointId ? { endpointId: query.endpointId } : {}) },
        orderBy: { id: 'desc' },
        limit: 100,
      })) as (DeliveryRow & { updatedAt: string })[];
      const events = (await strapi.db.query(FEED_EVENT_UID).findMany({
        select: ['eventId', 'type', 'briefDocumentId', 'locale', 'slug', 'occurredAt'],
        where: { eventId: { $in: [...new Set(rows.map((row) => row.eventId))] } },
      })) as { eventId: string; type: string; briefDocumentId: string; locale: string; slug: string | null; occurredAt: string }[];
      const byId = new Map(events.map((event) => [event.eventId, event]));
      return rows.map(({ id, eventId, eventSeq, endpointId, status, attempts, nextAttemptAt, lastStatus, lastError, deliveredAt, createdAt, updatedAt }) => {
        const event = byId.get(eventId);
        return {
          id, eventId, eventSeq, endpointId, status, attempts, nextAttemptAt, lastStatus, lastError, deliveredAt, createdAt,
          lastAttemptAt: attempts > 0 ? updatedAt : null,
          eventType: event?.type ?? null,
          documentId: event?.briefDocumentId ?? null,
          locale: event?.locale ?? null,
          slug: event?.slug ?? null,
          occurredAt: event?.occurredAt ?? null,
        };
      });
    },

    /** Sends a delivery again from scratch (failed ones, or a partner who lost it). */
    async redeliver(id: number) {
      const delivery = (await deliveries().findOne({ where: { id } })) as (DeliveryRow & { leaseUntil: string | null }) | null;
      if (!delivery) throw new errors.NotFoundError('Delivery not found');
      if (delivery.status === 'pending' && delivery.leaseUntil && new Date(delivery.leaseUntil).getTime() > Date.now()) {
        throw new errors.ApplicationError('This delivery is being sent right now; try again in a moment');
      }
      await deliveries().update({ where: { id }, data: { status: 'pending', attempts: 0, nextAttemptAt: new Date(), leaseUntil: null, leaseOwner: null } });
      getService(strapi, 'webhookDispatcher').wake();
      return { id, status: 'pending' as const };
    },
  };
};

export default webhookEndpoints;
