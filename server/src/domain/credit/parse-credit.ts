/**
 * Photo-credit parser for wire-agency credit lines (`Ahmad al-ATRASH / AFP / TURKEY OUT`). Pure: no Strapi import.
 *
 * Before cutting, URLs, UPI's `| License Photo`, picture ids (`epa07766541`) and control characters go, and a slash
 * lost after `AP Photo` (`AP PhotoEvan Vucci`) comes back. The line is cut into segments on `/ \ | ; ( ) [ ]`, on
 * dashes with spaces around them, and on em/en dashes and runs of dashes even without (`Name—Getty Images`,
 * `---EDITORS NOTE---`); `EPA-EFE` and `al-ATRASH` stay whole, text inside double quotes is never cut, and the dash
 * after `ATTENTION EDITORS` belongs to the note. Each segment, in order:
 * - Restriction: `... OUT`, `NO ...`, `... ONLY`, `MANDATORY CREDIT ...`, `RESTRICTED TO EDITORIAL USE` (also inside
 *   `== … ==`), and editor notes (`ATTENTION EDITORS: GRAPHIC CONTENT`, `BEST QUALITY AVAILABLE`,
 *   `TPX IMAGES OF THE DAY`, `THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY`), upper case except a few fixed
 *   phrases; `NO RESALES. NO ARCHIVES` gives two, a note gives one per sentence. A segment may end in restrictions
 *   (`REUTERS/Stringer ATTENTION EDITORS - …`). The credit quoted in `MANDATORY CREDIT "AFP PHOTO / SANA"` is
 *   credited too.
 * - Otherwise commas separate parties (`Evan Vucci, File`), and so does a full stop before a known agency
 *   (`Thomas Samson. AFP`). Leading `Photo:`, `Photo by`, `Photo` (French `Photo Thomas SAMSON`), `Photograph:`,
 *   `Credit…`, `Crédit photo :`, `Image copyright`, `Image source,`, `©`, `Courtesy of` go.
 *   `X via Y`: both are credited, and Y (the distributor) is always an agency.
 *   `X for Y`: Y is the client or event (`Getty Images for Tribeca`), dropped unless it is a known agency or, after a
 *   person, a publication (`Lynsey Addario for The New York Times`: on assignment, the paper holds the rights); only
 *   after an agency or a person (`Syrian Observatory for Human Rights` is one name). `File:`, `Photo illustration by`,
 *   `Satellite image` go too.
 * - Markers, credited to nobody and kept only in `raw`: `STR`/`STRINGER`/`Staff` (unnamed photographer),
 *   `HANDOUT`/`HO` (its source is the next segment, an organisation even in capitals: `HANDOUT / WHITE HELMETS`),
 *   `File`/`FILE PHOTO`, generic sources (`[Photo/Agencies]`), a lone `-`.
 * - Agency: a known agency (case-insensitive, output in the list's casing) or another name of one
 *   (`AGENCY_ALIASES`: `Associated Press` → `AP`, `Anadolu Agency` → `Anadolu`, `GettyImages` → `Getty Images`,
 *   `Syrian Arab News Agency` → `SANA`),
 *   also with a `PHOTO`/`Pictures`/`TV` suffix (`AFP PHOTO`, `AP Photo`); a hyphenated pair of known agencies
 *   (`EPA-EFE`); any one-word segment (`NEWSIMAGE`, `Kremlin`: one-word credits are organisations far more often
 *   than people, except a pseudonym right after `AP Photo/`); a segment with an organisation word
 *   (`Turkish Presidency`, `SOPA Images`, `WHITE HELMETS`), starting `The X`, or an article and one word
 *   (`Le Parisien`, `Der Spiegel`); one word and `Photo` (`UN Photo`). `Pool` is in the default
 *   list, so `POOL / AFP` credits agencies Pool and AFP; `Kremlin Pool Photo` credits Kremlin and Pool.
 * - Photographer: any other segment that reads as a person's name, in any casing (`OMAR HAJ KADOUR`,
 *   `ahmad al-atrash`), and right before a known agency also as mistyped (`Delil souleiman / AFP`); `John Doe and
 *   Jane Roe` gives two. Prose (`Courtesy of the family`, `Screen grab / AFP`) is dropped.
 * - An editor note's sentence that is a known agency credits it (`… PROVIDED BY A THIRD PARTY. REUTERS/Stringer`).
 * Every pattern is linear in the length of the line (no nested quantifiers), so a long junk line returns quickly.
 */
import type { PhotoCredit } from '../contract';
import { AGENCY_ALIASES, DEFAULT_AGENCIES } from './agencies';

export { AGENCY_ALIASES, DEFAULT_AGENCIES };

export interface ParseCreditOptions {
  /** Replaces `DEFAULT_AGENCIES` when given. */
  knownAgencies?: readonly string[];
}

type KnownAgencies = ReadonlyMap<string, string>;

interface OrderedNames {
  readonly seen: Set<string>;
  readonly values: string[];
}

