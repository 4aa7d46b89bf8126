import crypto from 'crypto';

/** One value of a statement row as text, its type told apart (a string "null" is not SQL null, a date not its text). */
const valueText = (value: unknown): string => {
  if (value === null || value === undefined) return 'n';
  if (typeof value === 'string') return `s${value}`;
  if (value instanceof Date) return `d${value.getTime()}`;
  if (typeof value === 'object') return `j${JSON.stringify(value)}`; // a driver's parsed json column
  return `${typeof value}:${String(value)}`;
};

/**
 * A statement row's key: the SHA-256 (base64) of its values in column order, each typed and length-prefixed, so that
 * no two different rows give the same text (a value cannot spill into the next one). Column names are left out (a
 * quarter of the text of a brief row): keys are compared only between rows of one statement, whose columns come in one
 * order. `determined`: columns another column decides (e.g. a state by its version), left out too. Short: a Map
 * looks a row's whole text up slower than it is digested, and a memo of 1,000 rows keeps 44 KB of keys.
 */
export const contentKeyOf = (raw: Record<string, unknown>, determined?: ReadonlySet<string>): string => {
  let text = '';
  for (const column in raw) {
    if (determined?.has(column)) continue;
    const part = valueText(raw[column]);
    text += `${part.length}:${part}`;
  }
  return crypto.hash('sha256', text, 'base64');
};
