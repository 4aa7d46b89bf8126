import type { TagKind } from '../contract';
import { type CopyLine, TAG_HEADER, bulletText } from './layout';
import { EVENT_NAMES, EVENT_PATTERN, ORGANISATION_NAMES, PLACE_NAMES } from './tag-vocabulary';
import type { TextSpan, WireTag } from './types';

export interface TagVocabularies {
  places?: readonly string[];
  organisations?: readonly string[];
  /** The copy's text (lower case, see matchText): a tag named with a title in it is a person. */
  copy?: string;
}

/** Titles before a person's name in agency copy: "President Vladimir Putin", "le président Emmanuel Macron". */
const PERSON_TITLES =
  "president|prime minister|minister|leader|counterpart|king|queen|pope|chancellor|general|gen\\.|spokesman|spokeswoman|secretary-general|secretary general|governor|mayor|senator|mr\\.?|mrs\\.?|ms\\.?|dr\\.?|président|présidente|premier ministre|ministre|chef|homologue|roi|reine|pape|chancelier|chancelière|général|porte-parole|secrétaire général|gouverneur|maire|sénateur|m\\.|mme";
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|al-\p{L}+|el-\p{L}+|bin|ben|de|da|di|van|von|der|le|la|al|el)$/u;
const MAX_NAME_WORDS = 4;

function escapeForPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** Words between a title and a surname that make it no name ("minister of Health"). */
const NOT_IN_NAMES = "(?!(?:of|the|for|and|de|du|des|et|pour)\\s)";

/**
 * Two to four capitalised words that the copy writes after a title ("Vladimir Putin" after "President"), or a
 * surname alone whose full name the copy writes after one ("Putin": "President Vladimir Putin").
 */
function isPerson(name: string, copy: string | undefined): boolean {
  const words = name.trim().split(/\s+/u);
  if (copy === undefined || words.length > MAX_NAME_WORDS || !words.every((word) => NAME_WORD.test(word)) || ACRONYM.test(name.trim())) return false;
  const firstNames = words.length === 1 ? `(?:${NOT_IN_NAMES}[\\p{L}-]{1,30} ){1,3}` : `(?:${NOT_IN_NAMES}[\\p{L}-]{1,30} ){0,2}`;
  const titled = new RegExp(`(?<![\\p{L}])(?:${PERSON_TITLES}) ${firstNames}${escapeForPattern(vocabularyKey(name))}(?![\\p{L}])`, 'u');
  return titled.test(copy.normalize('NFKD').replace(/\p{M}/gu, ''));
}

/** How much of the copy is searched for a tag's title (bounded work on 100 KB). */
const MAX_COPY_FOR_PEOPLE = 20_000;
const MAX_TAGS_CHECKED_FOR_PEOPLE = 30;
const ACRONYM = /^[\p{Lu}][\p{Lu}\d&.-]{1,7}$/u;
const TRAILING_PUNCTUATION = /[\s.,;:]+$/u;

function vocabularyKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2019\u2018]/gu, "'")
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}

function keySet(...lists: (readonly string[] | undefined)[]): ReadonlySet<string> {
  return new Set(lists.flatMap((list) => (list ?? []).map(vocabularyKey)));
}

const EVENTS = new Set(EVENT_NAMES.map(vocabularyKey));

/**
 * Countries and regions → place; events and organisations by name (the lists), then events by shape (`COP28`, `NATO
 * summit`), then acronyms → organisation; anything else → subject.
 */
export function tagKind(name: string, places: ReadonlySet<string>, organisations: ReadonlySet<string>): TagKind {
  const key = vocabularyKey(name);
  if (places.has(key)) return 'place';
  if (EVENTS.has(key)) return 'event';
  if (organisations.has(key)) return 'organisation';
  if (EVENT_PATTERN.test(name.trim())) return 'event';
  return ACRONYM.test(name.trim()) ? 'organisation' : 'subject';
}

function tagEntries(line: CopyLine): { text: string; span: TextSpan }[] {
  const bullet = bulletText(line);
  if (bullet !== null) return [bullet];
  const header = TAG_HEADER.exec(line.text);
  // A plain keyword line of a closing block ("Nepal").
  if (header === null) return [{ text: line.text, span: line.span }];
  const listStart = line.span.start + line.text.length - header[1].length;
  const entries: { text: string; span: TextSpan }[] = [];
  let offset = 0;
  for (const part of header[1].split(/[,;]/u)) {
    const lead = part.length - part.trimStart().length;
    const text = part.trim();
    if (text.length > 0) entries.push({ text, span: { start: listStart + offset + lead, end: listStart + offset + lead + text.length } });
    offset += part.length + 1;
  }
  return entries;
}

export function readTags(lines: readonly CopyLine[], vocabularies: TagVocabularies = {}): WireTag[] {
  const copy = vocabularies.copy?.slice(0, MAX_COPY_FOR_PEOPLE);
  const places = keySet(PLACE_NAMES, vocabularies.places);
  const organisations = keySet(ORGANISATION_NAMES, vocabularies.organisations);
  const seen = new Set<string>();
  const tags: WireTag[] = [];
  for (const entry of lines.flatMap(tagEntries)) {
    const name = entry.text.replace(TRAILING_PUNCTUATION, '');
    const key = vocabularyKey(name);
    if (name.length === 0 || seen.has(key)) continue;
    seen.add(key);
    const kind = tagKind(name, places, organisations);
    const person = kind === 'subject' && tags.length < MAX_TAGS_CHECKED_FOR_PEOPLE && isPerson(name, copy);
    tags.push({ name, kind: person ? 'person' : kind, span: { start: entry.span.start, end: entry.span.start + name.length } });
  }
  return tags;
}
