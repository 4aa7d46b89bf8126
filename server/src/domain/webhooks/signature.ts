import crypto from 'crypto';

/** `sha256=<hex HMAC-SHA256(secret, timestamp + "." + rawBody)>`: what partners verify. */
export const signWebhook = (secret: string, timestamp: number, rawBody: string): string =>
  `sha256=${crypto.createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex')}`;

/** Constant-time check a receiver can use; refuses timestamps older than `toleranceSeconds`. */
export const verifyWebhook = (secret: string, timestamp: number, rawBody: string, signature: string, nowSeconds: number, toleranceSeconds = 300): boolean => {
  if (!Number.isInteger(timestamp) || Math.abs(nowSeconds - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(signWebhook(secret, timestamp, rawBody));
  const given = Buffer.from(signature);
  return expected.length === given.length && crypto.timingSafeEqual(expected, given);
};
