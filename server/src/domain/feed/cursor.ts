/** Opaque feed cursors: a versioned wrapper around the last seen sequence number. */
const PREFIX = 'f1.';

export const encodeCursor = (seq: number): string => `${PREFIX}${Buffer.from(String(seq), 'utf8').toString('base64url')}`;

/** The sequence number inside a cursor, or null when it is not one of ours. */
export const decodeCursor = (cursor: string): number | null => {
  if (!cursor.startsWith(PREFIX) || cursor.length > 40) return null;
  const decoded = Buffer.from(cursor.slice(PREFIX.length), 'base64url').toString('utf8');
  if (!/^\d{1,15}$/.test(decoded) || encodeCursor(Number(decoded)) !== cursor) return null;
  return Number(decoded);
};