interface Collector {
  readonly known: KnownAgencies;
  readonly photographers: OrderedNames;
  readonly agencies: OrderedNames;
  readonly restrictions: OrderedNames;
}

// ---- Vocabulary ------------------------------------------------------------------------------

const SEPARATORS = new Set(['/', '\\', '|', ';', '(', ')', '[', ']', '•']);
const DASHES = new Set(['-', '–', '—']);
const QUOTE_PAIRS: ReadonlyMap<string, string> = new Map([
  ['"', '"'],
  ['“', '”'],
  ['«', '»'],
]);

/** Credited to nobody: unnamed photographers, handout and file markers, placeholders. */
const MARKERS = new Set([
  'str',
  'stringer',
  'staff',
  'staff photographer',
  'contributor',
  'handout',
  'handout photo',
  'handout picture',
  'ho',
  'file',
  'files',
  'file photo',
  'file picture',
  'photo',
  'photos',
  'courtesy',
  'exclusive',
  'unknown',
  'unavailable',
  'not available',
  'none',
  'anonymous',
  'uncredited',
  'no credit',
  'various',
  'various sources',
  'social media',
  'screenshot',
  'screengrab',
  'screen grab',
  'video grab',
  'videograb',
  "capture d'écran",
  'capture d’écran',
  'capture vidéo',
  'image vidéo',
  'images vidéo',
  'réseaux sociaux',
  // The platform a grab comes from (`Screengrab/X/@IDF`), one letter that names nobody.
  'x',
  'n.a.',
  'na',
  // Generic sources (`[Photo/Agencies]` on Chinese dailies): nobody in particular.
  'agencies',
  'agency',
  'agences',
  'wires',
  'wire services',
  'news agencies',
  'internet',
  'web',
  'archives',
  'archive',
  'archivo',
  'archivio',
  'archiv',
  'archivbild',
  'foto de archivo',
  'illustration',
  'photo illustration',
  'license photo',
  // French `DR` / `Droits réservés`: rights reserved, author unknown.
  'dr',
  'd.r.',
  'd.r',
  'droits réservés',
  'tous droits réservés',
  'all rights reserved',
]);

/** Suffixes dropped from a known agency's name: `AFP PHOTO`, `AP Photo`, `REUTERS TV`. */
const AGENCY_SUFFIX = /\s+(?:photos?|fotos?|pictures?|images|tv|video|files?)$/i;

/** Words that make a multi-word segment an organisation rather than a person. */
const ORGANISATION_WORDS = new Set([
  'agency',
  'agence',
  'agencia',
  'agência',
  'agentur',
  'agenzia',
  'news',
  'press',
  'presse',
  'prensa',
  'images',
  'imagery',
  'pictures',
  'photos',
  'foto',
  'fotos',
  'media',
  'wire',
  'syndication',
  'collection',
  'archive',
  'archives',
  'library',
  'museum',
  'commons',
  'studio',
  'studios',
  'network',
  'television',
  'tv',
  'channel',
  'newspaper',
  'magazine',
  'gazette',
  'journal',
  'tribune',
  'herald',
  'service',
  'services',
  'office',
  'ministry',
  'presidency',
  'presidential',
  'government',
  'kremlin',
  'palace',
  'embassy',
  'army',
  'navy',
  'forces',
  'military',
  'police',
  'command',
  'defence',
  'defense',
  'authority',
  'department',
  'council',
  'committee',
  'foundation',
  'university',
  'association',
  'organisation',
  'organization',
  'group',
  'company',
  'corporation',
  'corp',
  'inc',
  'ltd',
  'llc',
  'helmets',
  'crescent',
  'observatory',
  'monitor',
  'commission',
  'parliament',
  'senate',
  'party',
  'movement',
  'coalition',
  'federation',
  'union',
  'brigades',
  'hospital',
  'technologies',
  'labs',
  'satellite',
  'spokesperson',
  'unit',
  'center',
  'centre',
  'daily',
  'weekly',
  'times',
  'municipality',
  'governorate',
  'nations',
]);

/** Words that never occur in a person's name on a credit line. */
const PROSE_WORDS = new Set([
  'the',
  'of',
  'by',
  'for',
  'from',
  'with',
  'via',
  'photo',
  'photograph',
  'picture',
  'credit',
  'credits',
  'courtesy',
  'copyright',
  'rights',
  'reserved',
  'unavailable',
  'unknown',
  'provided',
  'supplied',
  'handout',
  'screenshot',
]);

/** Lower-case name particles allowed in a mixed-case name (`Ahmad al-ATRASH`, `Remko de Waal`). */
const NAME_PARTICLES = new Set([
  'al',
  'el',
  'al-',
  'abu',
  'bin',
  'bint',
  'ibn',
  'ben',
  'de',
  'da',
  'di',
  'du',
  'do',
  'dos',
  'das',
  'des',
  'del',
  'della',
  'la',
  'le',
  'van',
  'von',
  'der',
  'den',
  'ter',
  'ten',
  'zu',
  'y',
  'e',
  'af',
  'av',
  'op',
  'd',
  'l',
]);

