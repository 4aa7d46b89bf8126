import type { TollCategory } from '../contract';
import { type MentionLexicon, canonicalGroup } from '../toll/mention-lexicon';
import { type Quantity, matchPhrase, readQuantity, wordAt } from './quantities';
import type { WireToken } from './tokens';
import type { TextSpan, WireIncludedCount } from './types';

/** A casualty figure read in one sentence: "at least 15 civilians, including a child, were killed". */
export interface CasualtyFigure {
  category: TollCategory;
  quantity: Quantity;
  group: string | null;
  /** The group names attackers ("the two attackers", "sept terroristes"). */
  attackers: boolean;
  includes: (WireIncludedCount & { attackers: boolean })[];
  /** A second category counted together with the first: "une vingtaine de morts et disparus". */
  combinedWith: TollCategory | null;
  /** The figure's text: quantity and group or casualty word. */
  span: TextSpan;
  /** Token range of the whole phrase (quantity to casualty word). */
  from: number;
  to: number;
  /** Read with "from N to M" / "de N à M": N is the earlier figure. */
  rangeFrom: 'from' | 'to' | null;
  /** Given as superseded: "et non dix", "instead of 12". */
  superseded?: boolean;
}

/** A number that reads as no casualty figure ("15-year-old", "two large buildings", "6.2"). */
export interface PlainNumber {
  quantity: Quantity;
  from: number;
  to: number;
}

const FORWARD_WINDOW = 6;
const MAX_UNKNOWN_WORDS = 2;
const MAX_ASIDE_TOKENS = 14;
const ADJECTIVE_SKIP = 2;
const FROM_WORDS = new Set(['from', 'de', "d'"]);
const TO_WORDS = new Set(['to', 'à']);
const COMBINE_WORDS = new Set(['and', 'or', 'et', 'ou']);
const ARTICLE_SKIP = new Set(['the', 'les', 'ses', 'their', 'his', 'her', 'its', 'leurs']);

interface GroupMatch {
  group: string;
  attackers: boolean;
  to: number;
}

function groupAt(tokens: readonly WireToken[], index: number, lexicon: MentionLexicon): GroupMatch | null {
  const phrase = matchPhrase(tokens, index, lexicon.groupPhrases);
  if (phrase !== null) return { group: phrase.meaning, attackers: false, to: index + phrase.words.length };
  const word = wordAt(tokens, index);
  if (word === '') return null;
  if (lexicon.attackerWords.has(word)) return { group: 'attackers', attackers: true, to: index + 1 };
  const group = canonicalGroup(word);
  return group === null ? null : { group, attackers: false, to: index + 1 };
}

/** The group right after a quantity, past up to two adjectives: "15 Syrian civilians", "three young children". */
function groupAfter(tokens: readonly WireToken[], index: number, lexicon: MentionLexicon): GroupMatch | null {
  for (let position = index; position <= index + ADJECTIVE_SKIP; position += 1) {
    const match = groupAt(tokens, position, lexicon);
    if (match !== null) return match;
    const token = tokens[position];
    if (token === undefined || token.kind === 'mark') return null;
    const word = token.text;
    if (lexicon.breakers.has(word) || lexicon.after.has(word) || lexicon.units.has(word)) return null;
  }
  return null;
}

function categoryWordAt(tokens: readonly WireToken[], index: number, lexicon: MentionLexicon): { category: TollCategory; to: number } | null {
  const phrase = matchPhrase(tokens, index, lexicon.categoryPhrasesAfter);
  if (phrase !== null) return { category: phrase.meaning, to: index + phrase.words.length };
  const category = lexicon.after.get(wordAt(tokens, index));
  return category === undefined ? null : { category, to: index + 1 };
}

interface IncludeList {
  includes: CasualtyFigure['includes'];
  to: number;
}

/** "including a child", "dont trois enfants et deux femmes", "including the two attackers". */
function readIncludeList(tokens: readonly WireToken[], index: number, lexicon: MentionLexicon): IncludeList | null {
  const marker = matchPhrase(tokens, index, lexicon.includeMarkers);
  if (marker === null) return null;
  let position = index + marker.words.length;
  const includes: CasualtyFigure['includes'] = [];
  for (;;) {
    if (ARTICLE_SKIP.has(wordAt(tokens, position))) position += 1;
    const quantity = readQuantity(tokens, position, lexicon);
    if (quantity === null || quantity.value === null || quantity.notACount) break;
    const group = groupAfter(tokens, quantity.to, lexicon);
    if (group === null) break;
    includes.push({
      group: group.group,
      value: quantity.value,
      valueMax: quantity.valueMax,
      qualifier: quantity.qualifier,
      span: { start: tokens[quantity.from].start, end: tokens[group.to - 1].end },
      attackers: group.attackers,
    });
    position = group.to;
    const joiner = tokens[position];
    if (joiner !== undefined && (joiner.text === ',' || joiner.text === 'and' || joiner.text === 'et')) {
      const after = readQuantity(tokens, position + 1 + (ARTICLE_SKIP.has(wordAt(tokens, position + 1)) ? 1 : 0), lexicon);
      if (after !== null && after.value !== null) {
        position += 1;
        continue;
      }
    }
    break;
  }
  return includes.length === 0 ? null : { includes, to: position };
}

