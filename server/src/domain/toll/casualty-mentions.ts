import type { TollCategory } from '../contract';
import { type MentionLexicon, digitsValue, mentionLexicon } from './mention-lexicon';
import type { TollTextLanguage } from './toll-text';

/** A figure a text gives for a casualty category: "15 civilians killed" → { killed, 15 }. */
export interface CasualtyMention {
  category: TollCategory;
  stated: number;
}

type Token =
  | { kind: 'number'; value: number; yearLike: boolean; glued: boolean }
  | { kind: 'word'; text: string }
  | { kind: 'mark'; text: string };

// Digits with thousands separators ("1,500", "1 500", "1.500"), plain digits with an optional
// decimal part ("1.5" million), words with inner apostrophes or hyphens, any other sign.
const TOKEN = /(\d{1,3}(?:[,. ]\d{3})+(?!\d)|\d+(?:[.,]\d+)?)|(\p{L}+(?:['-]\p{L}+)*'?)|(\S)/gu;

// A number touching one of these is part of something else: "15-year-old", "covid-19", "15h",
// "15%", "05/03", "15:00", "$15", "#15", "15th".
const GLUE_BEFORE = /[\p{L}\d\-/:$€£#°]/u;
const GLUE_AFTER = /[\p{L}\d\-/:%°]/u;

const FORWARD_WINDOW = 4;
const MAX_UNKNOWN_FORWARD_WORDS = 2;
const BACKWARD_QUALIFIERS = 3;
const TOLL_WINDOW = 6;
const MAX_ASIDE_TOKENS = 10;

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2019\u2018\u02bc]/g, "'")
    .replace(/[\u00a0\u202f\u2009]/g, ' ');
}

function isGlued(text: string, start: number, end: number): boolean {
  const before = text.charAt(start - 1);
  const after = text.charAt(end);
  // A trailing full stop or comma ends a sentence or a clause; followed by a digit it is a decimal.
  return (before !== '' && GLUE_BEFORE.test(before)) || (after !== '' && GLUE_AFTER.test(after));
}

function numberToken(raw: string, text: string, start: number): Token {
  return {
    kind: 'number',
    value: digitsValue(raw),
    yearLike: /^\d{4}$/.test(raw) && Number(raw) >= 1800 && Number(raw) <= 2100,
    glued: isGlued(text, start, start + raw.length),
  };
}

function wordToken(word: string, lexicon: MentionLexicon): Token {
  const value = lexicon.numberWord(word);
  return value === null ? { kind: 'word', text: word } : { kind: 'number', value, yearLike: false, glued: false };
}

/** Words, numbers (digits or words, with "million" folded in) and punctuation marks. */
function tokenize(original: string, lexicon: MentionLexicon): Token[] {
  const text = normalise(original);
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const [raw, digits, word] = match;
    const previous = tokens[tokens.length - 1];
    if (digits !== undefined) {
      tokens.push(numberToken(digits, text, match.index ?? 0));
    } else if (word !== undefined && previous?.kind === 'number' && lexicon.multipliers.has(word)) {
      tokens[tokens.length - 1] = { ...previous, value: previous.value * (lexicon.multipliers.get(word) ?? 1), yearLike: false };
    } else if (word !== undefined) {
      tokens.push(wordToken(word, lexicon));
    } else {
      tokens.push({ kind: 'mark', text: raw });
    }
  }
  return tokens;
}

function wordAt(tokens: readonly Token[], index: number): string | null {
  const token = tokens[index];
  return token !== undefined && token.kind === 'word' ? token.text : null;
}

function isMonthAt(tokens: readonly Token[], position: number, lexicon: MentionLexicon): boolean {
  const word = wordAt(tokens, position);
  if (word === null || !lexicon.months.has(word)) return false;
  const modalFollowers = lexicon.modalMonths.get(word);
  return modalFollowers === undefined || !modalFollowers.has(wordAt(tokens, position + 1) ?? '');
}

function isDateOrAge(tokens: readonly Token[], index: number, lexicon: MentionLexicon): boolean {
  const previous = wordAt(tokens, index - 1);
  const isAge = (word: string | null): boolean => word !== null && lexicon.ageWords.has(word);
  // "âgé de 15 ans", "age of 15"
  const agedOf = previous !== null && lexicon.qualifiers.has(previous) && isAge(wordAt(tokens, index - 2));
  return isMonthAt(tokens, index - 1, lexicon) || isMonthAt(tokens, index + 1, lexicon) || isAge(previous) || agedOf;
}

