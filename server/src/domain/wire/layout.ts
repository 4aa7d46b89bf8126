import type { TextSpan } from './types';

/** One line of the copy: its trimmed text and where it is. */
export interface CopyLine {
  text: string;
  span: TextSpan;
  /** Blank lines just before it. */
  blanksBefore: number;
}

/** What each part of pasted agency copy is. */
export interface CopyLayout {
  headlineLine: CopyLine | null;
  paragraphs: CopyLine[];
  /** Paragraphs and subheads in reading order, for the body. */
  bodyUnits: { kind: 'paragraph' | 'subhead'; line: CopyLine }[];
  subheads: CopyLine[];
  relatedTitles: CopyLine[];
  tagLines: CopyLine[];
  /** "Caption: …" / "Légende : …" lines: read for the toll (they may lag the body), not part of the body. */
  captions: CopyLine[];
  /** "By Rouba El Husseini" / "Par Jean Dupont" under the headline. */
  byline: CopyLine | null;
  /** "Photo: Name / AGENCY" lines near the top or the end. */
  creditLines: CopyLine[];
  /** A slugline or urgency line above the headline: "SYRIA-CONFLICT", "URGENT", "FLASH". */
  slugline: CopyLine | null;
}

const SPACE = /[\s\u00a0\u202f\u2009\u200b\ufeff]/u;
const BULLET = /^[•·▪◦‣●*\-–—]\s+(\S.*)$/u;
export const TAG_HEADER = /^(?:tags|keywords|topics|mots[- ]clés|thèmes|sujets)\s*:\s*(.*)$/iu;
/** What introduces related stories: alone on a line (a header), or before a title ("Read more: …"). */
const RELATED_WORDS = 'related|see also|read also|read more|(?:à )?lire aussi|voir aussi|à voir aussi';
const RELATED_HEADER = new RegExp(`^(?:${RELATED_WORDS}|related (?:stories|articles)|sur le même sujet)\\s*:?\\s*$`, 'iu');
const RELATED_PREFIX = new RegExp(`^(?:${RELATED_WORDS})\\s*:\\s*(?=\\S)`, 'iu');
/** A related title's line without its "Read more:" (the span moves past it). */
function withoutRelatedPrefix(line: CopyLine): CopyLine {
  const prefix = RELATED_PREFIX.exec(line.text);
  if (prefix === null) return line;
  return { ...line, text: line.text.slice(prefix[0].length), span: { start: line.span.start + prefix[0].length, end: line.span.end } };
}

/** A web page's furniture pasted with the story: "Share this article", "Advertisement", "Partager". */
const PAGE_FURNITURE =
  /^(?:share(?: this(?: article| story| page)?)?|share on (?:facebook|twitter|x|whatsapp)|advertisement|publicité|partager(?: cet article)?|follow us(?: on [\p{L} ]{1,30})?|suivez-nous(?: sur [\p{L} ]{1,30})?|subscribe(?: to our newsletter)?|abonnez-vous(?: à notre newsletter)?|newsletter|print|imprimer|copy link|copier le lien)\s*$/iu;
