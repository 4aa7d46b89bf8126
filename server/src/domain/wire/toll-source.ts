import type { Sentence } from './sentences';
import type { WireToken } from './tokens';
import type { Spanned } from './types';

/**
 * Who gives the toll: "according to the Syrian Observatory for Human Rights (OSDH)", "police said",
 * "selon l'OSDH", "a annoncé le ministère de la Santé". An acronym in brackets is the source's name.
 */
const OPENERS: readonly string[][] = [
  ['according', 'to'], ['selon'], ["d'", 'après'], ['citing'], ['quoting'], ['citant'],
  // "a-t-on appris auprès de la préfecture", "a-t-on appris de source policière"
  ['auprès', 'de'], ['auprès', 'du'], ['auprès', 'des'], ['auprès', "d'"], ['appris', 'de'],
];
const VERBS_BEFORE_SOURCE: readonly string[][] = [
  ['said'], ['says'], ['reported'], ['announced'], ['told'], ['confirmed'], ['added'],
  ['a', 'annoncé'], ['ont', 'annoncé'], ['a', 'indiqué'], ['ont', 'indiqué'], ['a', 'affirmé'], ['a', 'précisé'],
  ['a', 'rapporté'], ['a', 'déclaré'], ['a', 'fait', 'savoir'], ['ont', 'affirmé'], ['ont', 'précisé'],
  ['annonce'], ['indique'], ['rapporte'], ['précise'], ['affirme'],
];
const VERBS_AFTER_SOURCE: readonly string[][] = [
  ['said'], ['says'], ['reported'], ['announced'], ['told'], ['confirmed'], ['stated'], ['added'],
  ['a', 'annoncé'], ['ont', 'annoncé'], ['a', 'indiqué'], ['ont', 'indiqué'], ['a', 'affirmé'], ['ont', 'affirmé'],
  ['a', 'précisé'], ['ont', 'précisé'], ['a', 'rapporté'], ['a', 'déclaré'], ['a', 'fait', 'savoir'],
  // "Le ministère de la Santé a fait état de 37 morts"
  ['a', 'fait', 'état'], ['ont', 'fait', 'état'], ['fait', 'état'], ['faisait', 'état'],
  // "Greek authorities revised the death toll down to 78", "The health ministry put the toll at 30"
  ['revised'], ['raised'], ['lowered'], ['updated'], ['put', 'the'], ['a', 'revu'], ['a', 'révisé'], ['ont', 'revu'],
  ['ont', 'révisé'], ['a', 'relevé'], ['a', 'abaissé'],
];
const ARTICLES = new Set(['the', 'a', 'an', 'le', 'la', 'les', "l'", 'un', 'une', 'des']);
const CONNECTORS = new Set(['of', 'for', 'de', 'des', 'du', 'pour', "d'", "l'", 'la', 'and', 'et', 'on', 'in']);
/** The days of the week, French and English (lower case, as tokens are). */
const WEEKDAYS = [
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday',
];
const STOPS = new Set([
  'on', 'in', 'at', 'which', 'who', 'that', 'while', 'with', 'after', 'as', 'when', 'qui', 'que', 'dans', 'lors',
  ...WEEKDAYS, 'sur', 'à', 'en', 'to', 'from', 'by', 'par', 'après', 'avant', 'its',
  'his', 'her', 'their', 'sa', 'son', 'ses', 'leur', 'citing', 'quoting', 'late', 'early', 'earlier', 'later',
  'and', 'et', 'but', 'mais', 'since', 'depuis', 'this', 'ce', 'cette', 'tard', 'plus',
  // "un nouveau bilan du ministère de l'Intérieur publié samedi": the name ends before the participle.
  'publié', 'publiée', 'publiés', 'publiées', 'diffusé', 'diffusée', 'diffusés', 'diffusées', 'published', 'released', 'issued',
  'based', 'quoted', 'cited', 'speaking', 'reported', 'told',
]);
/** A French adjective that is part of an institution's name after a capitalised word: "Protection civile", "Garde nationale". */
const NAME_ADJECTIVE = /^(?:[\p{Ll}-]+(?:ienne|ien|aise|ais|aine|ain|ale|aux|ile|ique)|unies|unis|blancs|blanches|rouge)$/u;
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'il', 'elle', 'ils', 'elles', 'on', 'nous', 'who', 'which', 'qui']);
/** Words that refer back to a source named earlier: "the NGO", "l'ONG". */
const ANAPHORA = new Set(['ngo', 'ong', 'organisation', 'organization', 'observatory', 'observatoire', 'monitor', 'group', 'agency', 'source', 'sources', 'same']);
const MAX_SOURCE_TOKENS = 9;