/** An aside between commas that opens with an include marker: ", including a child,". */
function readAside(tokens: readonly WireToken[], comma: number, lexicon: MentionLexicon): IncludeList | null {
  if (tokens[comma]?.text !== ',') return null;
  const list = readIncludeList(tokens, comma + 1, lexicon);
  if (list === null) return null;
  if (tokens[list.to]?.text === ',' && list.to - comma <= MAX_ASIDE_TOKENS) return { includes: list.includes, to: list.to + 1 };
  return null;
}

interface Ahead {
  category: TollCategory;
  to: number;
  includes: CasualtyFigure['includes'];
}

/** "15 people were killed", "15 civils ont été tués", "15 civilians, including a child, were killed". */
function categoryAhead(tokens: readonly WireToken[], index: number, lexicon: MentionLexicon): Ahead | null {
  let unknown = 0;
  let includes: CasualtyFigure['includes'] = [];
  let steps = 0;
  for (let position = index; steps < FORWARD_WINDOW && position < tokens.length; steps += 1) {
    const aside = readAside(tokens, position, lexicon);
    if (aside !== null) {
      includes = aside.includes;
      position = aside.to;
      continue;
    }
    const found = categoryWordAt(tokens, position, lexicon);
    if (found !== null) return { category: found.category, to: found.to, includes };
    const token = tokens[position];
    if (token.kind !== 'word' || lexicon.breakers.has(token.text) || lexicon.units.has(token.text)) return null;
    if (!lexicon.fillers.has(token.text) && canonicalGroup(token.text) === null) unknown += 1;
    if (unknown > MAX_UNKNOWN_WORDS) return null;
    position += 1;
  }
  return null;
}

/** "killing at least 15", "claimed the lives of 15", "tuant 15 personnes". */
function categoryBefore(tokens: readonly WireToken[], from: number, lexicon: MentionLexicon): TollCategory | null {
  for (let length = 4; length >= 1; length -= 1) {
    const start = from - length;
    if (start < 0) continue;
    const phrase = matchPhrase(tokens, start, lexicon.categoryPhrasesBefore);
    if (phrase !== null && phrase.words.length === length) return phrase.meaning;
  }
  const word = wordAt(tokens, from - 1);
  return lexicon.before.get(word) ?? null;
}

const TOLL_LOOKBACK = 7;
const INJURY_WORDS = new Set(['injury', 'injuries', 'wounded', 'injured', 'blessés']);

/** "the death toll rose to 17", "le bilan s'est alourdi à 17", "the number of dead climbed to 17". */
function tollWordBefore(tokens: readonly WireToken[], from: number, lexicon: MentionLexicon): TollCategory | null {
  for (let position = from - 1; position >= Math.max(0, from - TOLL_LOOKBACK); position -= 1) {
    const token = tokens[position];
    if (token.kind === 'number' || (token.kind === 'mark' && token.text !== ':' && token.text !== "'")) return null;
    if (lexicon.tollWords.has(token.text)) return INJURY_WORDS.has(wordAt(tokens, position - 1)) ? 'injured' : 'killed';
    const noun = lexicon.after.get(token.text);
    if (noun !== undefined && wordAt(tokens, position - 1) === lexicon.numberOf.preposition && wordAt(tokens, position - 2) === lexicon.numberOf.noun) {
      return noun;
    }
  }
  return null;
}

function combinedAfter(tokens: readonly WireToken[], index: number, lexicon: MentionLexicon, category: TollCategory): TollCategory | null {
  if (!COMBINE_WORDS.has(wordAt(tokens, index))) return null;
  const other = categoryWordAt(tokens, index + 1, lexicon);
  return other !== null && other.category !== category ? other.category : null;
}

function figureSpan(tokens: readonly WireToken[], quantity: Quantity, lastToken: number): TextSpan {
  return { start: tokens[quantity.from].start, end: tokens[lastToken].end };
}

export interface SentenceFigures {
  figures: CasualtyFigure[];
  plainNumbers: PlainNumber[];
}

const CHANGE_WORDS = new Set([
  'rose', 'risen', 'rises', 'climbed', 'climbs', 'jumped', 'revised', 'increased', 'raised', 'lowered', 'cut', 'up',
  'down', 'passé', 'passe', 'grimpé', 'porté', 'revu', 'augmenté', 'alourdi', 'ramené', 'abaissé', 'révisé',
]);

function isChange(tokens: readonly WireToken[], before: number, lexicon: MentionLexicon): boolean {
  for (let position = before; position >= Math.max(0, before - 4); position -= 1) {
    if (CHANGE_WORDS.has(wordAt(tokens, position))) return true;
  }
  return tollWordBefore(tokens, before + 1, lexicon) !== null;
}

