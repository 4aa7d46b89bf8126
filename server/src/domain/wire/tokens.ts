import { digitsValue } from '../toll/mention-lexicon';

/** A word, a number in digits or a punctuation mark of the copy, with its place in it. */
export interface WireToken {
  kind: 'number' | 'word' | 'mark';
  /** Lower-case text (see matchText). */
  text: string;
  start: number;
  end: number;
  /** For numbers: the value ("1,500" → 1500, "1,5" → 1.5). */
  value: number;
  /** For numbers: touching a letter, hyphen, slash…: "15-year-old", "A320", "15h", "15%". */
  glued: boolean;
  /** The original starts with a capital letter (proper nouns, sentence starts). */
  capitalised: boolean;
}

// A time ("11:47", "16h30"), digits with thousands separators ("1,500", "1 500", "31.560"), plain digits with an optional decimal part,
// a French elision apart ("l'", "d'", "qu'", "jusqu'"), words with inner apostrophes or hyphens, any other sign.
// Every alternative consumes at least one character and none nests a quantifier: linear on any input.
const TOKEN =
  /(\d{1,2}[:h]\d{2}(?![\d:])|\d{1,3}(?:[,. ]\d{3})+(?!\d)|\d+(?:[.,]\d+)?)|((?:jusqu|lorsqu|puisqu|presqu|qu|[cdjlmnst])'(?=\p{L}))|(\p{L}+(?:['-]\p{L}+)*)|(\S)/gu;

const GLUE_BEFORE = /[\p{L}\d\-/:$€£#°]/u;
const GLUE_AFTER = /[\p{L}\d\-/:%°]/u;
const UPPER = /\p{Lu}/u;

/** A number token's value; a time of day ("11:47", "16h30") is no quantity. */
export function digitValue(raw: string): number {
  return /[:h]/u.test(raw) ? Number.NaN : digitsValue(raw);
}

function isGlued(text: string, start: number, end: number): boolean {
  const before = text.charAt(start - 1);
  const after = text.charAt(end);
  return (before !== '' && GLUE_BEFORE.test(before)) || (after !== '' && GLUE_AFTER.test(after));
}

/** Tokens of `matched` (the matchText of `original`) between `from` and `to`. */
export function tokenize(original: string, matched: string, from = 0, to = matched.length): WireToken[] {
  const tokens: WireToken[] = [];
  const slice = matched.slice(from, to);
  for (const match of slice.matchAll(TOKEN)) {
    const [raw, digits, elision, word] = match;
    const start = from + (match.index ?? 0);
    const end = start + raw.length;
    const capitalised = UPPER.test(original.charAt(start));
    if (digits !== undefined) {
      const value = digitValue(raw);
      tokens.push({ kind: 'number', text: raw, start, end, value, glued: Number.isNaN(value) || isGlued(matched, start, end), capitalised });
    } else {
      const kind = elision !== undefined || word !== undefined ? 'word' : 'mark';
      tokens.push({ kind, text: raw, start, end, value: Number.NaN, glued: false, capitalised });
    }
  }
  return tokens;
}
