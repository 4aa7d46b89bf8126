import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { FEED_EVENT_TYPES, type FeedEventType } from '../domain/contract';
import { flag, httpUrl, oneOf, text, z } from '../domain/validation';
import { compileAllowList } from '../domain/webhooks/address-policy';
import { DEFAULT_WEBHOOK_OPTIONS, type WebhookOptions } from '../domain/webhooks/options';
import { nextAttempt } from '../domain/webhooks/retry-policy';
import { signWebhook } from '../domain/webhooks/signature';
import { validateInput, validationFailed } from '../http-errors';
import { FEED_EVENT_UID, WEBHOOK_DELIVERY_UID, WEBHOOK_ENDPOINT_UID } from '../uids';
import type { RecordedEvent } from './feed-events';
import type { DeliveriesQuery } from '../domain/webhooks/deliveries-query';
import { checkUrlReachability, postWebhook } from './webhook-transport';
import { getService } from './get-service';

interface EndpointRow {
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

interface DeliveryRow {
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

export { DEFAULT_WEBHOOK_OPTIONS, type WebhookOptions };

/** The endpoint `url` column is `text`; this is what it accepts. */
export const WEBHOOK_URL_MAX_LENGTH = 2048;

const wants = (endpoint: EndpointRow, event: RecordedEvent): boolean => {
  if (!endpoint.enabled) return false;
  if (endpoint.events && endpoint.events.length > 0 && !endpoint.events.includes(event.type)) return false;
  return event.audience === 'all' || (event.audience === 'entitled') === endpoint.entitled;
};

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

/**
 * Signed partner webhooks through a transactional outbox: delivery rows are written with the event (same
 * transaction), and a dispatcher on every instance claims due rows with a lease and sends them.
 */
const webhooks = ({ strapi }: { strapi: Core.Strapi }) => {
  const instanceId = crypto.randomUUID();
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<number> | null = null;
  let wakeRequested = false;

  const options = (): WebhookOptions => ({ ...DEFAULT_WEBHOOK_OPTIONS, ...((strapi.config.get('plugin::newsroom.webhooks') as Partial<WebhookOptions>) ?? {}) });
  const allowList = () => compileAllowList(options().allowList);
  const encryption = () => strapi.service('admin::encryption') as { encrypt: (value: string) => string | null; decrypt: (value: string) => string | null };
  const deliveries = () => strapi.db.query(WEBHOOK_DELIVERY_UID);
  const endpoints = () => strapi.db.query(WEBHOOK_ENDPOINT_UID);

  /** Claims due rows for this instance: SKIP LOCKED on PostgreSQL, a compare-and-set lease elsewhere. */
  const claimDue = async (now: Date): Promise<DeliveryRow[]> => {
    const { batchSize, leaseMs } = options();
    const table = strapi.getModel(WEBHOOK_DELIVERY_UID).collectionName as string;
    const endpointTable = strapi.getModel(WEBHOOK_ENDPOINT_UID).collectionName as string;
    const leaseUntil = new Date(now.getTime() + leaseMs);
    const knex = strapi.db.connection;
    // Rows of a disabled endpoint wait, pending, until it is enabled again.
    const due = (query: ReturnType<typeof knex>) =>
      query
        .where('status', 'pending')
        .andWhere('next_attempt_at', '<=', now)
        .andWhere((lease) => lease.whereNull('lease_until').orWhere('lease_until', '<', now))
        .whereIn('endpoint_id', knex(endpointTable).select('id').where('enabled', true));
    let claimedIds: number[];
    if (strapi.db.dialect.client === 'postgres') {
      const rows = (await knex.transaction(async (trx) => {
        const candidates = due(trx(table).select('id')).orderBy('event_seq').limit(batchSize).forUpdate().skipLocked();
        return trx(table).whereIn('id', candidates).update({ lease_until: leaseUntil, lease_owner: instanceId }, ['id']);
      })) as { id: number }[];
      claimedIds = rows.map((row) => row.id);
    } else {
      const candidates = (await due(knex(table).select('id')).orderBy('event_seq').limit(batchSize)) as { id: number }[];
      claimedIds = [];
      for (const { id } of candidates) {
        const updated = await due(knex(table).where('id', id)).update({ lease_until: leaseUntil, lease_owner: instanceId });
        if (updated === 1) claimedIds.push(id);
      }
    }
    if (claimedIds.length === 0) return [];
    return (await deliveries().findMany({ where: { id: { $in: claimedIds } }, orderBy: { eventSeq: 'asc' } })) as DeliveryRow[];
  };

  const send = async (endpoint: EndpointRow, body: string, eventId: string, eventType: string): Promise<{ status: number | null; error: string | null }> => {
    const secret = encryption().decrypt(endpoint.secret);
    if (!secret) return { status: null, error: 'cannot decrypt the endpoint secret (ENCRYPTION_KEY changed?)' };
    const timestamp = Math.floor(Date.now() / 1000);
    const inGrace = endpoint.previousSecret && endpoint.previousSecretUntil && new Date(endpoint.previousSecretUntil).getTime() > Date.now();
    const previousSecret = inGrace ? encryption().decrypt(endpoint.previousSecret as string) : null;
    return postWebhook({
      url: endpoint.url,
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'User-Agent': 'strapi-plugin-newsroom',
        'X-Newsroom-Event-Id': eventId,
        'X-Newsroom-Event-Type': eventType,
        'X-Newsroom-Timestamp': String(timestamp),
        'X-Newsroom-Signature': signWebhook(secret, timestamp, body),
        // While a rotated secret is in its grace period, partners not yet switched can verify with the old one.
        ...(previousSecret ? { 'X-Newsroom-Signature-Previous': signWebhook(previousSecret, timestamp, body) } : {}),
      },
      body,
      timeoutMs: options().timeoutMs,
      allowList: allowList(),
    });
  };