/**
 * "from five to 17" / "de 5 à 17" (a change: the first is earlier), "to 253 from 359" (the second is earlier),
 * "15 to 20 people" / "de 15 à 20 morts" (a range).
 */
function readPair(tokens: readonly WireToken[], first: Quantity, lexicon: MentionLexicon): CasualtyFigure[] | null {
  const joiner = wordAt(tokens, first.to);
  const opener = wordAt(tokens, first.from - 1);
  const forward = TO_WORDS.has(joiner) ? 'from-to' : FROM_WORDS.has(joiner) && TO_WORDS.has(opener) ? 'to-from' : null;
  if (forward === null || first.value === null || first.vague || first.notACount) return null;
  const second = readQuantity(tokens, first.to + 1, lexicon);
  if (second === null || second.value === null || second.vague || second.notACount) return null;
  const change = FROM_WORDS.has(opener) || TO_WORDS.has(opener) ? isChange(tokens, first.from - 2, lexicon) : false;
  const read = readFigure(tokens, second, lexicon, first.from - 1);
  if (read === null) return null;
  if (!change) {
    if (forward !== 'from-to' || second.value <= first.value) return null;
    const quantity: Quantity = { ...first, valueMax: second.value, qualifier: 'between', to: second.to };
    return [{ ...read, quantity, span: { start: tokens[first.from].start, end: read.span.end }, from: first.from }];
  }
  const firstFigure: CasualtyFigure = {
    ...read,
    quantity: first,
    includes: [],
    span: { start: tokens[first.from].start, end: tokens[first.to - 1].end },
    from: first.from,
    to: first.to,
    rangeFrom: forward === 'from-to' ? 'from' : 'to',
  };
  return [firstFigure, { ...read, rangeFrom: forward === 'from-to' ? 'to' : 'from' }];
}

export interface SentenceFigures {
  figures: CasualtyFigure[];
  plainNumbers: PlainNumber[];
}

/** Every casualty figure (and every other number) of one sentence's tokens. */
export function readSentenceFigures(tokens: readonly WireToken[], lexicon: MentionLexicon): SentenceFigures {
  const figures: CasualtyFigure[] = [];
  const plainNumbers: PlainNumber[] = [];
  let index = 0;
  while (index < tokens.length) {
    const quantity = readQuantity(tokens, index, lexicon);
    if (quantity === null) {
      index += 1;
      continue;
    }
    const pair = readPair(tokens, quantity, lexicon);
    if (pair !== null) {
      figures.push(...pair);
      index = Math.max(...pair.map((figure) => figure.to));
      continue;
    }
    const figure = quantity.notACount ? null : readFigure(tokens, quantity, lexicon, quantity.from);
    if (figure === null) {
      if (!quantity.fromArticle) plainNumbers.push({ quantity, from: quantity.from, to: quantity.to });
      index = quantity.fromArticle ? index + 1 : quantity.to;
      continue;
    }
    figures.push(figure);
    index = figure.to;
  }
  return { figures, plainNumbers };
}

function readFigure(tokens: readonly WireToken[], quantity: Quantity, lexicon: MentionLexicon, lookFrom: number): CasualtyFigure | null {
  const group = groupAfter(tokens, quantity.to, lexicon);
  if (quantity.fromArticle && group === null && categoryWordAt(tokens, quantity.to, lexicon) === null) return null;
  const afterQuantity = group?.to ?? quantity.to;
  let category: TollCategory | null = null;
  let includes: CasualtyFigure['includes'] = [];
  let end = afterQuantity - 1;
  let to = afterQuantity;
  const ahead = categoryAhead(tokens, afterQuantity, lexicon);
  if (ahead !== null) {
    category = ahead.category;
    includes = ahead.includes;
    to = ahead.to;
    // The span ends on the casualty word when it follows the number or its group directly ("15 dead").
    if (ahead.to - afterQuantity <= 1 && includes.length === 0) end = ahead.to - 1;
    else if (group === null && includes.length === 0) end = ahead.to - 1;
  } else if (!quantity.fromArticle) {
    category = categoryBefore(tokens, lookFrom, lexicon) ?? tollWordBefore(tokens, lookFrom, lexicon);
  }
  if (category === null) return null;
  const combinedWith = combinedAfter(tokens, to, lexicon, category);
  if (includes.length === 0) {
    const comma = tokens[to]?.text === ',' ? to + 1 : to;
    const list = readIncludeList(tokens, comma, lexicon);
    if (list !== null) {
      includes = list.includes;
      to = list.to;
    }
  }
  return {
    category,
    quantity,
    group: group?.group ?? null,
    attackers: group?.attackers ?? false,
    includes,
    combinedWith,
    span: figureSpan(tokens, quantity, end),
    from: quantity.from,
    to: Math.max(to, end + 1),
    rangeFrom: null,
  };
}
