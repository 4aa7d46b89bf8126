/** Opaque feed cursors: a versioned wrapper around the last seen sequence number. */
const PREFIX = 'f1.';

/** The feed-event `seq` column is a Strapi `integer` (int4 on PostgreSQL): no cursor points past it. */
export const MAX_FEED_SEQ = 2_147_483_647;

export const encodeCursor = (seq: number): string => `${PREFIX}${Buffer.from(String(seq), 'utf8').toString('base64url')}`;

/** The sequence number inside a cursor, or null when it is not one of ours (or points past what `seq` holds). */
export const decodeCursor = (cursor: string): number | null => {
  if (!cursor.startsWith(PREFIX) || cursor.length > 40) return null;
  const decoded = Buffer.from(cursor.slice(PREFIX.length), 'base64url').toString('utf8');
  if (!/^\d{1,10}$/.test(decoded) || encodeCursor(Number(decoded)) !== cursor || Number(decoded) > MAX_FEED_SEQ) return null;
  return Number(decoded);
};