const CAPTION = /^(?:(?:photo\s+)?(?:caption|légende|legende)|file photo)\s*:/iu;
/** A photo caption pasted with the copy ends with its credit: "… on March 5, 2020. (Photo by Omar HAJ KADOUR / AFP)". */
// Reuters and AP end a caption with the bare credit: "… in Idlib, Syria, March 5, 2020. REUTERS/Khalil Ashawi/File Photo".
export const CAPTION_CREDIT = /(?:\(\s*(?:(?:photo by|photo\s*:|crédit photo\s*:?|photo)\s*([^()]{2,120})|((?:afp|reuters|ap|epa) photo\s*\/?[^()]{0,120}))\)|[.!?]\s+((?:reuters|ap photo|epa-efe|epa)\s*\/\s*[^()/]{2,60}(?:\/[^()/]{2,40}){0,2}))\s*$/iu;
// A name word: capitalised, or a lower-case particle glued to one ("al-Mughrabi", "el-Sisi", "d'Arcy").
const BYLINE = /^(?:[Bb]y|BY|[Pp]ar|PAR|[Dd]e notre (?:envoyée?|correspondante?)(?: spéciale?)?(?: à [^,]{1,40})?,?)\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|\p{Ll}{1,4}[-'’]\p{Lu}[\p{L}'’.-]*|de|du|des|da|di|van|von|der|al|el|and|et|with|avec|in|à|,)){0,10}$/u;
export const CREDIT_LINE = /^(?:photos?|photograph|pictures?|images?|crédits? photos?|credits?|photo credit|©)\s*(?::|by|de|par|-|–)?\s*(\S.*)$/iu;
// AFP's keyword slug too: "Syria-conflict-Russia,lead", "France-politics,2ndlead".
/** How urgent a story is, on its own line above the headline or before it ("URGENT", "BREAKING NEWS: …"). */
export const URGENCY_LABELS = 'URGENT|FLASH|ALERTE|ALERT|BULLETIN|BREAKING(?: NEWS)?';
/** What the slugline's line may hold that is no slugline: an urgency or a version ("UPDATE 2", "LEAD"). */
const LINE_LABELS = `${URGENCY_LABELS}|UPDATE \\d+|LEAD|EXCLUSIVE`;
export const LABEL_LINE = new RegExp(`^(?:${LINE_LABELS})$`, 'i');
const SLUGLINE = new RegExp(`^(?:[\\p{Lu}\\d]+(?:[-/,.][\\p{L}\\d]+)+|\\p{Lu}[\\p{L}\\d]*(?:-[\\p{L}\\d]+)+(?:,[\\p{L}\\d-]+)*|${LINE_LABELS})$`, 'u');
const METADATA = /^(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),?\s+)?(?:(?:published|updated|posted|modified|publié|mis à jour|modifié|le)\b[^.!?]{0,60}|[\d/.:\s-]{6,30}(?:\s*(?:gmt|utc|am|pm|h))?|\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4}(?:\s*(?:à|at|-)?\s*\d{1,2}[:h]\d{2}(?:\s*(?:gmt|utc|am|pm))?)?|\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}(?:\s*(?:at|-)?\s*\d{1,2}:\d{2}\s*(?:gmt|utc|am|pm)?)?)$/iu;
const MAX_FRONT_LINES = 4;
/**
 * Desk sign-offs and advisories that are not body text: "(Reporting by …; Editing by …)", "burs-mh/ach", "© 2024 AFP",
 * Reuters' "(Adds details, paragraphs 5-6)", AP's "Associated Press writer … contributed to this report."
 */
