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
}

const SPACE = /[\s\u00a0\u202f\u2009\u200b\ufeff]/u;
const BULLET = /^[•·▪◦‣●*\-–—]\s+(\S.*)$/u;
export const TAG_HEADER = /^(?:tags|keywords|topics|mots[- ]clés|thèmes|sujets)\s*:\s*(.*)$/iu;
const RELATED_HEADER = /^(?:related(?: stories| articles)?|see also|read also|read more|(?:à )?lire aussi|voir aussi|à voir aussi|sur le même sujet)\s*:?\s*$/iu;
const CAPTION = /^(?:photo\s+)?(?:caption|légende|legende)\s*:/iu;
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

/** A line that reads as a title: no final punctuation, not too long, more than one word. */
export function isTitleLike(text: string, maxLength = MAX_TITLE_LENGTH): boolean {
  return text.length <= maxLength && !FINAL_PUNCTUATION.test(text) && wordCount(text) >= 2;
}

function isSubhead(line: CopyLine): boolean {
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

/** Hard-wrapped copy: a line that does not end a sentence, followed by one that starts in lower case. */
function joinWrappedLines(text: string, lines: CopyLine[]): CopyLine[] {
  const units: CopyLine[] = [];
  for (const line of lines) {
    const previous = units[units.length - 1];
    const continues =
      previous !== undefined &&
      line.blanksBefore === 0 &&
      !FINAL_PUNCTUATION.test(previous.text) &&
      /^[\p{Ll}\d(«"“]/u.test(line.text) &&
      previous.text.length > MAX_SUBHEAD_LENGTH;
    if (continues) {
      const span = { start: previous.span.start, end: line.span.end };
      units[units.length - 1] = { text: text.slice(span.start, span.end), span, blanksBefore: previous.blanksBefore };
    } else units.push(line);
  }
  return units;
}

export function readLayout(text: string): CopyLayout {
  const lines = readLines(text);
  if (lines.length === 0) {
    return { headlineLine: null, paragraphs: [], bodyUnits: [], subheads: [], relatedTitles: [], tagLines: [], captions: [] };
  }
  const [headlineLine, ...others] = lines;
  const { rest, tagLines } = splitTagLines([headlineLine, ...others]);
  const allUnits = joinWrappedLines(text, rest.slice(1));
  const captions = allUnits.filter((line) => CAPTION.test(line.text));
  const units = allUnits.filter((line) => !CAPTION.test(line.text));

  // Related titles: the title-like lines at the end, after the last paragraph (a "Related:" header is dropped).
  let end = units.length;
  while (end > 1 && isTitleLike(units[end - 1].text) && !RELATED_HEADER.test(units[end - 1].text)) end -= 1;
  const relatedTitles = units.slice(end);
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
  };
}
