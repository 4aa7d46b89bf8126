import { integer, text, z } from '../validation';
import { parseAllowListEntry } from './address-policy';
import type { RetryPolicy } from './retry-policy';

export interface WebhookOptions extends RetryPolicy {
  timeoutMs: number;
  pollIntervalMs: number;
  batchSize: number;
  leaseMs: number;
  /** After a rotation, deliveries also carry a signature made with the old secret for this long. */
  rotationGraceMs: number;
  /** IPs, CIDR ranges and host names a webhook may reach although they are not public (a local receiver). */
  allowList: string[];
}

export const DEFAULT_WEBHOOK_OPTIONS: WebhookOptions = {
  maxAttempts: 8,
  baseDelayMs: 5_000,
  maxDelayMs: 3_600_000,
  timeoutMs: 10_000,
  pollIntervalMs: 5_000,
  batchSize: 20,
  leaseMs: 60_000,
  rotationGraceMs: 24 * 3_600_000,
  allowList: [],
};

// Timers overflow past 2^31 - 1 ms; durations only added to dates may be longer.
const TIMER_MAX_MS = 2_147_483_647;
const DURATION_MAX_MS = Number.MAX_SAFE_INTEGER;

const allowListEntry = text({ max: 300, min: 1 }).superRefine((value, ctx) => {
  if (!parseAllowListEntry(value)) {
    ctx.addIssue({ code: 'custom', message: 'must be an IP address, a CIDR range (such as 127.0.0.0/8) or a host name', params: { code: 'webhook.allow_list_entry' } });
  }
});

/** The plugin config's `webhooks` key (config only, never the settings page). */
export const webhookOptionsSchema = z.strictObject(
  {
    maxAttempts: integer({ min: 1, max: 1_000 }).optional(),
    baseDelayMs: integer({ min: 0, max: DURATION_MAX_MS }).optional(),
    maxDelayMs: integer({ min: 0, max: DURATION_MAX_MS }).optional(),
    timeoutMs: integer({ min: 1, max: TIMER_MAX_MS }).optional(),
    pollIntervalMs: integer({ min: 1, max: TIMER_MAX_MS }).optional(),
    batchSize: integer({ min: 1, max: 1_000 }).optional(),
    leaseMs: integer({ min: 1, max: TIMER_MAX_MS }).optional(),
    rotationGraceMs: integer({ min: 0, max: DURATION_MAX_MS }).optional(),
    allowList: z.array(allowListEntry, { error: 'must be a list of IPs, CIDR ranges or host names' }).max(1_000).optional(),
  },
  { error: (iss) => (iss.code === 'invalid_type' ? 'must be an object of delivery options' : undefined) },
);
