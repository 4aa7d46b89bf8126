/**
 * Opaque keyset cursors of the public list (newest first): a versioned wrapper around the last row's
 * `firstPublishedAt` (epoch milliseconds) and id, and the number of the page it ends. The next page is the rows
 * strictly older than it, numbered one more (so a walk reports page numbers without counting rows).
 */
const PREFIX = 'b1.';
const MAX_CURSOR_LENGTH = 60;

export interface ListKey {
  firstPublishedAt: Date;
  id: number;
  /** The page this row ends. */
  page: number;
}

export const encodeListCursor = (key: ListKey): string =>
  `${PREFIX}${Buffer.from(`${key.firstPublishedAt.getTime()}.${key.id}.${key.page}`, 'utf8').toString('base64url')}`;

/** The key inside a cursor, or null when it is not one of ours. */
export const decodeListCursor = (cursor: string): ListKey | null => {
  if (!cursor.startsWith(PREFIX) || cursor.length > MAX_CURSOR_LENGTH) return null;
  const decoded = Buffer.from(cursor.slice(PREFIX.length), 'base64url').toString('utf8');
  const match = /^(\d{1,15})\.(\d{1,10})\.(\d{1,9})$/.exec(decoded);
  if (!match) return null;
  const key = { firstPublishedAt: new Date(Number(match[1])), id: Number(match[2]), page: Number(match[3]) };
  if (Number.isNaN(key.firstPublishedAt.getTime()) || key.id > 2_147_483_647 || key.page < 1 || encodeListCursor(key) !== cursor) return null;
  return key;
};
