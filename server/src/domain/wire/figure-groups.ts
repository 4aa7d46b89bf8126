import { type MentionLexicon, canonicalGroup } from '../toll/mention-lexicon';
import { TOLL_LIMITS } from '../toll/parse-revision-input';
import { matchPhrase, wordAt } from './quantities';
import type { WireToken } from './tokens';

/** The group a figure counts, read after its number: "15 Syrian civilians", "a 27-year-old man", "dont deux officiers". */
export interface GroupMatch {
  group: string;
  /** The group names the attackers ("the two attackers", "sept terroristes"). */
  attackers: boolean;
  to: number;
}

const ADJECTIVE_SKIP = 2;
/** Words that join figures or their groups: "13 soldiers and a civilian", "morts et disparus". */
export const COMBINE_WORDS = new Set(['and', 'or', 'et', 'ou']);
/** What joins the items of a list: "three children, two women and a man", "âgés de 5 et 7 ans". */
export const JOINERS = new Set([',', 'and', 'et']);
/** Determiners skipped before a number: "the two attackers", "all 157 people", "les deux assaillants". */
export const ARTICLE_SKIP = new Set(['the', 'les', 'ses', 'sa', 'son', 'leur', 'their', 'his', 'her', 'its', 'leurs', 'all', 'tous', 'toutes']);

/** Words and phrases at `index` of one of `phrases`: its length, 0 when none. */
export function phraseLength(tokens: readonly WireToken[], index: number, phrases: readonly string[][]): number {
  for (const phrase of phrases) {
    if (phrase.every((word, offset) => wordAt(tokens, index + offset) === word)) return phrase.length;
  }
  return 0;
}

export function groupAt(tokens: readonly WireToken[], index: number, lexicon: MentionLexicon): GroupMatch | null {
  const phrase = matchPhrase(tokens, index, lexicon.groupPhrases);
  if (phrase !== null) return { group: phrase.meaning, attackers: false, to: index + phrase.words.length };
  const word = wordAt(tokens, index);
  if (word === '') return null;
  if (lexicon.attackerWords.has(word)) return { group: 'attackers', attackers: true, to: index + 1 };
  const group = canonicalGroup(word);
  if (group === null) return null;
  return { group: group === 'minors' && FRENCH_MINER_WORDS.has(word) && isAboutMining(tokens) ? 'miners' : group, attackers: false, to: index + 1 };
}

/** French "mineurs" is both minors and miners: in copy about a mine ("une mine d'or", "un puits"), it is the miners. */
const FRENCH_MINER_WORDS = new Set(['mineur', 'mineurs']);
const MINING_WORDS = new Set(['mine', 'mines', 'minier', 'miniers', 'minière', 'minières', 'puits', 'galerie', 'galeries', 'orpaillage', 'orpailleurs', 'charbonnage', 'grisou', 'gisement']);
const miningCopy = new WeakMap<readonly WireToken[], boolean>();

function isAboutMining(tokens: readonly WireToken[]): boolean {
  let found = miningCopy.get(tokens);
  if (found === undefined) {
    found = tokens.some((token) => token.kind === 'word' && MINING_WORDS.has(token.text));
    miningCopy.set(tokens, found);
  }
  return found;
}

const AGE_UNITS = new Set(['year-old', 'years-old', 'month-old', 'week-old', 'day-old', 'ans', 'mois', 'years', 'year', 'années']);
const AGE_OPENERS = new Set(['aged', 'âgé', 'âgée', 'âgés', 'âgées', 'de', "d'", 'in', 'his', 'her', 'their', 'its', 'environ', 'about', 'une', 'un', 'of']);
const AGE_DECADES = new Set([
  'teens', 'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties', '20s', '30s',
  '40s', '50s', '60s', '70s', '80s', '90s',
]);
const AGE_REACH = 4;

/**
 * Past an age: "27-year-old", "de 27 ans", "aged 27", ", 27,", "in her 60s", "âgés d'une trentaine d'années";
 * `index` when there is none.
 */
