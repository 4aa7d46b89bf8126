import type { TollCategory } from '../contract';
import type { MentionLexicon } from '../toll/mention-lexicon';
import { ARTICLE_SKIP, COMBINE_WORDS, type GroupMatch, JOINERS, groupAfter, phraseLength, unknownGroupAt } from './figure-groups';
import { type Quantity, matchPhrase, readQuantity, wordAt } from './quantities';
import type { WireToken } from './tokens';
import type { WireIncludedCount } from './types';

/** A sub-count of a figure: "including a child", "dont trois enfants", "Among the dead were two women". */
export type SubCount = WireIncludedCount & { attackers: boolean };

/** Sub-counts given in their own clause: "Among the dead were three children", "Eight crew members were among the dead". */
export interface AmongIncludes {
  category: TollCategory;
  includes: SubCount[];
}

export interface IncludeList {
  includes: SubCount[];
  to: number;
}

const MAX_ASIDE_TOKENS = 14;
const COORDINATION_DEPTH = 4;
const AMONG_OPENERS: readonly string[][] = [['among', 'the'], ['parmi', 'les'], ['among', 'those']];
/** Between "Among the dead" and its sub-counts: "were", "figurent", "se trouvent". */
export const AMONG_VERBS = new Set(['were', 'are', 'was', 'is', 'included', 'figure', 'figurent', 'figuraient', 'se', 'trouvent', 'trouvaient', 'compte', 'on', ',', 'sont', 'there', 'said']);
export const BEING_WORDS = new Set(['were', 'are', 'was', 'is', 'figurent', 'figurait', 'figuraient', 'sont', 'étaient', 'also', 'aussi', 'également']);
const OF_THEM: readonly string[][] = [['of', 'whom'], ['of', 'them'], ["d'", 'entre', 'eux'], ["d'", 'entre', 'elles']];

/** "including a child", "dont trois enfants et deux femmes", "including the two attackers". */
export function readIncludeList(tokens: readonly WireToken[], index: number, lexicon: MentionLexicon): IncludeList | null {
  const marker = matchPhrase(tokens, index, lexicon.includeMarkers);
  if (marker === null) return null;
  return readIncludeItems(tokens, index + marker.words.length, lexicon);
}

