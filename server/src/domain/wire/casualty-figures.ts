import type { TollCategory } from '../contract';
import { type MentionLexicon, canonicalGroup } from '../toll/mention-lexicon';
import { ARTICLE_SKIP, COMBINE_WORDS, JOINERS, groupAfter, groupAt, phraseLength, skipAge } from './figure-groups';
import { type Quantity, matchPhrase, readQuantity, wordAt } from './quantities';
import {
  AMONG_VERBS,
  type AmongIncludes,
  BEING_WORDS,
  categoryNoun,
  type SubCount,
  amongAfterGroup,
  amongAt,
  includeListAfter,
  includeOf,
  ofThemLength,
  readAside,
  readIncludeItems,
  skipApposition,
} from './sub-counts';
import type { WireToken } from './tokens';
import type { TextSpan } from './types';

/*
 * Casualty figures of one sentence: a quantity (quantities.ts), its group (figure-groups.ts), its casualty word
 * after it ("15 civilians were killed") or before it ("killing 15", "the toll rose to 17"), and its sub-counts
 * (sub-counts.ts). Changes ("from five to 17"), coordinated groups and "of whom" clauses are read here too.
 */

/** A casualty figure read in one sentence: "at least 15 civilians, including a child, were killed". */
export interface CasualtyFigure {
  category: TollCategory;
  quantity: Quantity;
  group: string | null;
  /** The group names attackers ("the two attackers", "sept terroristes"). */
  attackers: boolean;
  includes: SubCount[];
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

const FORWARD_WINDOW = 7;
const MAX_UNKNOWN_WORDS = 2;
const FROM_WORDS = new Set(['from', 'de', "d'"]);
const TO_WORDS = new Set(['to', 'à']);
/** Skipped between a number and its casualty word: "157 people on board were killed", "tous les passagers à bord". */
const ON_BOARD: readonly string[][] = [
  ['on', 'board'], ['aboard'], ['à', 'bord'], ['on', 'the', 'bus'], ['on', 'the', 'boat'], ['on', 'the', 'plane'],
  ['members', 'of', 'the'], ['members', 'of'], ['member', 'of', 'the'], ['membres', 'des'], ['membres', 'de', 'la'],
  ['membres', 'du'], ['membres', "d'"], ['of', 'the', 'security', 'forces'], ['des', 'forces', 'de', 'sécurité'],
];
/** A day or time of day between two figures of a change: "rose to 42 on Friday from 35". */
const DAY_WORDS = new Set([
  'on', 'late', 'early', 'overnight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'soir', 'matin', 'morning', 'evening',
  'night', 'afternoon', 'today', 'yesterday', 'hier',
]);

/** Words that count the dead and the injured together. */
const BOTH_CATEGORIES = new Set(['casualties']);

function categoryWordAt(tokens: readonly WireToken[], index: number, lexicon: MentionLexicon): { category: TollCategory; to: number } | null {
  if (BOTH_CATEGORIES.has(wordAt(tokens, index))) return { category: 'killed', to: index + 1 };
  const phrase = matchPhrase(tokens, index, lexicon.categoryPhrasesAfter);
  if (phrase !== null) return { category: phrase.meaning, to: index + phrase.words.length };
  const category = lexicon.after.get(wordAt(tokens, index));
  return category === undefined ? null : { category, to: index + 1 };
}

interface Ahead {
  category: TollCategory;
  to: number;
  includes: SubCount[];
}

/** Casualty nouns only right after their number: "45 bodies", "45 corps" (not "carried the body of", "le corps de"). */
const DIRECT_ONLY = new Set(['bodies', 'corps', 'body']);

/** "15 people were killed", "15 civils ont été tués", "15 civilians, including a child, were killed". */
function categoryAhead(tokens: readonly WireToken[], index: number, lexicon: MentionLexicon, maxUnknown = MAX_UNKNOWN_WORDS): Ahead | null {
  let unknown = 0;
  let includes: SubCount[] = [];
  let steps = 0;
  for (let position = index; steps < FORWARD_WINDOW && position < tokens.length; steps += 1) {
    const aside = readAside(tokens, position, lexicon);
    if (aside !== null) {
      includes = aside.includes;
      position = aside.to;
      continue;
    }
    const onBoard = phraseLength(tokens, position, ON_BOARD);
    const age = skipAge(tokens, position);
    const apposition = skipApposition(tokens, position, lexicon);
    if (onBoard > 0 || age > position || apposition > position) {
      // Skipped words do not count against the window.
      position = Math.max(position + onBoard, age, apposition);
      steps -= 1;
      continue;
    }
    const found = categoryWordAt(tokens, position, lexicon);
    if (found !== null && !(DIRECT_ONLY.has(tokens[position].text) && position !== index)) return { category: found.category, to: found.to, includes };
    const token = tokens[position];
    if (token.kind !== 'word' || lexicon.breakers.has(token.text) || lexicon.units.has(token.text)) return null;
    if (!lexicon.fillers.has(token.text) && canonicalGroup(token.text) === null) unknown += 1;
    if (unknown > maxUnknown) return null;
    position += 1;
  }
  return null;
}

/** "killing at least 15", "claimed the lives of 15", "tuant 15 personnes". */
function categoryBefore(tokens: readonly WireToken[], index: number, lexicon: MentionLexicon): TollCategory | null {
  // "after killing the four gunmen", "killing all 157 people", "tuant les deux assaillants"
  let from = index;
  while (from > index - 2 && ARTICLE_SKIP.has(wordAt(tokens, from - 1))) from -= 1;
  // "ont tué lundi 12 personnes", "tuant dimanche soir les deux assaillants"
  const beforeArticles = from;
  while (from > beforeArticles - 3 && DAY_WORDS.has(wordAt(tokens, from - 1))) from -= 1;
  for (let length = 4; length >= 1; length -= 1) {
    const start = from - length;
    if (start < 0) continue;
    const phrase = matchPhrase(tokens, start, lexicon.categoryPhrasesBefore);
    if (phrase !== null && phrase.words.length === length) return phrase.meaning;
  }
  const word = wordAt(tokens, from - 1);
  return lexicon.before.get(word) ?? null;
}

const TOLL_LOOKBACK = 20;
/** A new clause starts: the toll word before it does not name the number after it ("the toll may rise as 100 houses…"). */
const CLAUSE_OPENERS = new Set([
  'as', 'because', 'while', 'when', 'after', 'since', 'which', 'that', 'who', 'with', 'but', 'whereas', 'if',
  'car', 'parce', 'alors', 'quand', 'lorsque', 'tandis', 'qui', 'que', 'où', 'mais', 'si', 'puisque', 'comme',
]);
const INJURY_WORDS = new Set(['injury', 'injuries', 'wounded', 'injured', 'blessés']);

/** "the death toll rose to 17", "le bilan s'est alourdi à 17", "the number of dead climbed to 17". */
function tollWordBefore(tokens: readonly WireToken[], from: number, lexicon: MentionLexicon): TollCategory | null {
  for (let position = from - 1; position >= Math.max(0, from - TOLL_LOOKBACK); position -= 1) {
    const token = tokens[position];
    if (token.kind === 'number' || (token.kind === 'mark' && token.text !== ':' && token.text !== "'")) return null;
    if (CLAUSE_OPENERS.has(token.text)) return null;
    if (lexicon.tollWords.has(token.text)) return INJURY_WORDS.has(wordAt(tokens, position - 1)) ? 'injured' : 'killed';
    const noun = lexicon.after.get(token.text);
    if (noun !== undefined) {
      // "the number of dead", "the number of people killed", "le nombre de personnes tuées"
      const grouped = canonicalGroup(wordAt(tokens, position - 1)) !== null ? 1 : 0;
      if (wordAt(tokens, position - 1 - grouped) === lexicon.numberOf.preposition && wordAt(tokens, position - 2 - grouped) === lexicon.numberOf.noun) {
        return noun;
      }
    }
  }
  return null;
}

function combinedAfter(tokens: readonly WireToken[], index: number, lexicon: MentionLexicon, category: TollCategory): { category: TollCategory; to: number } | null {
  if (!COMBINE_WORDS.has(wordAt(tokens, index))) return null;
  const other = categoryWordAt(tokens, index + 1, lexicon);
  if (other === null || other.category === category) return null;
  // "killed 12 and wounded 40": the second word opens a figure of its own.
  return readQuantity(tokens, other.to, lexicon) === null ? other : null;
}

function figureSpan(tokens: readonly WireToken[], quantity: Quantity, lastToken: number): TextSpan {
  return { start: tokens[quantity.from].start, end: tokens[lastToken].end };
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
  let gap = first.to;
  while (gap < first.to + 3 && DAY_WORDS.has(wordAt(tokens, gap))) gap += 1;
  const joinerAt = TO_WORDS.has(wordAt(tokens, gap)) || FROM_WORDS.has(wordAt(tokens, gap)) ? gap : first.to;
  const joiner = wordAt(tokens, joinerAt);
  const opener = wordAt(tokens, first.from - 1);
  const forward = TO_WORDS.has(joiner) ? 'from-to' : FROM_WORDS.has(joiner) && TO_WORDS.has(opener) ? 'to-from' : null;
  if (forward === null || first.value === null || first.vague || first.notACount) return null;
  const second = readQuantity(tokens, joinerAt + 1, lexicon);
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
  among: AmongIncludes[];
}

/** How badly the injured a number counts are hurt, after it: "12 of them seriously", "dont 12 grièvement". */
const SEVERITY_ADVERBS = new Set(['seriously', 'critically', 'severely', 'gravely', 'grièvement', 'gravement', 'sérieusement']);

const NEGATIONS = new Set(['no', 'not', 'aucun', 'aucune', 'pas', 'nul', 'nulle', 'without', 'sans']);

/** Every casualty figure (and every other number) of one sentence's tokens. */
export function readSentenceFigures(tokens: readonly WireToken[], lexicon: MentionLexicon): SentenceFigures {
  const figures: CasualtyFigure[] = [];
  const plainNumbers: PlainNumber[] = [];
  const among: AmongIncludes[] = [];
  // "Among the dead were three children": the sentence opens with the category its sub-counts belong to.
  const opening = amongAt(tokens, 0, lexicon);
  let amongFrom = -1;
  if (opening !== null) {
    let position = opening.to;
    while (position < tokens.length && position < opening.to + 3 && AMONG_VERBS.has(wordAt(tokens, position) || tokens[position].text)) position += 1;
    amongFrom = position;
  }
  let index = 0;
  let pending: SubCount[] = [];
  while (index < tokens.length) {
    const quantity = readQuantity(tokens, index, lexicon) ?? kinAfterJoiner(tokens, index, lexicon);
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
    if (opening !== null && index === amongFrom) {
      const items = readIncludeItems(tokens, index, lexicon);
      const own = quantity.notACount ? null : readFigure(tokens, quantity, lexicon, quantity.from);
      if (items !== null && own === null) {
        among.push({ category: opening.category, includes: items.includes });
        index = items.to;
        continue;
      }
    }
    if (NEGATIONS.has(wordAt(tokens, quantity.from - 1))) {
      // "no one was injured", "not one": no figure.
      index = quantity.to;
      continue;
    }
    const part = quantity.value !== null && !quantity.notACount ? partOfWhole(tokens, quantity, lexicon) : null;
    if (part !== null) {
      figures.push(part);
      index = part.to;
      continue;
    }
    const ofThem = quantity.value !== null && !quantity.notACount ? ofThemLength(tokens, quantity.to, lexicon) : 0;
    if (ofThem > 0) {
      // "24 were wounded, nine of whom were in critical condition" / "15 killed, five of them children".
      const after = quantity.to + ofThem;
      const previous = figures[figures.length - 1];
      const ahead = categoryAhead(tokens, after, lexicon);
      if (ahead !== null) {
        figures.push({ ...emptyFigure(tokens, quantity, ahead.category, ahead.to), group: null });
        index = ahead.to;
        continue;
      }
      // "five of them children", "three of the dead were foreigners"
      const group = groupAfter(tokens, BEING_WORDS.has(wordAt(tokens, after)) ? after + 1 : after, lexicon);
      if (group !== null && previous !== undefined) {
        previous.includes.push(includeOf(tokens, quantity, group));
        index = group.to;
        continue;
      }
      // "Three of the dead were children" in a sentence of its own: a sub-count of the category it names.
      const category = group === null ? undefined : categoryNoun(wordAt(tokens, after - 1), lexicon);
      if (group !== null && category !== undefined) {
        among.push({ category, includes: [includeOf(tokens, quantity, group)] });
        index = group.to;
        continue;
      }
    }
    const figure = quantity.notACount ? null : readFigure(tokens, quantity, lexicon, quantity.from) ?? coordinated(tokens, quantity, lexicon);
    if (figure === null) {
      // "injured 40, 12 of them seriously", "40 blessés, dont 12 grièvement": the injured in a critical condition.
      const previousFigure = figures[figures.length - 1];
      const adverbAt = quantity.to + ofThem;
      if (previousFigure?.category === 'injured' && quantity.value !== null && !quantity.notACount && SEVERITY_ADVERBS.has(wordAt(tokens, adverbAt))) {
        figures.push(emptyFigure(tokens, quantity, 'critical', adverbAt + 1));
        index = adverbAt + 1;
        continue;
      }
      // "Of the 25 people killed, 10 were children": a sub-count of the figure before it.
      if (previousFigure !== undefined && quantity.value !== null && !quantity.notACount && BEING_WORDS.has(wordAt(tokens, quantity.to))) {
        const group = groupAfter(tokens, quantity.to + 1, lexicon);
        if (group !== null && group.to <= quantity.to + 3) {
          previousFigure.includes.push(includeOf(tokens, quantity, group));
          index = group.to;
          continue;
        }
      }
      // "killed 12 soldiers and three civilians", "killed a woman and her two children": the verb counts both.
      const continued = previousFigure === undefined ? null : continuation(tokens, previousFigure, quantity, lexicon);
      if (continued !== null) {
        figures.push(continued);
        index = continued.to;
        continue;
      }
      const trailing = amongAfterGroup(tokens, quantity, lexicon);
      if (trailing !== null) {
        if (trailing.among !== null) among.push(trailing.among);
        pending = trailing.pending;
        index = trailing.to;
        continue;
      }
      if (!quantity.fromArticle) plainNumbers.push({ quantity, from: quantity.from, to: quantity.to });
      index = quantity.fromArticle ? index + 1 : quantity.to;
      continue;
    }
    if (pending.length > 0) {
      figure.includes.push(...pending);
      pending = [];
    }
    figures.push(figure);
    plainNumbers.push(...numbersPassedOver(tokens, figure, lexicon));
    index = figure.to;
  }
  return { figures, plainNumbers, among };
}

/**
 * The numbers a figure's reading stepped over between its count and its casualty word ("The two attackers, aged 33
 * and 27, were shot dead"): no count, but still listed among the other figures, with why.
 */
function numbersPassedOver(tokens: readonly WireToken[], figure: CasualtyFigure, lexicon: MentionLexicon): PlainNumber[] {
  const passed: PlainNumber[] = [];
  for (let position = figure.quantity.to; position < figure.to; position += 1) {
    const token = tokens[position];
    if (token?.kind !== 'number' || token.start < figure.span.end) continue;
    if (figure.includes.some((include) => include.span !== null && token.start >= include.span.start && token.end <= include.span.end)) continue;
    const quantity = readQuantity(tokens, position, lexicon);
    if (quantity === null) continue;
    passed.push({ quantity, from: quantity.from, to: quantity.to });
    position = quantity.to - 1;
  }
  return passed;
}

const COORDINATION_DEPTH = 4;

/** "Thirteen soldiers and a civilian were killed": a group figure takes the casualty word of the next one. */
function coordinated(tokens: readonly WireToken[], quantity: Quantity, lexicon: MentionLexicon, depth = 0): CasualtyFigure | null {
  if (quantity.value === null || depth > COORDINATION_DEPTH) return null;
  const group = groupAfter(tokens, quantity.to, lexicon);
  if (group === null) return null;
  const joiner = tokens[group.to];
  if (joiner === undefined || !(joiner.text === ',' || COMBINE_WORDS.has(joiner.text))) return null;
  // "a child and his mother", "une femme et ses deux enfants"
  const nextFrom = group.to + 1 + (ARTICLE_SKIP.has(wordAt(tokens, group.to + 1)) ? 1 : 0);
  const next = readQuantity(tokens, nextFrom, lexicon) ?? (nextFrom > group.to + 1 ? possessed(tokens, nextFrom, lexicon) : null);
  if (next === null || next.value === null || next.notACount) return null;
  const nextFigure = readFigureAhead(tokens, next, lexicon) ?? coordinated(tokens, next, lexicon, depth + 1);
  if (nextFigure === null) return null;
  return { ...emptyFigure(tokens, quantity, nextFigure.category, group.to), group: group.group, attackers: group.attackers, span: { start: tokens[quantity.from].start, end: tokens[group.to - 1].end } };
}

/** "his mother", "sa mère" after a possessive: one person of that group. */
function possessed(tokens: readonly WireToken[], index: number, lexicon: MentionLexicon): Quantity | null {
  const group = groupAt(tokens, index, lexicon);
  if (group === null) return null;
  return { value: 1, valueMax: null, qualifier: 'exact', vague: false, fromArticle: true, notACount: false, from: index, coreFrom: index, to: index };
}

const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'sa', 'son', 'leur']);
/** One relative after a possessive: "and his mother", "et sa mère". */
const KIN = new Set(['mother', 'father', 'wife', 'husband', 'child', 'baby', 'mère', 'père', 'femme', 'mari', 'enfant', 'bébé']);

