import type { TagKind } from '../contract';
import { type CopyLine, TAG_HEADER, bulletText } from './layout';
import { ORGANISATION_NAMES, PLACE_NAMES } from './tag-vocabulary';
import type { TextSpan, WireTag } from './types';

export interface TagVocabularies {
  places?: readonly string[];
  organisations?: readonly string[];
}

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

/** Countries and regions → place; organisations and acronyms → organisation; anything else → subject. */
export function tagKind(name: string, places: ReadonlySet<string>, organisations: ReadonlySet<string>): TagKind {
  const key = vocabularyKey(name);
  if (places.has(key)) return 'place';
  if (organisations.has(key) || ACRONYM.test(name.trim())) return 'organisation';
  return 'subject';
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
  const places = keySet(PLACE_NAMES, vocabularies.places);
  const organisations = keySet(ORGANISATION_NAMES, vocabularies.organisations);
  const seen = new Set<string>();
  const tags: WireTag[] = [];
  for (const entry of lines.flatMap(tagEntries)) {
    const name = entry.text.replace(TRAILING_PUNCTUATION, '');
    const key = vocabularyKey(name);
    if (name.length === 0 || seen.has(key)) continue;
    seen.add(key);
    tags.push({ name, kind: tagKind(name, places, organisations), span: { start: entry.span.start, end: entry.span.start + name.length } });
  }
  return tags;
}
