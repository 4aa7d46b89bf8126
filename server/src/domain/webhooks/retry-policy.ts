/** What a delivery attempt's outcome means for the outbox row. */
export type AttemptOutcome = { kind: 'delivered' } | { kind: 'retry'; at: Date } | { kind: 'failed' };

export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

/** Network errors, timeouts, 429 and 5xx are retried with exponential backoff; other answers are final. */
export const isRetryable = (status: number | null): boolean => status === null || status === 429 || status >= 500;

export const nextAttempt = (status: number | null, attemptsMade: number, now: Date, policy: RetryPolicy): AttemptOutcome => {
  if (status !== null && status >= 200 && status < 300) return { kind: 'delivered' };
  if (!isRetryable(status) || attemptsMade >= policy.maxAttempts) return { kind: 'failed' };
  const delay = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attemptsMade - 1));
  return { kind: 'retry', at: new Date(now.getTime() + delay) };
};
