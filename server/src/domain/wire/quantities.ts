import type { TollQualifier } from '../contract';
import { type LexiconPhrase, type MentionLexicon, canonicalGroup } from '../toll/mention-lexicon';
import { TOLL_LIMITS } from '../toll/parse-revision-input';
import type { WireToken } from './tokens';

/** Ordinals after "a" / "un": "a third victim" (not "a second blast": only before a group, see readQuantity). */
const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8], ['ninth', 9],
  ['tenth', 10], ['deuxième', 2], ['seconde', 2], ['troisième', 3], ['quatrième', 4], ['cinquième', 5], ['sixième', 6],
  ['septième', 7], ['huitième', 8], ['neuvième', 9], ['dixième', 10],
]);

/** A casualty group starts at `index`: "police officer", "policier", "victim". */
function isGroupAt(tokens: readonly WireToken[], index: number, lexicon: MentionLexicon): boolean {
  return matchPhrase(tokens, index, lexicon.groupPhrases) !== null || canonicalGroup(wordAt(tokens, index)) !== null;
}

/** A number as the copy states it: "at least 15", "une vingtaine de", "between 10 and 15", "dozens of". */
export interface Quantity {
  /** null for vague words ("dozens"). */
  value: number | null;
  valueMax: number | null;
  qualifier: TollQualifier;
  vague: boolean;
  /** Read from an article ("a child", "un enfant"): a figure only before a noun. */
  fromArticle: boolean;
  /** A number touching letters or signs ("15-year-old", "A320") or with decimals ("6.2"): never a count. */
  notACount: boolean;
  /** Token range [from, to), qualifier included. */
  from: number;
  to: number;
  /** Token range of the number itself (without qualifier). */
  coreFrom: number;
}

export function wordAt(tokens: readonly WireToken[], index: number): string {
  const token = tokens[index];
  return token !== undefined && token.kind !== 'number' ? token.text : '';
}

export function matchPhrase<T>(tokens: readonly WireToken[], index: number, phrases: readonly LexiconPhrase<T>[]): LexiconPhrase<T> | null {
  for (const phrase of phrases) {
    if (phrase.words.every((word, offset) => wordAt(tokens, index + offset) === word)) return phrase;
  }
  return null;
}

const OF_WORDS = new Set(['of', 'de', "d'"]);
const DES_WORDS = new Set(['des', 'plusieurs', 'quelques', 'several', 'many', 'some', 'de', "d'", 'tens', 'hundreds', 'les']);

interface Core {
  value: number | null;
  vague: boolean;
  approximate: boolean;
  fromArticle: boolean;
  notACount: boolean;
  to: number;
}

function multiplierAt(tokens: readonly WireToken[], index: number, lexicon: MentionLexicon): number | null {
  return lexicon.multipliers.get(wordAt(tokens, index)) ?? null;
}