/** "… and his mother": one person, read as a quantity at the possessive. */
function kinAfterJoiner(tokens: readonly WireToken[], index: number, lexicon: MentionLexicon): Quantity | null {
  if (!JOINERS.has(tokens[index - 1]?.text ?? '') || !POSSESSIVES.has(wordAt(tokens, index)) || !KIN.has(wordAt(tokens, index + 1))) return null;
  const quantity = possessed(tokens, index + 1, lexicon);
  return quantity === null ? null : { ...quantity, from: index };
}

/**
 * A number joined to the figure before it ("and", a comma, a possessive between), with a group and no casualty word
 * of its own: the same category ("killed 12 soldiers and three civilians").
 */
function continuation(tokens: readonly WireToken[], previous: CasualtyFigure, quantity: Quantity, lexicon: MentionLexicon): CasualtyFigure | null {
  if (previous.group === null || quantity.value === null || quantity.notACount) return null;
  const between = tokens.slice(previous.to, quantity.from);
  if (between.length === 0 || between.length > 2 || !JOINERS.has(between[0].text) || !between.slice(1).every((token) => ARTICLE_SKIP.has(token.text))) return null;
  const group = groupAfter(tokens, quantity.to, lexicon);
  if (group === null || group.attackers) return null;
  return { ...emptyFigure(tokens, quantity, previous.category, group.to), group: group.group, span: { start: tokens[quantity.from].start, end: tokens[group.to - 1].end } };
}