/** "a child", "three children and two women", "the two attackers": groups with a number each. */
export function readIncludeItems(tokens: readonly WireToken[], from: number, lexicon: MentionLexicon): IncludeList | null {
  let position = from;
  const includes: SubCount[] = [];
  for (;;) {
    if (ARTICLE_SKIP.has(wordAt(tokens, position))) position += 1;
    const quantity = readQuantity(tokens, position, lexicon);
    if (quantity === null || quantity.value === null || quantity.notACount) break;
    const group = groupAfter(tokens, quantity.to, lexicon) ?? unknownGroupAt(tokens, quantity.to, lexicon);
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
    if (joiner !== undefined && JOINERS.has(joiner.text)) {
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

/** Words of one clause between the verb and its include list; punctuation or "and" ends the search sooner. */
const ADVERBIAL_SKIP = 10;

/**
 * "killed on Tuesday, including six children", "tués jeudi, dont trois enfants", "killed in Israeli airstrikes across
 * Lebanon since Monday, including 50 children": an include list after a few words.
 */
export function includeListAfter(tokens: readonly WireToken[], index: number, lexicon: MentionLexicon): IncludeList | null {
  for (let position = index; position <= index + ADVERBIAL_SKIP && position < tokens.length; position += 1) {
    const token = tokens[position];
    // "Five people were killed: three soldiers and two civilians"
    if (token.text === ':' && position === index) return readIncludeItems(tokens, position + 1, lexicon);
    const start = token.text === ',' ? position + 1 : position;
    const list = readIncludeList(tokens, start, lexicon);
    if (list !== null) return list;
    if (token.kind !== 'word' || COMBINE_WORDS.has(token.text)) return null;
  }
  return null;
}


/** An aside between commas that opens with an include marker: ", including a child,"; skipped even when unread. */
export function readAside(tokens: readonly WireToken[], comma: number, lexicon: MentionLexicon): IncludeList | null {
  if (tokens[comma]?.text !== ',') return null;
  const list = readIncludeList(tokens, comma + 1, lexicon);
  if (list !== null && tokens[list.to]?.text === ',' && list.to - comma <= MAX_ASIDE_TOKENS) return { includes: list.includes, to: list.to + 1 };
  if (matchPhrase(tokens, comma + 1, lexicon.includeMarkers) === null) return null;
  for (let position = comma + 2; position < tokens.length && position <= comma + MAX_ASIDE_TOKENS; position += 1) {
    if (tokens[position].text === ',') return { includes: list?.includes ?? [], to: position + 1 };
    if (tokens[position].kind === 'mark') return null;
  }
  return null;
}

/** ", all members of the same family," / ", pour la plupart des femmes,": an aside the casualty word comes after. */
export function skipApposition(tokens: readonly WireToken[], comma: number, lexicon: MentionLexicon): number {
  if (tokens[comma]?.text !== ',' || !lexicon.asides.has(wordAt(tokens, comma + 1))) return comma;
  for (let position = comma + 2; position < tokens.length && position <= comma + MAX_ASIDE_TOKENS; position += 1) {
    if (tokens[position].text === ',') return position + 1;
    if (tokens[position].kind === 'mark') return comma;
  }
  return comma;
}


/** "of whom", "of them", "d'entre eux", "of the injured", "des blessés": the number counts part of a figure. */
export function ofThemLength(tokens: readonly WireToken[], index: number, lexicon: MentionLexicon): number {
  const ofThem = phraseLength(tokens, index, OF_THEM);
  if (ofThem > 0) return ofThem;
  const ofThe = wordAt(tokens, index) === 'of' && wordAt(tokens, index + 1) === 'the' ? 2 : wordAt(tokens, index) === 'des' ? 1 : 0;
  if (ofThe === 0) return 0;
  const noun = wordAt(tokens, index + ofThe);
  return lexicon.after.has(noun) || noun === 'victims' || noun === 'victimes' ? ofThe + 1 : 0;
}


const INCLUDED_VERBS = new Set(['included', 'include', 'includes', 'comprised', 'were', 'are', 'comptent', 'comprennent', 'sont', 'étaient']);

/** "among the dead" / "parmi les blessés" / "the victims included" at `index`: the category it names and where it ends. */
export function amongAt(tokens: readonly WireToken[], index: number, lexicon: MentionLexicon): { category: TollCategory; to: number } | null {
  const opener = phraseLength(tokens, index, AMONG_OPENERS);
  if (opener === 0) {
    // "The victims included two women", "the dead included 11 foreigners" (only at a sentence's start)
    if (index !== 0) return null;
    // "Of the dead, 12 were women"
    if (wordAt(tokens, 0) === 'of' && wordAt(tokens, 1) === 'the' && tokens[3]?.text === ',') {
      const category = categoryNoun(wordAt(tokens, 2), lexicon);
      return category === undefined ? null : { category, to: 3 };
    }
    const article = ['the', 'les'].includes(wordAt(tokens, 0)) ? 1 : 0;
    const category = categoryNoun(wordAt(tokens, article), lexicon);
    return category !== undefined && INCLUDED_VERBS.has(wordAt(tokens, article + 1)) ? { category, to: article + 2 } : null;
  }
  const category = categoryNoun(wordAt(tokens, index + opener), lexicon);
  return category === undefined ? null : { category, to: index + opener + 1 };
}

/** The category a noun names: "dead", "blessés", "victims" (the killed). */
export function categoryNoun(noun: string, lexicon: MentionLexicon): TollCategory | undefined {
  return noun === 'victims' || noun === 'victimes' ? 'killed' : lexicon.after.get(noun);
}


export function includeOf(tokens: readonly WireToken[], quantity: Quantity, group: GroupMatch): SubCount {
  return {
    group: group.group,
    value: quantity.value ?? 0,
    valueMax: quantity.valueMax,
    qualifier: quantity.qualifier,
    span: { start: tokens[quantity.from].start, end: tokens[group.to - 1].end },
    attackers: group.attackers,
  };
}


/**
 * "Eight crew members were among the dead", "Two women and a child were among the victims"; with `pending` set,
 * "Three children were among at least 10 people killed" (the sub-count of the next figure).
 */
export function amongAfterGroup(tokens: readonly WireToken[], quantity: Quantity, lexicon: MentionLexicon): { among: AmongIncludes | null; pending: SubCount[]; to: number } | null {
  const items: SubCount[] = [];
  let current: Quantity | null = quantity;
  let position = quantity.to;
  for (let count = 0; current !== null && count <= COORDINATION_DEPTH; count += 1) {
    if (current.value === null || current.notACount) return null;
    const group = groupAfter(tokens, current.to, lexicon);
    if (group === null) return null;
    items.push(includeOf(tokens, current, group));
    position = group.to;
    const joiner = tokens[position];
    current = joiner !== undefined && JOINERS.has(joiner.text) ? readQuantity(tokens, position + 1, lexicon) : null;
  }
  const afterGroups = position;
  while (position < afterGroups + 2 && BEING_WORDS.has(wordAt(tokens, position))) position += 1;
  const among = amongAt(tokens, position, lexicon);
  // "with 12 children among the victims": no verb needed before "among the …".
  if (among !== null) return { among: { category: among.category, includes: items }, pending: [], to: among.to };
  if (position === afterGroups) return null;
  const opener = wordAt(tokens, position);
  if ((opener === 'among' || opener === 'parmi') && readQuantity(tokens, position + 1, lexicon) !== null) {
    return { among: null, pending: items, to: position + 1 };
  }
  return null;
}

