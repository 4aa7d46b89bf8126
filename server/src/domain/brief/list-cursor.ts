/**
 * Opaque keyset cursors of the public list (newest first): a versioned wrapper around the last row's
 * `firstPublishedAt` (epoch milliseconds) and id. The next page is the rows strictly older than it.
 */
const PREFIX = 'b1.';
const MAX_CURSOR_LENGTH = 60;

export interface ListKey {
  firstPublishedAt: Date;
  id: number;
}

export const encodeListCursor = (key: ListKey): string =>
  `${PREFIX}${Buffer.from(`${key.firstPublishedAt.getTime()}.${key.id}`, 'utf8').toString('base64url')}`;

/** The key inside a cursor, or null when it is not one of ours. */
export const decodeListCursor = (cursor: string): ListKey | null => {
  if (!cursor.startsWith(PREFIX) || cursor.length > MAX_CURSOR_LENGTH) return null;
  const decoded = Buffer.from(cursor.slice(PREFIX.length), 'base64url').toString('utf8');
  const match = /^(\d{1,15})\.(\d{1,10})$/.exec(decoded);
  if (!match) return null;
  const key = { firstPublishedAt: new Date(Number(match[1])), id: Number(match[2]) };
  if (Number.isNaN(key.firstPublishedAt.getTime()) || key.id > 2_147_483_647 || encodeListCursor(key) !== cursor) return null;
  return key;
};