/** A figure whose casualty word follows it (not one read from a verb before it). */
function readFigureAhead(tokens: readonly WireToken[], quantity: Quantity, lexicon: MentionLexicon): CasualtyFigure | null {
  const group = groupAfter(tokens, quantity.to, lexicon);
  if (group === null) return null;
  const ahead = categoryAhead(tokens, group.to, lexicon);
  return ahead === null ? null : { ...emptyFigure(tokens, quantity, ahead.category, ahead.to), group: group.group };
}

const PARTITIVES: readonly string[][] = [['of', 'the'], ['of'], ['des'], ['sur', 'les']];

/**
 * "four of the 72 people on board still unaccounted for", "12 des 40 passagers sont portés disparus": the first number
 * is the figure, the second the whole it is part of (the people on board), which is no casualty figure.
 */
function partOfWhole(tokens: readonly WireToken[], part: Quantity, lexicon: MentionLexicon): CasualtyFigure | null {
  const length = phraseLength(tokens, part.to, PARTITIVES);
  if (length === 0) return null;
  const whole = readQuantity(tokens, part.to + length, lexicon);
  if (whole === null || whole.value === null || whole.notACount || part.value === null || whole.value <= part.value) return null;
  const figure = readFigure(tokens, whole, lexicon, whole.from);
  if (figure === null) return null;
  return { ...figure, quantity: part, span: { start: tokens[part.from].start, end: figure.span.end }, from: part.from };
}

