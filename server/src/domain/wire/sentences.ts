import type { WireToken } from './tokens';

/** A sentence of a paragraph: its tokens and where it is in the copy. */
export interface Sentence {
  tokens: WireToken[];
  start: number;
  end: number;
}

const ENDS = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', '”', '»', "'", ')', '’']);
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'lt', 'col', 'sgt', 'capt', 'maj', 'gov', 'sen', 'rep', 'prof', 'jr', 'sr',
  'no', 'vs', 'mme', 'mmes', 'mgr', 'me', 'cf', 'etc', 'approx', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec',
  'brig', 'cpl', 'adm', 'rev', 'fig', 'art',
]);

function endsSentence(tokens: readonly WireToken[], index: number): boolean {
  const token = tokens[index];
  if (token.kind !== 'mark' || !ENDS.has(token.text)) return false;
  const previous = tokens[index - 1];
  if (token.text === '.' && previous !== undefined && previous.kind === 'word') {
    // "M. Macron", "U.S.", "Dr. Smith": a one-letter word or a known abbreviation does not end the sentence.
    if (previous.text.length === 1 || ABBREVIATIONS.has(previous.text)) return false;
  }
  let next = index + 1;
  while (next < tokens.length && (ENDS.has(tokens[next].text) || CLOSERS.has(tokens[next].text))) next += 1;
  const following = tokens[next];
  return following === undefined || following.capitalised || following.kind === 'number' || following.kind === 'mark';
}

/** Splits a paragraph's tokens into sentences. */
export function splitSentences(tokens: readonly WireToken[]): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  for (let index = 0; index < tokens.length; index += 1) {
    if (!endsSentence(tokens, index)) continue;
    let to = index + 1;
    while (to < tokens.length && (ENDS.has(tokens[to].text) || CLOSERS.has(tokens[to].text))) to += 1;
    const slice = tokens.slice(from, to);
    sentences.push({ tokens: slice, start: slice[0].start, end: slice[slice.length - 1].end });
    from = to;
    index = to - 1;
  }
  if (from < tokens.length) {
    const slice = tokens.slice(from);
    sentences.push({ tokens: slice, start: slice[0].start, end: slice[slice.length - 1].end });
  }
  return sentences;
}