const CREDIT_PREFIXES: readonly RegExp[] = [
  /^(?:image|photo|picture)\s+(?:copyright|source|credit)\b\s*[:,]?/i,
  /^cr[ée]dits?\s+photos?\b\s*:?/i,
  /^photo\s+d['’](?:archives?|illustration)\b\s*:?/i,
  /^(?:photo(?:graph)?s?|pictures?|images?|fotos?|bild|cr[eé]dits?)\s*(?:by\b|:|\.{2,}|…)/i,
  // `Ph. Giuseppe Lami`: the abbreviation of photo.
  /^ph\.\s*(?=\p{Lu})/iu,
  /^satellite\s+(?:image|photo|picture)s?\b/i,
  /^(?:photo\s+)?illustration\s*(?:by\b|:)/i,
  /^(?:file(?:\s+photo)?|archives?)\s*:/i,
  // French `Archives AFP`: the agency's file picture.
  /^(?:[Aa]rchives?|ARCHIVES?)\s+(?=\p{Lu})/u,
  // `[Photo by Zhang Wei/For China Daily]`: the photographer works for the daily, credited as the agency.
  /^for\s+(?=\p{Lu})/iu,
  /^(?:photo\s+|image\s+|picture\s+)?courtesy(?:\s+of)?\b/i,
  // `Handout photo released by the Ukrainian Presidential Press Service`: the organisation that released it.
  /^(?:handout\s+)?(?:(?:photo|picture|image|video\s+grab)\s+)?(?:released|provided|distributed|issued|supplied|handed\s+out|made\s+available)\s+by\s+/i,
  /^(?:©|copyright\b)/i,
  /^by\s+/i,
  // French `Par Thomas SAMSON (AFP)`.
  /^par\s+(?=\p{Lu})/iu,
  // French `Photo Christophe ARCHAMBAULT / AFP`, `PHOTO AFP`: the word alone before a capitalised credit.
  /^(?:[Pp]hotos?|PHOTOS?|[Ff]otos?|FOTOS?)\s+(?=\p{Lu})/u,
];
const YEAR_AT_EDGE = /^(?:19|20)\d{2}\s+|\s+(?:19|20)\d{2}$/g;
const POOL_PREFIX = /^pool\s+(?:photo\s+)?(?:by\b|:)/i;

const RESTRICTED_USES = [
  'sales?',
  'resales?',
  'archives?',
  'archiving',
  'archival',
  'commercial',
  'marketing',
  'advertising',
  'third[\\s-]party',
  'books?',
  'magazines?',
  'tv',
  'internet',
  'use',
].join('|');
const RESTRICTION_PHRASES: readonly RegExp[] = [
  new RegExp(`^(?:no|not\\s+for)\\s+(?:${RESTRICTED_USES})\\b`, 'i'),
  /^(?:for\s+)?editorial\s+(?:use\s+)?only$/i,
  /^restricted\s+to\s+editorial\s+use\b/i,
  /^(?:mandatory\s+credit|credit\s+mandatory)\b/i,
  /^embargo(?:ed)?\b/i,
  /^attention\s+editors?\b/i,
  /^editors?['’]?\s+note\b/i,
  /^best\s+quality\s+available$/i,
  /^(?:warning:?\s+)?graphic\s+content\b/i,
  // A Creative Commons licence (`Wikimedia Commons / CC BY-SA 4.0`): its terms bind whoever reuses the picture.
  /^(?:CC[\s-]?(?:BY(?:[\s-](?:SA|ND|NC))*|0)(?:\s+\d(?:\.\d)?)?|public\s+domain)$/i,
];
const UPPER_CASE_RESTRICTIONS: readonly RegExp[] = [
  /^(?:NO|NOT)\s/,
  /^(?:EDITORIAL|RESTRICTED|MANDATORY|ATTENTION|STRICTLY|DISTRIBUTED|THIS IMAGE)\b/,
  /^EMBARGO/,
  /\sONLY$/,
  /^(?:TPX IMAGES OF THE DAY|WARNING\b|SEARCH\s|PICTURE\s+(?:TAKEN|SUPPLIED|OBTAINED)\b|EDITORS?['’]? NOTE)/,
];
/** Editor notes (`ATTENTION EDITORS - …`): whole sentences, kept as written, each one restriction. */
const EDITOR_NOTE = /^(?:attention\s+editors?|editors?['’]?\s+note|this\s+(?:image|picture|handout)|warning)\b/i;
/**
 * Where restrictions start inside a segment with a credit before them (`REUTERS/Stringer ATTENTION EDITORS …`,
 * `Mohammed Salem TPX IMAGES OF THE DAY`): upper case only, after a space. Each alternative is a fixed phrase,
 * so the search stays linear.
 */
const RESTRICTION_TAIL =
  /\s(?=(?:ATTENTION EDITORS?|EDITORS?['’]? NOTE|THIS (?:IMAGE|PICTURE|HANDOUT)|BEST QUALITY AVAILABLE|GRAPHIC CONTENT|TPX IMAGES|WARNING:|SEARCH "|MANDATORY CREDIT|EDITORIAL USE|FOR EDITORIAL|RESTRICTED TO|NO (?:RESALES?|SALES?|ARCHIVES?|COMMERCIAL|MARKETING|ADVERTISING|THIRD|USE|BOOKS?|MAGAZINES?))\b)/;
/** A spaced dash right after these words belongs to the note (`ATTENTION EDITORS - VISUAL COVERAGE …`). */
const NOTE_LEAD_IN = /(?:ATTENTION EDITORS?|EDITORS?['’]? NOTE)\s*$/i;
const MANDATORY_QUOTED_CREDIT = /mandatory\s+credit\s*:?\s*["“«]([^"”»]+)["”»]/i;
const HANDOUT_MARKER = /^(?:handout|ho)\b/i;
/** An editor note inside a restriction segment (`… TO CLIENTS THIS PICTURE WAS MADE AVAILABLE …`) starts anew. */
const NOTE_INSIDE = /\s(?=(?:ATTENTION EDITORS?|EDITORS?['’]? NOTE|THIS (?:IMAGE|PICTURE|HANDOUT))\b)/;
/**
 * An article and one capitalised word: a publication (`Le Parisien`, `El País`, `Der Spiegel`). `Le Thanh Hai`
 * (three words) stays a person.
 */
const PUBLICATION_ARTICLE = /^(?:Le|La|Les|El|Die|Der|Das|Il|Lo)\s+\p{Lu}\S*$/u;
const COUNTRY_OUT = /^\p{Lu}[\p{L}.'’&-]*(?:,?\s+(?:\p{Lu}|&)[\p{L}.'’&-]*){0,5}\s+(?:OUT|Out|out)$/u;
const RESTRICTION_BREAKS = /[.,]\s+|(?<=\bOUT)\s+(?=\S)/;

// ---- Small text helpers ----------------------------------------------------------------------

function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Start index of the code point that ends at `end` (two code units for a surrogate pair). */
function codePointStartBefore(text: string, end: number): number {
  const isLow = /[\uDC00-\uDFFF]/.test(text[end - 1]);
  return isLow && end >= 2 && /[\uD800-\uDBFF]/.test(text[end - 2]) ? end - 2 : end - 1;
}

/** Drops trailing code points matching `junk`; a loop, since `/[...]+$/` is quadratic on long runs. */
function trimTrailing(text: string, junk: RegExp): string {
  let end = text.length;
  while (end > 0) {
    const start = codePointStartBefore(text, end);
    if (!junk.test(text.slice(start, end))) break;
    end = start;
  }
  return text.slice(0, end);
}

function stripTrailingDots(text: string): string {
  return trimTrailing(text, /^[.,]$/);
}

/** Trims separators, dashes and stray symbols (emoji, bullets) from both ends, keeping `©` and `Jr.`. */
function cleanEdges(text: string): string {
  return trimTrailing(text.replace(/^[^\p{L}\p{N}©"“«@]+/u, ''), /^[^\p{L}\p{N}.'’"”»]$/u);
}

function hasLetter(text: string): boolean {
  return /\p{L}/u.test(text);
}

function hasLowerCase(text: string): boolean {
  return /\p{Ll}/u.test(text);
}

function hasUpperCase(text: string): boolean {
  return /\p{Lu}/u.test(text);
}

function agencyKey(name: string): string {
  return stripTrailingDots(collapseWhitespace(name)).toLowerCase();
}

function words(text: string): string[] {
  return text.split(' ').filter((word) => word.length > 0);
}

// ---- Collecting ------------------------------------------------------------------------------

function orderedNames(): OrderedNames {
  return { seen: new Set(), values: [] };
}

function addName(target: OrderedNames, name: string): void {
  const key = name.toLowerCase();
  if (name.length === 0 || target.seen.has(key)) return;
  target.seen.add(key);
  target.values.push(name);
}

function buildKnownAgencies(list: readonly unknown[]): KnownAgencies {
  const known = new Map<string, string>();
  for (const entry of list) {
    if (typeof entry !== 'string') continue;
    const canonical = collapseWhitespace(entry);
    const key = agencyKey(canonical);
    if (key.length > 0 && !known.has(key)) known.set(key, canonical);
  }
  return known;
}

function knownAgency(collector: Collector, text: string): string | undefined {
  const key = agencyKey(text);
  return collector.known.get(key) ?? AGENCY_ALIASES.get(key);
}

function addAgency(collector: Collector, name: string): void {
  addName(collector.agencies, knownAgency(collector, name) ?? name);
}

// ---- Segmenting ------------------------------------------------------------------------------

/** End of the run of dashes starting at `index`, and whether the run stands alone between spaces. */
function dashRun(text: string, index: number): { end: number; spaced: boolean } {
  let end = index;
  while (end < text.length && DASHES.has(text[end])) end += 1;
  const spacedBefore = index === 0 || text[index - 1] === ' ';
  const spacedAfter = end === text.length || text[end] === ' ';
  return { end, spaced: spacedBefore && spacedAfter };
}

/** Index of the quote closing the one opened at `index`, or -1; `unclosed` caches misses to stay linear. */
function closingQuoteIndex(text: string, index: number, unclosed: Set<string>): number {
  const closing = QUOTE_PAIRS.get(text[index]);
  if (closing === undefined || unclosed.has(closing)) return -1;
  const found = text.indexOf(closing, index + 1);
  if (found < 0) unclosed.add(closing);
  return found;
}

function splitSegments(text: string): string[] {
  const segments: string[] = [];
  const unclosed = new Set<string>();
  let current = '';
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    const quoteEnd = closingQuoteIndex(text, index, unclosed);
    if (quoteEnd > index) {
      current += text.slice(index, quoteEnd + 1);
      index = quoteEnd + 1;
    } else if (SEPARATORS.has(char)) {
      segments.push(current);
      current = '';
      index += 1;
    } else if (DASHES.has(char)) {
      const run = dashRun(text, index);
      // `Name—Getty Images`, `---EDITORS NOTE---`: an em or en dash or a run separates even without spaces.
      const typographic = run.end - index > 1 || /[–—]/.test(text.slice(index, run.end));
      if ((run.spaced || typographic) && !(run.spaced && NOTE_LEAD_IN.test(current))) {
        segments.push(current);
        current = '';
      } else {
        current += text.slice(index, run.end);
      }
      index = run.end;
    } else {
      current += char;
      index += 1;
    }
  }
  segments.push(current);
  return segments.map(cleanEdges).filter(hasLetter);
}

// ---- Restrictions ----------------------------------------------------------------------------

function isRestriction(text: string): boolean {
  if (RESTRICTION_PHRASES.some((phrase) => phrase.test(text))) return true;
  if (COUNTRY_OUT.test(text)) return true;
  return !hasLowerCase(text) && UPPER_CASE_RESTRICTIONS.some((pattern) => pattern.test(text));
}

/** A restriction as written, without the full stops and separators around it. */
function cleanRestriction(text: string): string {
  return trimTrailing(cleanEdges(text), /^[^\p{L}\p{N}"”»]$/u);
}

/** The sentences of an editor note, each kept as written (`… A THIRD PARTY. REUTERS IS UNABLE …` gives two). */
function noteSentences(note: string): string[] {
  return note
    .split(/(?<=\.)\s+/)
    .map(cleanRestriction)
    .filter(hasLetter);
}

/** Restrictions in a segment (`NO RESALES. NO ARCHIVES` gives two), or none when it is not a restriction. */
function restrictionsIn(segment: string): string[] {
  const whole = cleanRestriction(segment);
  if (EDITOR_NOTE.test(whole)) return noteSentences(whole);
  const note = NOTE_INSIDE.exec(whole);
  if (note !== null) {
    const before = restrictionsIn(whole.slice(0, note.index));
    if (before.length > 0) return [...before, ...noteSentences(whole.slice(note.index + 1))];
  }
  const parts = whole
    .split(RESTRICTION_BREAKS)
    .map(cleanRestriction)
    .filter((part) => part.length > 0);
  if (parts.length > 1 && parts.every(isRestriction)) return parts;
  return isRestriction(whole) ? [whole] : [];
}

// ---- Credits ---------------------------------------------------------------------------------

function stripCreditPrefixes(text: string): string {
  let current = text;
  for (let round = 0; round < 4; round += 1) {
    const prefix = CREDIT_PREFIXES.find((candidate) => candidate.test(current));
    if (prefix === undefined) break;
    current = cleanEdges(current.replace(prefix, ''));
  }
  return current;
}

function isMarker(text: string): boolean {
  return MARKERS.has(text.toLowerCase());
}

/** A regional desk after an agency's name, in any casing: `SIPA USA`, `EPA Europe`. */
const AGENCY_DESK = /^(?:usa|us|uk|asia|europe|africa|america|france|international|live|online)$/i;

/** Organisations whose words are also surnames (`Lauren House`), matched as whole phrases. */
const ORGANISATION_PHRASES = /\b(?:white house|red cross|downing street|civil defen[cs]e)\b/i;

function hasOrganisationWord(text: string): boolean {
  if (ORGANISATION_PHRASES.test(text)) return true;
  return words(text.toLowerCase()).some((word) => ORGANISATION_WORDS.has(stripTrailingDots(word).replace(/['’]s$/, '')));
}

/**
 * Whether a mixed-case segment opens with a known agency written exactly as listed (`Sipa USA`).
 * Exact casing keeps `Sana Ahmed` a person although `SANA` is an agency.
 */
function startsWithAgencyName(collector: Collector, text: string): boolean {
  const [first = '', ...rest] = words(text);
  if (rest.length === 1 && AGENCY_DESK.test(rest[0]) && knownAgency(collector, first) !== undefined) return true;
  return hasLowerCase(text) && hasUpperCase(text) && knownAgency(collector, first) === first;
}

/** Known agencies named by a hyphenated pair (`EPA-EFE`), or none unless every part is known. */
function hyphenatedAgencies(collector: Collector, text: string): string[] {
  if (text.includes(' ') || !text.includes('-')) return [];
  const parts = text.split('-').map((part) => knownAgency(collector, part));
  return parts.every((part): part is string => part !== undefined) ? parts : [];
}

function isNameWord(word: string, checkCapitals: boolean): boolean {
  if (!/^["“]?[\p{L}\p{M}][\p{L}\p{M}'’.”"-]*$/u.test(word)) return false;
  if (PROSE_WORDS.has(stripTrailingDots(word.toLowerCase()))) return false;
  if (!checkCapitals || /^["“]?\p{Lu}/u.test(word)) return true;
  const particle = word
    .split(/(?<=[-'’])/)[0]
    .toLowerCase()
    .replace(/[-'’]$/, '');
  return NAME_PARTICLES.has(particle);
}

function isPersonName(text: string): boolean {
  const nameWords = words(text);
  const mixedCase = hasLowerCase(text) && hasUpperCase(text);
  return nameWords.length > 0 && nameWords.length <= 7 && nameWords.every((word) => isNameWord(word, mixedCase));
}

/** Lower-case words that describe a picture rather than name its author (`Screen grab / AFP`, `Social media / AFP`). */
const DESCRIPTIVE_WORDS = new Set([
  'screen', 'grab', 'screengrab', 'video', 'social', 'media', 'footage', 'archive', 'archives', 'illustration', 'image',
  'images', 'still', 'frame', 'family', 'file', 'files', 'pictures', 'pool', 'staff', 'photos', 'drone', 'satellite',
]);

/**
 * A name as credit lines mistype it, a capitalised first word then lower-case ones (`Delil souleiman`): read only
 * where a photographer stands, right before a known agency, and never a phrase describing the picture.
 */
function isMistypedName(text: string): boolean {
  const [first = '', ...rest] = words(text);
  return rest.length > 0 && rest.length <= 3 && /^\p{Lu}\p{Ll}+$/u.test(first) &&
    [first, ...rest].every((word) => isNameWord(word, false) && !DESCRIPTIVE_WORDS.has(word.toLowerCase())) &&
    !hasOrganisationWord(text);
}

/** People named in a segment (`John Doe and Jane Roe` gives two), or none when any part is not a name. */
function personNames(text: string): string[] {
  const names = text.split(/\s+(?:and|&)\s+/i);
  return names.every(isPersonName) ? names : [];
}

/** A known agency, also with a `PHOTO`/`Pictures`/`TV` suffix (`AFP PHOTO`), in the list's casing. */
function knownAgencyOrSuffixed(collector: Collector, text: string): string | undefined {
  return knownAgency(collector, text) ?? knownAgency(collector, text.replace(AGENCY_SUFFIX, ''));
}

/** Agencies named by a segment when it reads as an organisation (see the header), else none. */
function agencyNames(collector: Collector, text: string, distributor: boolean): string[] {
  const known = knownAgencyOrSuffixed(collector, text);
  if (known !== undefined) return [known];
  const pair = hyphenatedAgencies(collector, text);
  if (pair.length > 0) return pair;
  // `UN Photo`, `NASA PHOTO`: one word and a photo suffix is that organisation.
  const photoSuffixed = /^(\S+)\s+(?:photo|foto)$/i.exec(text);
  if (photoSuffixed !== null && !isMarker(photoSuffixed[1]) && !PROSE_WORDS.has(photoSuffixed[1].toLowerCase())) {
    return [photoSuffixed[1]];
  }
  // Other unknown names keep their suffix: `Dia Images` is an agency's whole name.
  if (distributor && hasUpperCase(text)) return [text];
  if (!text.includes(' ')) return text.length > 1 ? [text] : [];
  const organisation =
    hasOrganisationWord(text) ||
    /^The\s+\p{Lu}/u.test(text) ||
    PUBLICATION_ARTICLE.test(text) ||
    startsWithAgencyName(collector, text);
  return organisation ? [text] : [];
}

/** `Kremlin Pool Photo` → `Kremlin`; undefined unless the segment ends in a pool credit after other words. */
function withoutPoolSuffix(text: string): string | undefined {
  const parts = words(text);
  let end = parts.length;
  let pooled = false;
  while (end > 1 && /^(?:pool|photos?)$/i.test(parts[end - 1])) {
    pooled = pooled || /^pool$/i.test(parts[end - 1]);
    end -= 1;
  }
  return pooled ? parts.slice(0, end).join(' ') : undefined;
}

/**
 * How a segment's neighbours read it: `distributor` after `via`; `handoutSource` next to a `HANDOUT` marker, where
 * a name is the organisation that handed the picture out (`HANDOUT / WHITE HELMETS / AFP`), not a photographer.
 */
interface PartContext {
  distributor: boolean;
  handoutSource: boolean;
  /** Right after `AP Photo/`, where a capitalised single word is a photographer's pseudonym (`AP Photo/Libkos`). */
  photographerSlot: boolean;
  /** The only party of a segment followed by a known agency's (`Delil souleiman / AFP`): the photographer's place. */
  beforeAgency: boolean;
}

/** Credits one name: as agencies, else as photographers, else (prose, markers) not at all. */
function classifyName(collector: Collector, text: string, context: PartContext): void {
  if (!hasLetter(text) || isMarker(text) || text.startsWith('@')) return;
  const pooled = withoutPoolSuffix(text);
  if (pooled !== undefined && knownAgency(collector, text) === undefined) {
    classifyName(collector, pooled, context);
    addAgency(collector, 'Pool');
    return;
  }
  if (context.photographerSlot && /^\p{Lu}\p{Ll}+$/u.test(text) && knownAgency(collector, text) === undefined) {
    addName(collector.photographers, text);
    return;
  }
  const agencies = agencyNames(collector, text, context.distributor);
  const people = agencies.length > 0 ? [] : personNames(text);
  if (agencies.length === 0 && people.length === 0 && context.beforeAgency && isMistypedName(text)) {
    addName(collector.photographers, text);
    return;
  }
  if (agencies.length > 0) {
    // `Photo courtesy of the Syrian Civil Defence`: a lower-case article is not part of the name (`The Times` is).
    agencies.forEach((agency) => addAgency(collector, agency.replace(/^the\s+/, '')));
  } else if (context.handoutSource && people.length === 1) {
    addAgency(collector, text);
  } else {
    people.forEach((name) => addName(collector.photographers, name));
  }
}

/** One credited party, possibly introduced (`Photo by`, `Pool photo by`) or qualified (`... for Tribeca`). */
function addCreditPart(collector: Collector, part: string, context: PartContext): void {
  let text = stripCreditPrefixes(cleanEdges(part)).replace(YEAR_AT_EDGE, '');
  if (POOL_PREFIX.test(text)) {
    addAgency(collector, 'Pool');
    text = stripCreditPrefixes(cleanEdges(text.replace(POOL_PREFIX, '')));
  }
  const forClause = /\s+for\s+/i.exec(text);
  const before = forClause === null ? '' : cleanEdges(text.slice(0, forClause.index));
  // `Syrian Observatory for Human Rights` is one name: `for` only introduces a client after an agency or a person.
  const person = personNames(before).length > 0 && !hasOrganisationWord(before);
  if (forClause === null || (knownAgency(collector, before) === undefined && !person)) {
    classifyName(collector, text, context);
    return;
  }
  classifyName(collector, before, context);
  const client = cleanEdges(text.slice(forClause.index + forClause[0].length));
  const agency = knownAgencyOrSuffixed(collector, client);
  // A photographer on assignment for a publication (`Lynsey Addario for The New York Times`): it holds the rights.
  if (agency !== undefined) addAgency(collector, agency);
  else if (person && (/^The\s+\p{Lu}/u.test(client) || PUBLICATION_ARTICLE.test(client))) addAgency(collector, client);
}

/** The credit quoted in a `MANDATORY CREDIT "AFP PHOTO / SANA"` restriction credits its parties too. */
function addQuotedCredit(collector: Collector, restriction: string): void {
  const quoted = MANDATORY_QUOTED_CREDIT.exec(restriction);
  if (quoted === null) return;
  const segments = splitSegments(quoted[1]);
  segments.forEach((segment, index) => addSegment(collector, segment, slotOf(collector, segments, index), false));
}

/**
 * `Thomas Samson. AFP` (French dailies): a full stop before a known agency separates the parties; so does a space
 * before a known agency in capitals after a name (`LUDOVIC MARIN AFP`).
 */
function splitBeforeKnownAgency(collector: Collector, party: string): string[] {
  const stop = /\.\s+(?=\S+$)/.exec(party);
  if (stop !== null && knownAgency(collector, party.slice(stop.index + 1)) !== undefined) return [party.slice(0, stop.index), party.slice(stop.index + 1)];
  const space = /\s+(?=\S+$)/.exec(party);
  if (space === null) return [party];
  const [name, agency] = [party.slice(0, space.index), party.slice(space.index).trim()];
  const capitals = agency === agency.toUpperCase() && hasUpperCase(agency);
  if (!capitals || knownAgency(collector, agency) === undefined || words(name).length < 2 || personNames(name).length !== 1) return [party];
  return [name, agency];
}

function addParties(collector: Collector, segment: string, slot: SegmentSlot): void {
  const parties = segment.split(/\s*,\s*/).flatMap((text) => splitBeforeKnownAgency(collector, text));
  parties.forEach((party, partyIndex) => {
    party.split(/(?:^|\s+)via\s+/i).forEach((part, index) =>
      addCreditPart(collector, part, {
        distributor: index > 0,
        handoutSource: slot.afterHandout,
        photographerSlot: slot.afterApPhoto && partyIndex === 0 && index === 0,
        beforeAgency: slot.beforeAgency && parties.length === 1 && index === 0 && !/\svia\s/i.test(party),
      }),
    );
  });
}

/**
 * A segment is restrictions, or credited parties (commas separate them: `Evan Vucci, File`), or parties followed
 * by restrictions without a separator (`Stringer ATTENTION EDITORS - …`, `Mohammed Salem TPX IMAGES OF THE DAY`).
 */
function addSegment(collector: Collector, segment: string, slot: SegmentSlot, readQuotes = true): void {
  const restrictions = restrictionsIn(segment);
  if (restrictions.length > 0) {
    for (const text of restrictions) {
      // `ATTENTION EDITORS - … A THIRD PARTY. REUTERS/Stringer`: a sentence of the note that names a known agency credits it.
      const agency = restrictions.length > 1 ? knownAgencyOrSuffixed(collector, text) : undefined;
      if (agency !== undefined) addAgency(collector, agency);
      else addName(collector.restrictions, text);
    }
    if (readQuotes) restrictions.forEach((text) => addQuotedCredit(collector, text));
    return;
  }
  const tail = RESTRICTION_TAIL.exec(segment);
  const tailRestrictions = tail === null ? [] : restrictionsIn(segment.slice(tail.index + 1));
  if (tail === null || tailRestrictions.length === 0) {
    addParties(collector, segment, slot);
    return;
  }
  addParties(collector, segment.slice(0, tail.index), slot);
  tailRestrictions.forEach((text) => addName(collector.restrictions, text));
}

/** What the segment before tells about a segment (see `PartContext`). */
interface SegmentSlot {
  /** Right after a `HANDOUT`/`HO` marker; the one before may be the photographer (`…/Murat Cetinmuhurdar/Handout`). */
  afterHandout: boolean;
  afterApPhoto: boolean;
  /** The next segment is a known agency (`Delil souleiman / AFP`). */
  beforeAgency: boolean;
}

function slotOf(collector: Collector, segments: readonly string[], index: number): SegmentSlot {
  const previous = index > 0 ? segments[index - 1] : '';
  const next = index + 1 < segments.length ? segments[index + 1] : '';
  return {
    afterHandout: HANDOUT_MARKER.test(previous) && !HANDOUT_MARKER.test(segments[index]),
    afterApPhoto: /^AP Photo$/.test(previous),
    beforeAgency: next !== '' && knownAgencyOrSuffixed(collector, next) !== undefined,
  };
}

/** The text the parser reads: URLs and control characters removed, `(c)` read as `©`. */
function workingText(raw: string): string {
  const text = raw
    .replace(/\b(?:https?:\/\/|www\.)\S*/gi, ' ')
    // UPI's `| License Photo` link text and picture ids such as `epa07766541` name nobody.
    .replace(/\|\s*license\s+photo\b/gi, ' ')
    // BBC pages run the caption on after the credit: `Image copyright Getty Images Image caption Rescuers …`.
    .replace(/\bimage\s+caption\b.*$/i, ' ')
    .replace(/\b[a-z]{2,5}\d{6,}\b/g, ' ')
    // `AP PhotoEvan Vucci`: the slash lost when the line was copied.
    .replace(/\b(AP|AFP)\s+(Photo|PHOTO)(?=\p{Lu}\p{Ll})/gu, '$1 $2/')
    // Belga's `BELGA PHOTO NICOLAS MAETERLINCK`: no slash between the agency's photo and the photographer.
    .replace(/^(\p{Lu}{2,10})\s+(PHOTO|Photo|FOTO)\s+(?=\p{Lu}[\p{L}'’-]*\s+\p{Lu})/u, '$1 $2 / ')
    .replace(/\(c\)/gi, '©')
    .replace(/\bn\/a\b/gi, ' ')
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\p{Cf}/gu, '');
  return collapseWhitespace(text);
}

// ---- Entry point -----------------------------------------------------------------------------

/** Parses a photo-credit line into photographers, agencies and distribution restrictions; `null` when blank. */
export function parseCredit(raw: string | null | undefined, options?: ParseCreditOptions): PhotoCredit | null {
  if (typeof raw !== 'string') return null;
  const normalized = collapseWhitespace(raw);
  if (normalized.length === 0) return null;
  const collector: Collector = {
    known: buildKnownAgencies(options?.knownAgencies ?? DEFAULT_AGENCIES),
    photographers: orderedNames(),
    agencies: orderedNames(),
    restrictions: orderedNames(),
  };
  const segments = splitSegments(workingText(normalized));
  segments.forEach((segment, index) => addSegment(collector, segment, slotOf(collector, segments, index)));
  return {
    raw: normalized,
    photographers: collector.photographers.values,
    agencies: collector.agencies.values,
    restrictions: collector.restrictions.values,
  };
}
