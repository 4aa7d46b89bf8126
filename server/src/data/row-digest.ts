import crypto from 'crypto';

/** One value of a statement row as text, its type told apart (a string "null" is not SQL null, a date not its text). */
const valueText = (value: unknown): string => {
  if (value === null || value === undefined) return 'n';
  if (typeof value === 'string') return `s${value}`;
  if (value instanceof Date) return `d${value.getTime()}`;
  if (typeof value === 'object') return `j${JSON.stringify(value)}`; // PostgreSQL's driver parses json columns
  return `${typeof value}:${String(value)}`;
};

/**
 * A statement row's key: the SHA-256 (base64) of every column's name and value, each length-prefixed, so that no two
 * different rows give the same text (a value cannot spill into the next column). Short: a Map looks a row's whole
 * text up slower than it is digested, and a memo of 1,000 rows keeps 44 KB of keys.
 */
export const contentKeyOf = (raw: Record<string, unknown>): string => {
  let text = '';
  for (const [column, value] of Object.entries(raw)) {
    const part = valueText(value);
    text += `${column.length}:${column}${part.length}:${part}`;
  }
  return crypto.hash('sha256', text, 'base64');
};