/** "15", "1.5 million", "Seventeen", "two hundred", "a million", "une dizaine de", "des dizaines de", "dozens of". */
function readCore(tokens: readonly WireToken[], index: number, lexicon: MentionLexicon): Core | null {
  const token = tokens[index];
  if (token === undefined || token.kind === 'mark') return null;
  const skipOf = (to: number): number => (OF_WORDS.has(wordAt(tokens, to)) ? to + 1 : to);
  if (token.kind === 'number') {
    const multiplier = multiplierAt(tokens, index + 1, lexicon);
    if (multiplier !== null && multiplier >= 1000) {
      return { value: Math.round(token.value * multiplier), vague: false, approximate: false, fromArticle: false, notACount: token.glued, to: skipOf(index + 2) };
    }
    return { value: token.value, vague: false, approximate: false, fromArticle: false, notACount: token.glued || !Number.isInteger(token.value), to: index + 1 };
  }
  const word = token.text;
  const spelled = lexicon.numberWord(word);
  if (spelled !== null) {
    let value = spelled;
    let to = index + 1;
    const hundred = multiplierAt(tokens, to, lexicon);
    if (hundred === 100) {
      value *= 100;
      to += 1;
    }
    const thousand = multiplierAt(tokens, to, lexicon);
    if (thousand !== null && thousand >= 1000) {
      value *= thousand;
      to = skipOf(to + 1);
    }
    return { value, vague: false, approximate: false, fromArticle: false, notACount: false, to };
  }
  if (lexicon.singularArticles.has(word)) {
    const next = wordAt(tokens, index + 1);
    const multiplier = lexicon.multipliers.get(next);
    if (multiplier !== undefined) return { value: multiplier, vague: false, approximate: false, fromArticle: false, notACount: false, to: skipOf(index + 2) };
    const approximate = lexicon.approximateNouns.get(next);
    if (approximate !== undefined) return { value: approximate, vague: false, approximate: true, fromArticle: false, notACount: false, to: skipOf(index + 2) };
    // "a third police officer died", "un troisième policier a succombé": the toll of that group is now three.
    const ordinal = ORDINALS.get(next);
    if (ordinal !== undefined && isGroupAt(tokens, index + 2, lexicon)) return { value: ordinal, vague: false, approximate: false, fromArticle: false, notACount: false, to: index + 2 };
    return { value: 1, vague: false, approximate: false, fromArticle: true, notACount: false, to: index + 1 };
  }
  if (lexicon.vagueWords.has(word) || (DES_WORDS.has(word) && lexicon.vagueWords.has(wordAt(tokens, index + 1)))) {
    let to = lexicon.vagueWords.has(word) ? index + 1 : index + 2;
    // "tens of thousands of", "des dizaines de milliers de"
    if (OF_WORDS.has(wordAt(tokens, to)) && lexicon.vagueWords.has(wordAt(tokens, to + 1))) to += 2;
    if (word === 'scores' || word === 'tens') {
      if (!OF_WORDS.has(wordAt(tokens, to))) return null;
    }
    return { value: null, vague: true, approximate: false, fromArticle: false, notACount: false, to: skipOf(to) };
  }
  return null;
}

/**
 * The quantity that starts at `index` (with its qualifier), or null. One above any toll the desk can record
 * (TOLL_LIMITS.maxValue: a population, a sum of money, a code) is read but never a count.
 */
export function readQuantity(tokens: readonly WireToken[], index: number, lexicon: MentionLexicon): Quantity | null {
  const quantity = readBareQuantity(tokens, index, lexicon);
  if (quantity === null || quantity.value === null) return quantity;
  const tooLarge = quantity.value > TOLL_LIMITS.maxValue || (quantity.valueMax ?? 0) > TOLL_LIMITS.maxValue;
  return tooLarge ? { ...quantity, notACount: true } : quantity;
}

function readBareQuantity(tokens: readonly WireToken[], index: number, lexicon: MentionLexicon): Quantity | null {
  const qualifierPhrase = matchPhrase(tokens, index, lexicon.qualifierPhrases);
  const rangeOpen = lexicon.range.open.has(wordAt(tokens, index));
  const coreFrom = qualifierPhrase !== null ? index + qualifierPhrase.words.length : rangeOpen ? index + 1 : index;
  const core = readCore(tokens, coreFrom, lexicon);
  if (core === null) return null;
  if (rangeOpen && !core.vague && core.value !== null && lexicon.range.join.has(wordAt(tokens, core.to))) {
    const upper = readCore(tokens, core.to + 1, lexicon);
    if (upper !== null && upper.value !== null && !upper.vague && upper.value > core.value) {
      return {
        value: core.value,
        valueMax: upper.value,
        qualifier: 'between',
        vague: false,
        fromArticle: false,
        notACount: core.notACount || upper.notACount,
        from: index,
        to: upper.to,
        coreFrom,
      };
    }
  }
  if (rangeOpen) return null;
  // A bare "some" or "about" before an article is not a qualifier of it ("some a …" does not occur).
  if (qualifierPhrase !== null && core.fromArticle) return null;
  const qualifier: TollQualifier = qualifierPhrase?.meaning ?? (core.approximate ? 'about' : 'exact');
  return {
    value: core.value,
    valueMax: null,
    qualifier,
    vague: core.vague,
    fromArticle: core.fromArticle,
    notACount: core.notACount,
    from: index,
    to: core.to,
    coreFrom,
  };
}