const SIGN_OFF = /^(?:afp|reuters|ap|—\s*afp|-\s*afp|\((?:adds|updates|recasts|corrects|changes|refiles|repeats|rewrites|writes through|new throughout|fixes|removes|clarifies|tops)\b[^()]*\)|(?:the )?associated press (?:writers?|reporters?|journalists?|correspondents?)\b.{0,300}\bcontributed\b.*|\(?\s*(?:reporting|writing|editing|additional reporting|compiled|with reporting) by\b.*|[\p{Ll}]{2,6}(?:[-/][\p{Ll}\d]{2,6})+|(?:©|\(c\)|copyright)\s*\d{0,4}\s*(?:afp|reuters|ap|the associated press|associated press|agence france-presse|agence france presse|thomson reuters)\b.*)$/iu;
/** AP's rule before its end notes ("___", then "Associated Press writer … contributed"). */
const END_NOTES_RULE = /^_{3,}$/u;
const FINAL_PUNCTUATION = /[.!?…;:,]["”»’)\]]*$/u;
const MAX_TITLE_LENGTH = 200;
const MAX_SUBHEAD_LENGTH = 120;
const MAX_SUBHEAD_WORDS = 16;

function trimmedSpan(text: string, start: number, end: number): TextSpan {
  let from = start;
  let to = end;
  while (from < to && SPACE.test(text.charAt(from))) from += 1;
  while (to > from && SPACE.test(text.charAt(to - 1))) to -= 1;
  return { start: from, end: to };
}

/** Every non-blank line with the blank lines before it; CRLF, CR and LF all end a line. */
export function readLines(text: string): CopyLine[] {
  const lines: CopyLine[] = [];
  let blanks = 0;
  let start = 0;
  const push = (end: number): void => {
    const span = trimmedSpan(text, start, end);
    if (span.start === span.end) blanks += 1;
    else {
      lines.push({ text: text.slice(span.start, span.end), span, blanksBefore: blanks });
      blanks = 0;
    }
  };
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charCodeAt(index);
    if (char === 10 || char === 13) {
      push(index);
      if (char === 13 && text.charCodeAt(index + 1) === 10) index += 1;
      start = index + 1;
    }
  }
  push(text.length);
  return lines;
}

function wordCount(text: string): number {
  return text.split(/\s+/u).filter((word) => word.length > 0).length;
}

const MAX_TITLE_WORDS = 25;

/** A line that reads as a title: no final punctuation, not too long, more than one word. */
export function isTitleLike(text: string, maxLength = MAX_TITLE_LENGTH): boolean {
  const words = wordCount(text);
  return text.length <= maxLength && !FINAL_PUNCTUATION.test(text) && words >= 2 && words <= MAX_TITLE_WORDS;
}

function isSubhead(line: CopyLine): boolean {
  // A short quote ("« C'est un massacre »") is a paragraph, not a subhead.
  if (/^["“«—–-]/u.test(line.text)) return false;
  return isTitleLike(line.text, MAX_SUBHEAD_LENGTH) && wordCount(line.text) <= MAX_SUBHEAD_WORDS;
}

export function bulletText(line: CopyLine): { text: string; span: TextSpan } | null {
  const match = BULLET.exec(line.text);
  if (match === null) return null;
  const offset = line.text.length - match[1].length;
  return { text: match[1], span: { start: line.span.start + offset, end: line.span.end } };
}

/** The trailing tag list: bullet lines (after an optional "Tags:" header), or one "Tags: a, b" line. */
function splitTagLines(lines: CopyLine[]): { rest: CopyLine[]; tagLines: CopyLine[] } {
  let cut = lines.length;
  while (cut > 1 && bulletText(lines[cut - 1]) !== null) cut -= 1;
  if (cut > 1 && TAG_HEADER.test(lines[cut - 1].text)) cut -= 1;
  if (cut === lines.length) cut = keywordBlockStart(lines);
  return { rest: lines.slice(0, cut), tagLines: lines.slice(cut) };
}

const MAX_KEYWORD_WORDS = 4;
const MAX_KEYWORD_LENGTH = 40;

function isKeyword(line: CopyLine): boolean {
  return line.text.length <= MAX_KEYWORD_LENGTH && wordCount(line.text) <= MAX_KEYWORD_WORDS && !FINAL_PUNCTUATION.test(line.text);
}

/** Without bullets: a closing block of two or more short lines with no blank line between them ("Nepal / Earthquake"). */
function keywordBlockStart(lines: readonly CopyLine[]): number {
  let start = lines.length;
  while (start > 1 && isKeyword(lines[start - 1])) {
    start -= 1;
    if (lines[start].blanksBefore > 0) break;
  }
  return lines.length - start >= 2 && start > 1 ? start : lines.length;
}

const SENTENCE_END = /[.!?…]["”»’)\]]*$/u;
/** A line ending on a word that cannot end a title: "the", "of", "de", "et"… */
const LINK_WORD_END = /(?:^|\s)(?:the|a|an|of|in|on|at|to|and|or|for|with|by|from|as|le|la|les|l'|un|une|des|de|du|d'|et|ou|à|au|aux|en|dans|par|pour|sur|avec|qui|que)$/iu;
const MIN_WRAPPED_LINE = 30;

/**
 * Hard-wrapped copy (plain-text wires cut lines at ~70 characters): a line that does not end a sentence is joined
 * to the next one when that one starts in lower case, or when it ends on a comma or a word no title ends on.
 */
function joinWrappedLines(text: string, lines: CopyLine[]): CopyLine[] {
  const units: CopyLine[] = [];
  for (const line of lines) {
    const previous = units[units.length - 1];
    const continues =
      previous !== undefined &&
      line.blanksBefore === 0 &&
      previous.text.length >= MIN_WRAPPED_LINE &&
      !SENTENCE_END.test(previous.text) &&
      (/^[\p{Ll}\d(«"“]/u.test(line.text) || /[,;:]$/u.test(previous.text) || LINK_WORD_END.test(previous.text));
    if (continues) {
      const span = { start: previous.span.start, end: line.span.end };
      units[units.length - 1] = { text: text.slice(span.start, span.end), span, blanksBefore: previous.blanksBefore };
    } else units.push(line);
  }
  return units;
}

function isCaptionLine(line: CopyLine): boolean {
  return CAPTION.test(line.text) || CAPTION_CREDIT.test(line.text);
}

export function readLayout(text: string): CopyLayout {
  const lines = readLines(text);
  const empty: CopyLayout = {
    headlineLine: null, paragraphs: [], bodyUnits: [], subheads: [], relatedTitles: [], tagLines: [], captions: [],
    byline: null, creditLines: [], slugline: null,
  };
  if (lines.length === 0) return empty;
  const slugline = lines.length > 1 && SLUGLINE.test(lines[0].text) ? lines[0] : null;
  const { rest, tagLines } = splitTagLines(slugline === null ? lines : lines.slice(1));
  // A photo caption pasted above the headline ("FILE PHOTO: … REUTERS/Khalil Ashawi/File Photo").
  let top = 0;
  while (top < rest.length - 1 && isCaptionLine(rest[top])) top += 1;
  const [headlineLine, ...afterHeadline] = rest.slice(top);
  if (headlineLine === undefined) return { ...empty, slugline, tagLines };

  // Under the headline: a byline, a credit line, a time stamp, in any order.
  let byline: CopyLine | null = null;
  const creditLines: CopyLine[] = [];
  let front = 0;
  while (front < afterHeadline.length && front < MAX_FRONT_LINES && afterHeadline.length - front > 1) {
    const line = afterHeadline[front];
    if (byline === null && BYLINE.test(line.text)) byline = line;
    else if (CREDIT_LINE.test(line.text) && line.text.length <= MAX_SUBHEAD_LENGTH) creditLines.push(line);
    else if (!METADATA.test(line.text)) break;
    front += 1;
  }
  const copy = afterHeadline.slice(front);
  const rule = copy.map((line) => END_NOTES_RULE.test(line.text)).lastIndexOf(true);
  const withoutNotes = rule > 0 ? copy.slice(0, rule) : copy;
  const allUnits = joinWrappedLines(
    text,
    withoutNotes.filter((line) => !SIGN_OFF.test(line.text) && !END_NOTES_RULE.test(line.text) && !PAGE_FURNITURE.test(line.text)),
  );
  const captions = [...rest.slice(0, top), ...allUnits.filter(isCaptionLine)];
  let units = allUnits.filter((line) => !isCaptionLine(line));
  // A credit line at the very end ("Photo: Name / AFP").
  while (units.length > 1 && CREDIT_LINE.test(units[units.length - 1].text) && units[units.length - 1].text.length <= MAX_SUBHEAD_LENGTH) {
    creditLines.push(units[units.length - 1]);
    units = units.slice(0, -1);
  }

  // Related titles: the title-like lines at the end, after the last paragraph (a "Related:" header is dropped).
  let end = units.length;
  while (end > 1 && isTitleLike(units[end - 1].text) && !RELATED_HEADER.test(units[end - 1].text)) end -= 1;
  const relatedTitles = units.slice(end).map(withoutRelatedPrefix);
  if (end > 1 && RELATED_HEADER.test(units[end - 1].text)) end -= 1;
  const main = units.slice(0, end);

  const bodyUnits: CopyLayout['bodyUnits'] = [];
  main.forEach((line, index) => {
    const between = index > 0 && index < main.length - 1;
    bodyUnits.push({ kind: between && isSubhead(line) ? 'subhead' : 'paragraph', line });
  });
  return {
    headlineLine,
    paragraphs: bodyUnits.filter((unit) => unit.kind === 'paragraph').map((unit) => unit.line),
    bodyUnits,
    subheads: bodyUnits.filter((unit) => unit.kind === 'subhead').map((unit) => unit.line),
    relatedTitles,
    tagLines,
    captions,
    byline,
    creditLines,
    slugline,
  };
}
