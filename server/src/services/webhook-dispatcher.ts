import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import { claimDueDeliveries, type DeliveryRow, type EndpointRow } from '../data/webhook-outbox';
import { nextAttempt } from '../domain/webhooks/retry-policy';
import { signWebhook } from '../domain/webhooks/signature';
import { WEBHOOK_DELIVERY_UID, WEBHOOK_ENDPOINT_UID } from '../uids';
import { createBackgroundJob } from './background-job';
import type { RecordedEvent } from './feed-events';
import { feedEventsByIds } from '../data/feed-events';
import { getService } from './get-service';
import { webhookAllowList, webhookOptions, webhookSecretEncryption } from './webhook-config';
import { postWebhook } from './webhook-transport';

const wants = (endpoint: EndpointRow, event: RecordedEvent): boolean => {
  if (!endpoint.enabled) return false;
  if (endpoint.events && endpoint.events.length > 0 && !endpoint.events.includes(event.type)) return false;
  return event.audience === 'all' || (event.audience === 'entitled') === endpoint.entitled;
};

/**
 * Signed partner webhooks through a transactional outbox: delivery rows are written with the event (same
 * transaction), and a dispatcher on every instance claims due rows with a lease and sends them.
 */
const webhookDispatcher = ({ strapi }: { strapi: Core.Strapi }) => {
  const instanceId = crypto.randomUUID();
  const options = () => webhookOptions(strapi);
  const encryption = () => webhookSecretEncryption(strapi);
  const deliveries = () => strapi.db.query(WEBHOOK_DELIVERY_UID);
  const endpoints = () => strapi.db.query(WEBHOOK_ENDPOINT_UID);

  /** Claims due rows for this instance (see data/webhook-outbox). */
  const claimDue = async (now: Date): Promise<DeliveryRow[]> => {
    const { batchSize, leaseMs } = options();
    const claimedIds = await claimDueDeliveries(strapi, { now, batchSize, leaseMs, owner: instanceId });
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
      allowList: webhookAllowList(strapi),
    });
  };

  const dispatchDue = async (now = new Date()): Promise<number> => {
    const claimed = await claimDue(now);
    if (claimed.length === 0) return 0;
    const endpointRows = (await endpoints().findMany({ where: { id: { $in: [...new Set(claimed.map((row) => row.endpointId))] } } })) as EndpointRow[];
    const eventRows = await feedEventsByIds(strapi, claimed.map((row) => row.eventId));
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

  // One dispatch at a time per instance; a wake during a run triggers another run right after.
  const job = createBackgroundJob(strapi.log, 'webhooks', () => dispatchDue(), { singleFlight: true });

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

    /** Dispatches now (new deliveries were written), if the dispatcher runs on this instance. */
    wake: job.wake,

    start() {
      job.start(options().pollIntervalMs);
    },

    stop: job.stop,
  };
};

export default webhookDispatcher;