function emptyFigure(tokens: readonly WireToken[], quantity: Quantity, category: TollCategory, to: number): CasualtyFigure {
  return {
    category,
    quantity,
    group: null,
    attackers: false,
    includes: [],
    combinedWith: null,
    span: { start: tokens[quantity.from].start, end: tokens[quantity.to - 1].end },
    from: quantity.from,
    to,
    rangeFrom: null,
  };
}

const YEAR_BEFORE = new Set(['since', 'in', 'en', 'depuis', 'of', 'de', 'year', 'année', 'until', "jusqu'", 'before', 'after', 'avant', 'après', 'from', 'to', 'the', 'le', "l'", 'by', ',']);

/** "since 2015", "in 2019", "March 5, 2020": a year, not a count. */
function isYear(tokens: readonly WireToken[], quantity: Quantity, lexicon: MentionLexicon): boolean {
  const token = tokens[quantity.coreFrom];
  if (token === undefined || token.kind !== 'number' || !/^(?:19|20)\d\d$/u.test(token.text) || quantity.from !== quantity.coreFrom) return false;
  const previous = tokens[quantity.from - 1];
  return previous === undefined || YEAR_BEFORE.has(previous.text) || lexicon.months.has(previous.text) || previous.kind === 'number' || previous.capitalised;
}

