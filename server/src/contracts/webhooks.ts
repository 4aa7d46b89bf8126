/** Contract of the partner webhooks' admin routes (/newsroom/webhooks, /newsroom/webhook-deliveries). Pure types. */
import type { FeedEventType } from '../domain/contract';

/** A partner webhook endpoint as the admin API shows it: never its secret. */
export interface WebhookEndpoint {
  id: number;
  name: string;
  url: string;
  /** Empty = every event type. */
  events: FeedEventType[];
  /** Receives embargoed briefs early, like an entitled API token. */
  entitled: boolean;
  enabled: boolean;
  createdAt?: string;
  updatedAt?: string;
}

/** GET /newsroom/webhooks */
export interface WebhookEndpointsResponse {
  data: WebhookEndpoint[];
}

/** POST / PUT body; `secret` is write-only (left out = generated on create, unchanged on update). */
export interface WebhookEndpointBody {
  name?: string;
  url?: string;
  events?: FeedEventType[];
  entitled?: boolean;
  enabled?: boolean;
  secret?: string;
}

/** POST /newsroom/webhooks → 201: the only answer that carries the secret. */
export interface WebhookEndpointCreatedResponse {
  data: WebhookEndpoint & { secret: string };
}

/** PUT /newsroom/webhooks/:id */
export interface WebhookEndpointResponse {
  data: WebhookEndpoint;
}

/** POST /newsroom/webhooks/:id/rotate-secret: the new secret, shown once; the old one keeps signing until `previousSecretValidUntil`. */
export interface WebhookSecretResponse {
  data: { id: number; secret: string; previousSecretValidUntil: string };
}

export type WebhookDeliveryStatus = 'pending' | 'delivered' | 'failed';

/** GET /newsroom/webhook-deliveries?status=&endpointId= : the newest 100. */
export interface WebhookDelivery {
  id: number;
  eventId: string;
  eventSeq: number;
  endpointId: number;
  status: WebhookDeliveryStatus;
  attempts: number;
  nextAttemptAt: string | null;
  lastStatus: number | null;
  lastError: string | null;
  deliveredAt: string | null;
  createdAt: string;
  /** When the partner was last tried (null before the first attempt). */
  lastAttemptAt: string | null;
  /** The event it carries (null when the event has been purged). */
  eventType: string | null;
  documentId: string | null;
  locale: string | null;
  slug: string | null;
  occurredAt: string | null;
}
export interface WebhookDeliveriesResponse {
  data: WebhookDelivery[];
}

/** POST /newsroom/webhook-deliveries/:id/redeliver */
export interface WebhookRedeliverResponse {
  data: { id: number; status: 'pending' };
}