function phraseAt(tokens: readonly WireToken[], index: number, phrases: readonly string[][]): number {
  for (const phrase of phrases) {
    if (phrase.every((word, offset) => tokens[index + offset]?.text === word)) return phrase.length;
  }
  return 0;
}

function isAllCaps(text: string, token: WireToken | undefined): boolean {
  if (token === undefined) return false;
  const raw = text.slice(token.start, token.end);
  return raw.length >= 2 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
}

/** "(OSDH)" right after a name. */
function bracketedAcronym(text: string, tokens: readonly WireToken[], index: number): Spanned<string> | null {
  if (tokens[index]?.text !== '(' || tokens[index + 2]?.text !== ')') return null;
  const inner = tokens[index + 1];
  const raw = text.slice(inner.start, inner.end);
  return /^[\p{Lu}][\p{Lu}\d&-]{1,9}$/u.test(raw) ? { value: raw, span: { start: inner.start, end: inner.end } } : null;
}

const ACRONYM_LOOKAHEAD = 12;
/** What carries a source's figures: "according to a toll from the ministry", "selon un bilan de la préfecture". */
const CARRIERS = new Set([
  'toll', 'tally', 'count', 'statement', 'report', 'figures', 'figure', 'estimate', 'estimates', 'data', 'bilan',
  'communiqué', 'rapport', 'décompte', 'chiffres', 'estimation', 'estimations', 'source', 'sources', 'provisional',
  'provisoire', 'preliminary', 'latest', 'new', 'nouveau', 'dernier', 'premier', 'first', 'official', 'officiel',
  'balance', 'sheet', 'death', 'updated', 'revised', 'earlier', 'previous', 'précédent', 'last', 'final', 'current',
]);
const CARRIER_LINKS = new Set([
  'of', 'from', 'by', 'de', 'du', 'des', "d'", 'issued', 'released', 'given', 'close', 'to', 'proche', 'proches', 'within',
  'au', 'sein', 'par', 'published', 'provided', 'compiled', 'publié', 'publiée', 'diffusé', 'diffusée', 'établi', 'fourni',
]);
/** When a carrier was given, between it and who gave it: "un bilan communiqué lundi par les autorités". */
const CARRIER_TIMES = new Set([...WEEKDAYS, 'soir', 'matin', 'hier', 'on']);
/** Skipped after "a annoncé": "a annoncé mardi les pompiers", "said on Thursday the ministry". */
const AFTER_VERB = new Set([
  ...WEEKDAYS, 'soir', 'matin', 'midi', 'après-midi', 'aussi', 'également', 'encore', 'hier', "aujourd'hui", 'on',
  'late', 'early', 'also', 'dans', 'un', 'communiqué', 'in', 'a', 'statement',
]);

/** Past "un bilan du", "a statement from the": where the name starts ("UN figures" is no article: the UN's). */
function skipCarrier(text: string, tokens: readonly WireToken[], index: number): number {
  let position = index;
  while (ARTICLES.has(tokens[position]?.text ?? '') && !isAllCaps(text, tokens[position])) position += 1;
  const carrierStart = position;
  while (CARRIERS.has(tokens[position]?.text ?? '')) position += 1;
  if (position === carrierStart) return index;
  while (CARRIER_TIMES.has(tokens[position]?.text ?? '')) position += 1;
  if (!CARRIER_LINKS.has(tokens[position]?.text ?? '')) return index;
  while (CARRIER_LINKS.has(tokens[position]?.text ?? '') || ARTICLES.has(tokens[position]?.text ?? '')) position += 1;
  return position;
}