  /** Save-time half of the address policy (the connection-time half is in the transport): 400 naming `url`. */
  const assertReachable = async (url: string) => {
    const reachability = await checkUrlReachability(url, allowList());
    if (reachability.ok) return;
    const message =
      reachability.code === 'webhook.url_unresolvable'
        ? 'url host name does not resolve'
        : 'url must reach a public address (loopback, private, link-local and other internal addresses are refused)';
    throw validationFailed([{ path: ['url'], message, code: reachability.code }]);
  };

  const dispatchDue = async (now = new Date()): Promise<number> => {
    const claimed = await claimDue(now);
    if (claimed.length === 0) return 0;
    const endpointRows = (await endpoints().findMany({ where: { id: { $in: [...new Set(claimed.map((row) => row.endpointId))] } } })) as EndpointRow[];
    const eventRows = (await strapi.db.query(FEED_EVENT_UID).findMany({
      select: ['eventId', 'seq', 'type', 'briefDocumentId', 'locale', 'slug', 'occurredAt'],
      where: { eventId: { $in: [...new Set(claimed.map((row) => row.eventId))] } },
    })) as Parameters<ReturnType<typeof getService<'feed'>>['render']>[0];
    const bodies = new Map<string, string>();
    for (const entitled of [false, true]) {
      const rendered = await getService(strapi, 'feed').render(eventRows, 'json', { auth: undefined, entitledToEmbargoed: entitled });
      for (const event of rendered) bodies.set(`${event.id}:${entitled}`, JSON.stringify(event));
    }
    for (const delivery of claimed) {
      const endpoint = endpointRows.find((row) => row.id === delivery.endpointId);
      const event = eventRows.find((row) => row.eventId === delivery.eventId);
      const body = endpoint && event ? bodies.get(`${delivery.eventId}:${Boolean(endpoint.entitled)}`) : undefined;
      const result = endpoint && event && body ? await send(endpoint, body, delivery.eventId, event.type) : { status: 410, error: 'endpoint or event deleted' };
      const attempts = delivery.attempts + 1;
      const outcome = nextAttempt(result.status, attempts, new Date(), options());
      await deliveries().update({
        where: { id: delivery.id },
        data: {
          attempts,
          lastStatus: result.status,
          lastError: result.error,
          leaseUntil: null,
          leaseOwner: null,
          status: outcome.kind === 'retry' ? 'pending' : outcome.kind,
          ...(outcome.kind === 'retry' ? { nextAttemptAt: outcome.at } : {}),
          ...(outcome.kind === 'delivered' ? { deliveredAt: new Date() } : {}),
        },
      });
    }
    return claimed.length;
  };

  /** One dispatch at a time per instance; a wake during a run triggers another run right after. */
  const runOnce = async (): Promise<number> => {
    if (running) {
      wakeRequested = true;
      return running;
    }
    running = dispatchDue()
      .catch((error) => {
        strapi.log.error(`newsroom webhooks: ${(error as Error).message}`);
        return 0;
      })
      .finally(() => {
        running = null;
        if (wakeRequested) {
          wakeRequested = false;
          void runOnce();
        }
      });
    return running;
  };

  return {
    dispatchDue,

    /** Writes one pending delivery per interested endpoint, inside the caller's transaction. */
    async enqueue(events: RecordedEvent[]) {
      if (events.length === 0) return;
      const enabled = (await endpoints().findMany({ where: { enabled: true } })) as EndpointRow[];
      const now = new Date();
      for (const event of events) {
        for (const endpoint of enabled.filter((candidate) => wants(candidate, event))) {
          await deliveries().create({ data: { eventId: event.eventId, eventSeq: event.seq, endpointId: endpoint.id, status: 'pending', attempts: 0, nextAttemptAt: now } });
        }
      }
    },

    wake() {
      if (timer) void runOnce();
    },

    start() {
      if (timer) return;
      timer = setInterval(() => void runOnce(), options().pollIntervalMs);
      timer.unref();
    },

    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running;
    },

    // ---- admin ----
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
      const previousSecretUntil = new Date(Date.now() + options().rotationGraceMs);
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
      this.wake();
      return { id, status: 'pending' };
    },
  };
};

export default webhooks;