export function skipAge(tokens: readonly WireToken[], index: number): number {
  if (tokens[index]?.text === ',' && tokens[index + 1]?.kind === 'number' && tokens[index + 2]?.text === ',') return index + 3;
  const ages = skipAgeList(tokens, index);
  if (ages > index) return ages;
  let position = index;
  while (position < index + AGE_REACH && AGE_OPENERS.has(wordAt(tokens, position))) position += 1;
  const core = tokens[position];
  if (core === undefined) return index;
  // "in her 60s": the decade ("60s" reads as 60 and "s").
  if (AGE_DECADES.has(core.text)) return position + 1;
  if (core.kind === 'number' && wordAt(tokens, position + 1) === 's' && tokens[position + 1].start === core.end) return position + 2;
  const approximate = core.kind === 'word' && /aine$/u.test(core.text);
  if (core.kind !== 'number' && !approximate) return index;
  position += 1;
  if (tokens[position]?.text === '-') position += 1;
  if (wordAt(tokens, position) === "d'") position += 1;
  if (AGE_UNITS.has(wordAt(tokens, position))) return wordAt(tokens, position + 1) === 'old' ? position + 2 : position + 1;
  return wordAt(tokens, index) === 'aged' && core.kind === 'number' ? position : index;
}

const AGE_LIST_OPENERS: readonly string[][] = [['aged'], ['âgés', 'de'], ['âgées', 'de'], ['âgés', "d'"], ['âgées', "d'"]];
const MAX_AGES = 12;

/** ", aged 12, 15 and 60,", ", âgés de 5 et 7 ans,": the ages of the people just counted, up to the closing comma. */
function skipAgeList(tokens: readonly WireToken[], index: number): number {
  if (tokens[index]?.text !== ',') return index;
  const opener = phraseLength(tokens, index + 1, AGE_LIST_OPENERS);
  if (opener === 0) return index;
  let position = index + 1 + opener;
  for (let ages = 0; ages < MAX_AGES && tokens[position]?.kind === 'number'; ages += 1) {
    position += 1;
    if (AGE_UNITS.has(wordAt(tokens, position))) position += 1;
    if (tokens[position]?.text === ',' && tokens[position + 1]?.kind !== 'number') return position + 1;
    if (!JOINERS.has(tokens[position]?.text ?? '')) return index;
    position += 1;
  }
  return index;
}

/** What may follow a nationality used as a noun ("an Israeli was killed", "un Israélien a été tué"). */
const AFTER_NATIONALITY_NOUN = new Set([
  'and', 'or', 'was', 'were', 'is', 'are', 'has', 'had', 'have', 'who', 'also', 'reportedly', 'et', 'ou', 'a', 'ont',
  'est', 'sont', 'qui', 'aurait', 'avait',
]);

/** A lower-case word at `index` that reads as the noun a nationality describes ("airstrike", "army", "man"). */
function isNounAfter(tokens: readonly WireToken[], index: number, lexicon: MentionLexicon): boolean {
  const token = tokens[index];
  return token !== undefined && token.kind === 'word' && !token.capitalised && !lexicon.after.has(token.text) && !AFTER_NATIONALITY_NOUN.has(token.text);
}

/** The group right after a quantity, past up to two adjectives and an age: "15 Syrian civilians", "a 27-year-old man". */
export function groupAfter(tokens: readonly WireToken[], index: number, lexicon: MentionLexicon): GroupMatch | null {
  const start = skipAge(tokens, index);
  for (let position = start; position <= start + ADJECTIVE_SKIP; position += 1) {
    const match = groupAt(tokens, position, lexicon);
    if (match !== null) {
      const nationality = /^\p{Lu}/u.test(match.group);
      // "two Israeli soldiers": a nationality before another group is its adjective, the group is the noun after it.
      const head = nationality ? groupAt(tokens, match.to, lexicon) : null;
      if (head !== null) return head;
      // "an Israeli airstrike killed seven": a nationality in the singular before a noun is an adjective, no group.
      if (nationality && wordAt(tokens, match.to - 1) !== match.group.toLowerCase() && isNounAfter(tokens, match.to, lexicon)) return null;
      return match;
    }
    const token = tokens[position];
    if (token === undefined || token.kind !== 'word' || lexicon.numberWord(token.text) !== null) return null;
    const word = token.text;
    if (lexicon.breakers.has(word) || lexicon.after.has(word) || lexicon.units.has(word)) return null;
  }
  return null;
}


/** A noun the group lexicon does not know, as a sub-count's group: "dont deux officiers". */
export function unknownGroupAt(tokens: readonly WireToken[], index: number, lexicon: MentionLexicon): GroupMatch | null {
  const token = tokens[index];
  if (token === undefined || token.kind !== 'word' || token.text.length < 3 || token.text.length > TOLL_LIMITS.maxGroupLength) return null;
  const word = token.text;
  // "dont deux grièvement", "two of them seriously": an adverb is no group.
  if (/(?:ment|ly)$/u.test(word)) return null;
  if (lexicon.breakers.has(word) || lexicon.after.has(word) || lexicon.units.has(word) || lexicon.fillers.has(word)) return null;
  return { group: word, attackers: false, to: index + 1 };
}