function directCategory(tokens: readonly Token[], index: number, lexicon: MentionLexicon): TollCategory | null {
  const next = wordAt(tokens, index + 1);
  return next === null ? null : lexicon.after.get(next) ?? null;
}

/** "killing at least 15" */
function categoryBefore(tokens: readonly Token[], index: number, lexicon: MentionLexicon): TollCategory | null {
  let position = index - 1;
  while (position >= index - BACKWARD_QUALIFIERS && lexicon.qualifiers.has(wordAt(tokens, position) ?? '')) position -= 1;
  const word = wordAt(tokens, position);
  return word === null ? null : lexicon.before.get(word) ?? null;
}

/** Where an aside between commas that starts at `comma` ends (its closing comma), or null when there is none. */
function asideEnd(tokens: readonly Token[], comma: number, lexicon: MentionLexicon): number | null {
  const token = tokens[comma];
  if (token?.kind !== 'mark' || token.text !== ',' || !lexicon.asides.has(wordAt(tokens, comma + 1) ?? '')) return null;
  for (let position = comma + 2; position <= comma + MAX_ASIDE_TOKENS && position < tokens.length; position += 1) {
    const inner = tokens[position];
    if (inner.kind === 'mark' && inner.text === ',') return position;
    if (inner.kind === 'mark') return null;
  }
  return null;
}

/** "15 people were killed", "15 civils ont été tués", "15 civilians, including a child, killed" */
function categoryAhead(tokens: readonly Token[], index: number, lexicon: MentionLexicon): TollCategory | null {
  let unknownWords = 0;
  for (let position = index + 1; position <= index + FORWARD_WINDOW; position += 1) {
    const skipTo = asideEnd(tokens, position, lexicon);
    if (skipTo !== null) {
      // The aside does not count against the window: "including a child" is not part of "15 … killed".
      index += skipTo - position + 1;
      position = skipTo;
      continue;
    }
    const word = wordAt(tokens, position);
    if (word === null || lexicon.breakers.has(word) || lexicon.units.has(word) || isMonthAt(tokens, position, lexicon)) {
      return null;
    }
    const category = lexicon.after.get(word);
    if (category !== undefined) return category;
    if (!lexicon.fillers.has(word)) unknownWords += 1;
    if (unknownWords > MAX_UNKNOWN_FORWARD_WORDS) return null;
  }
  return null;
}

/** "death toll rises to 17", "le bilan passe à 17", "the number of dead rose to 17" */
function tollCategoryBefore(tokens: readonly Token[], index: number, lexicon: MentionLexicon): TollCategory | null {
  for (let position = index - 1; position >= Math.max(0, index - TOLL_WINDOW); position -= 1) {
    const token = tokens[position];
    if (token.kind === 'number' || (token.kind === 'mark' && token.text !== ':')) return null;
    if (token.kind !== 'word') continue;
    if (lexicon.tollWords.has(token.text)) return 'killed';
    const noun = lexicon.after.get(token.text);
    const introduced =
      wordAt(tokens, position - 1) === lexicon.numberOf.preposition && wordAt(tokens, position - 2) === lexicon.numberOf.noun;
    if (noun !== undefined && introduced) return noun;
  }
  return null;
}

function categoryOfNumber(tokens: readonly Token[], index: number, lexicon: MentionLexicon): TollCategory | null {
  const token = tokens[index];
  if (token.kind !== 'number' || token.glued || !Number.isInteger(token.value)) return null;
  if (isDateOrAge(tokens, index, lexicon)) return null;
  const direct = directCategory(tokens, index, lexicon);
  if (direct !== null) return direct;
  // A bare year ("the 2020 attack killed 3") counts only when a casualty word follows it directly.
  const next = wordAt(tokens, index + 1);
  if (token.yearLike || (next !== null && lexicon.units.has(next))) return null;
  return (
    categoryBefore(tokens, index, lexicon) ??
    categoryAhead(tokens, index, lexicon) ??
    tollCategoryBefore(tokens, index, lexicon)
  );
}

/** Casualty figures stated in a headline or summary, in reading order. */
export function findCasualtyMentions(text: string, language: TollTextLanguage): CasualtyMention[] {
  const lexicon = mentionLexicon(language);
  const tokens = tokenize(text, lexicon);
  return tokens.flatMap((token, index) => {
    if (token.kind !== 'number') return [];
    const category = categoryOfNumber(tokens, index, lexicon);
    return category === null ? [] : [{ category, stated: token.value }];
  });
}