/** What a number counts that is nobody's casualty: "could kill 30,000 jobs", "300 sheep died", "300 têtes de bétail". */
const NOT_PEOPLE = new Set([
  'jobs', 'job', 'posts', 'positions', 'emplois', 'postes', 'businesses', 'companies', 'firms', 'entreprises', 'projects',
  'projets', 'deals', 'bills', 'plans', 'cattle', 'sheep', 'cows', 'goats', 'camels', 'livestock', 'animals', 'dogs',
  'birds', 'chickens', 'poultry', 'fish', 'dolphins', 'whales', 'elephants', 'species', 'têtes', 'bêtes', 'animaux',
  'moutons', 'vaches', 'chèvres', 'chameaux', 'volailles', 'poulets', 'poissons', 'dauphins', 'baleines', 'éléphants',
  'espèces', 'trees', 'arbres', 'hectares', 'acres',
]);

/** "the August 4 port blast", "le 4 août": a day of the month, not a count. */
function isDayOfMonth(tokens: readonly WireToken[], quantity: Quantity, lexicon: MentionLexicon): boolean {
  const token = tokens[quantity.coreFrom];
  if (token === undefined || token.kind !== 'number' || quantity.from !== quantity.coreFrom || !Number.isInteger(token.value) || token.value < 1 || token.value > 31) return false;
  const isMonthAt = (index: number) => {
    const word = wordAt(tokens, index);
    // "15 may have died": the verb, not the month.
    return lexicon.months.has(word) && !(lexicon.modalMonths.get(word)?.has(wordAt(tokens, index + 1)) ?? false);
  };
  return isMonthAt(quantity.from - 1) || isMonthAt(quantity.to);
}