/** "the territory's Health Ministry": a place named only by a common noun is not part of the source's name. */
const GENERIC_PLACE_POSSESSIVE = /^(?:territory|country|city|region|province|state|nation|island|kingdom|enclave|strip|town|district|area|capital)['’]s$/u;

/** Past a leading generic place possessive, when a name follows it. */
function skipPlacePossessive(tokens: readonly WireToken[], first: number, limit: number): number {
  return first + 1 < limit && GENERIC_PLACE_POSSESSIVE.test(tokens[first]?.text ?? '') && tokens[first + 1].kind === 'word' ? first + 1 : first;
}

/** The source named from `index` on: its acronym when one follows in brackets, else the name without article. */
function nameFrom(text: string, tokens: readonly WireToken[], index: number, limit = tokens.length): Spanned<string> | null {
  let first = skipCarrier(text, tokens, index);
  // "the UN said": an article in capitals is a name ("UN", "LA").
  while (ARTICLES.has(tokens[first]?.text ?? '') && !isAllCaps(text, tokens[first])) first += 1;
  first = skipPlacePossessive(tokens, first, limit);
  if (first >= limit) return null;
  for (let position = first; position < limit && position < first + ACRONYM_LOOKAHEAD; position += 1) {
    const acronym = bracketedAcronym(text, tokens, position);
    if (acronym !== null) return acronym;
    if (tokens[position].kind !== 'word') break;
  }
  const start = tokens[first];
  if (start === undefined || start.kind !== 'word' || PRONOUNS.has(start.text)) return null;
  let last = first;
  // "Gaza health officials", "Syrian state media": a name that a common noun phrase goes on from.
  let commonTail = false;
  for (let position = first + 1; position < limit && position < first + MAX_SOURCE_TOKENS; position += 1) {
    const token = tokens[position];
    if (token.kind !== 'word') break;
    if (start.capitalised && !commonTail) {
      // A capitalised name: capitalised words and the small words between them ("Observatory for Human Rights"),
      // and the French adjectives after them ("la Protection civile", "la Croix-Rouge libanaise").
      if (token.capitalised || (last === position - 1 && NAME_ADJECTIVE.test(token.text))) last = position;
      else if (CONNECTORS.has(token.text) && (tokens[position + 1]?.capitalised ?? false)) continue;
      else if (last === position - 1 && !STOPS.has(token.text) && !CONNECTORS.has(token.text)) {
        commonTail = true;
        last = position;
      } else break;
    } else {
      // A common noun phrase: "the health ministry", "le ministère de la Santé", "les secours".
      if (STOPS.has(token.text)) break;
      last = position;
    }
  }
  // "according to UN figures": the name, not what carries its figures.
  while (commonTail && last > first && CARRIERS.has(tokens[last].text)) last -= 1;
  // "the NGO", "the same source", "la même source": a source named earlier, not a name; "the latest toll": none.
  const words = tokens.slice(first, last + 1);
  if (words.every((token) => ANAPHORA.has(token.text) || token.text === 'même')) return null;
  if (words.every((token) => CARRIERS.has(token.text))) return null;
  const span = { start: start.start, end: tokens[last].end };
  return { value: text.slice(span.start, span.end), span };
}

/** The name before "said": "Police said", "the health ministry said", "Rami Abdel Rahman, head of the OSDH, said". */
const AUXILIARIES = new Set(['were', 'was', 'is', 'are', 'been', 'being', 'be', 'have', 'has', 'had', 'ont', 'été', 'sont', 'est', 'étaient']);

function nameBefore(text: string, tokens: readonly WireToken[], verb: number): Spanned<string> | null {
  // "Six people were reported dead": a passive, not a source.
  if (AUXILIARIES.has(tokens[verb - 1]?.text ?? '')) return null;
  let first = verb;
  while (first > 0 && tokens[first - 1].kind === 'word' && verb - first < MAX_SOURCE_TOKENS) {
    const word = tokens[first - 1].text;
    if (STOPS.has(word) && !CONNECTORS.has(word)) break;
    first -= 1;
  }
  if (first === verb) {
    // "…, the OSDH said" after a closing bracket: "the Syrian Observatory for Human Rights (OSDH) said".
    if (tokens[verb - 1]?.text === ')' && tokens[verb - 3]?.text === '(') return bracketedAcronym(text, tokens, verb - 3);
    return null;
  }
  // Everything between the clause start and the verb: "the Afghan interior ministry", "Police Chief Brian Harvey".
  while (first < verb && ARTICLES.has(tokens[first].text) && !isAllCaps(text, tokens[first])) first += 1;
  while (first < verb && CONNECTORS.has(tokens[first].text)) first += 1;
  first = skipPlacePossessive(tokens, first, verb);
  if (first >= verb || PRONOUNS.has(tokens[first].text)) return null;
  const words = tokens.slice(first, verb);
  // "the statement said" names no one; "an official said" does ("official" is also a carrier: "the official toll").
  const speaks = words.length === 1 && words[0].text === 'official';
  if (!speaks && words.every((token) => ANAPHORA.has(token.text) || token.text === 'même' || CARRIERS.has(token.text))) return null;
  const span = { start: tokens[first].start, end: tokens[verb - 1].end };
  return { value: text.slice(span.start, span.end), span };
}

/** Past "à l'AFP", "to Reuters" after the verb ("ont indiqué à l'AFP des survivants"): the agency was told, it is no source. */
function skipToldAgency(text: string, tokens: readonly WireToken[], from: number): number {
  const to = tokens[from]?.text;
  if (to !== 'à' && to !== 'to') return from;
  const agency = tokens[from + 1]?.text === "l'" ? from + 2 : from + 1;
  const named = tokens[agency];
  const isAgency = named !== undefined && (isAllCaps(text, named) || named.text === 'reuters');
  return isAgency && tokens[agency + 1]?.kind === 'word' ? agency + 1 : from;
}

/** The first source named in the sentence, or null. */
export function readSource(text: string, sentence: Sentence): Spanned<string> | null {
  const tokens = sentence.tokens;
  for (let index = 0; index < tokens.length; index += 1) {
    const opener = phraseAt(tokens, index, OPENERS);
    if (opener > 0) {
      const name = nameFrom(text, tokens, index + opener);
      if (name !== null) return name;
    }
    const before = phraseAt(tokens, index, VERBS_BEFORE_SOURCE);
    if (before > 0 && (tokens[index - 1]?.text === ',' || index === 0 || tokens[index - 1]?.kind === 'mark')) {
      let from = index + before;
      while (from < index + before + 4 && AFTER_VERB.has(tokens[from]?.text ?? '') && tokens[from + 1]?.kind === 'word') from += 1;
      from = skipToldAgency(text, tokens, from);
      const name = nameFrom(text, tokens, from);
      if (name !== null && tokens[from]?.kind === 'word') return name;
    }
    const after = phraseAt(tokens, index, VERBS_AFTER_SOURCE);
    if (after > 0) {
      const name = nameBefore(text, tokens, index);
      if (name !== null) return name;
    }
  }
  return null;
}

/**
 * "according to the Observatory", "the monitor said", "selon l'Observatoire": a source named earlier with its
 * acronym ("Syrian Observatory for Human Rights (OSDH)") → that acronym; null when no earlier name has the word.
 */
export function readAnaphoricSource(sentence: Sentence, acronyms: ReadonlyMap<string, string>): Spanned<string> | null {
  const tokens = sentence.tokens;
  for (let index = 1; index < tokens.length; index += 1) {
    const word = tokens[index].text;
    if (!ANAPHORA.has(word) || !ARTICLES.has(tokens[index - 1].text)) continue;
    const opened = phraseAt(tokens, index - 3, OPENERS) === 2 || phraseAt(tokens, index - 2, OPENERS) === 1;
    const said = phraseAt(tokens, index + 1, VERBS_AFTER_SOURCE) > 0 || phraseAt(tokens, index - 3, VERBS_BEFORE_SOURCE) > 0 || phraseAt(tokens, index - 2, VERBS_BEFORE_SOURCE) > 0;
    if (!opened && !said) continue;
    for (const [name, acronym] of acronyms) {
      if (name.split(/[\s']+/u).includes(word)) return { value: acronym, span: { start: tokens[index].start, end: tokens[index].end } };
    }
  }
  return null;
}

/** "Syrian Observatory for Human Rights (OSDH)" anywhere in the copy: the long name → the acronym. */
export function readAcronyms(text: string): Map<string, string> {
  const names = new Map<string, string>();
  const pattern = /((?:\p{Lu}[\p{L}'-]*|of|for|de|des|du|pour|d'|l'|la|and|et|on)(?:[ ’'](?:\p{Lu}[\p{L}'-]*|of|for|de|des|du|pour|d'|l'|la|and|et|on|[\p{Ll}-]{2,20})){0,9}) \((\p{Lu}[\p{Lu}\d&-]{1,9})\)/gu;
  for (const match of text.slice(0, 200_000).matchAll(pattern)) {
    names.set(match[1].toLowerCase().replace(/^(?:the|le|la|les|l')\s*/u, ''), match[2]);
  }
  return names;
}