function readFigure(tokens: readonly WireToken[], quantity: Quantity, lexicon: MentionLexicon, lookFrom: number): CasualtyFigure | null {
  if (isYear(tokens, quantity, lexicon) || isDayOfMonth(tokens, quantity, lexicon) || NOT_PEOPLE.has(wordAt(tokens, quantity.to))) return null;
  const group = groupAfter(tokens, quantity.to, lexicon);
  if (quantity.fromArticle && group === null && categoryWordAt(tokens, quantity.to, lexicon) === null) return null;
  const afterQuantity = group?.to ?? quantity.to;
  let category: TollCategory | null = null;
  let includes: SubCount[] = [];
  let end = afterQuantity - 1;
  let to = afterQuantity;
  // A figure read from an article ("a man was killed") allows one unknown word before its casualty word.
  const ahead = categoryAhead(tokens, afterQuantity, lexicon, quantity.fromArticle ? 1 : MAX_UNKNOWN_WORDS);
  if (ahead !== null) {
    category = ahead.category;
    includes = ahead.includes;
    to = ahead.to;
    // The span ends on the casualty word when it follows the number or its group directly ("15 dead").
    if (ahead.to - afterQuantity <= 1 && includes.length === 0) end = ahead.to - 1;
    else if (group === null && includes.length === 0) end = ahead.to - 1;
  } else if (!quantity.fromArticle) {
    category = categoryBefore(tokens, lookFrom, lexicon) ?? tollWordBefore(tokens, lookFrom, lexicon);
  } else if (group !== null) {
    // "shelling killed a woman and her two children": an article before a group, the verb before both.
    category = categoryBefore(tokens, lookFrom, lexicon);
  }
  if (category === null) return null;
  // "15 casualties": the dead and the injured together, in English wire usage.
  const casualties = ahead !== null && BOTH_CATEGORIES.has(wordAt(tokens, to - 1)) ? { category: 'injured' as const, to } : null;
  const combined = casualties ?? (ahead !== null ? combinedAfter(tokens, to, lexicon, category) : null);
  if (combined !== null) {
    // "une vingtaine de morts et disparus": the figure covers both words.
    to = combined.to;
    end = combined.to - 1;
  }
  if (includes.length === 0) {
    const list = includeListAfter(tokens, to, lexicon);
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
    combinedWith: combined?.category ?? null,
    span: figureSpan(tokens, quantity, end),
    from: quantity.from,
    to: Math.max(to, end + 1),
    rangeFrom: null,
  };
}
