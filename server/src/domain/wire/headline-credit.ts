import { DEFAULT_AGENCIES, parseCredit } from '../credit/parse-credit';
import type { PhotoCredit } from '../contract';
import { type CopyLine, URGENCY_LABELS } from './layout';
import type { Spanned, TextSpan } from './types';

export interface HeadlineAndCredit {
  headline: Spanned<string> | null;
  photoCredit: (Spanned<string> & { parsed: PhotoCredit | null }) | null;
}

const SEPARATOR = /\s[-–—]\s/gu;
const TRAILING_FULL_STOP = /(?<![.])\.\s*$/u;

function knownAgencyKeys(agencies: readonly string[]): Set<string> {
  return new Set(agencies.map((agency) => agency.toLowerCase()));
}

/** A credit the copy really gives: a known agency, or a photographer with an agency after a slash. */
function isCredit(parsed: PhotoCredit | null, raw: string, known: ReadonlySet<string>): parsed is PhotoCredit {
  if (parsed === null) return false;
  if (parsed.agencies.some((agency) => known.has(agency.toLowerCase()))) return true;
  return raw.includes('/') && parsed.photographers.length > 0 && parsed.agencies.length > 0;
}

/**
 * Reuters' version tag before the headline ("UPDATE 2-Gunmen kill 12", "REFILE-…", "EXCLUSIVE-…") or an urgency
 * label ("URGENT: Blast kills 59", "ALERTE - …", "BREAKING NEWS: …").
 */
const VERSION_TAG = new RegExp(
  `^(?:(?:UPDATE \\d+|REFILE|CORRECTED|RPT|WRAPUP \\d+|EXCLUSIVE|ANALYSIS|INSIGHT|FACTBOX|EXPLAINER)(?:\\s+\\d+)?\\s*-|(?:${URGENCY_LABELS})\\s*[:\\-–—])\\s*(?=\\S)`,
  'u',
);

function headlineOf(text: string, span: TextSpan): Spanned<string> | null {
  const tag = VERSION_TAG.exec(text.slice(span.start, span.end));
  const start = span.start + (tag?.[0].length ?? 0);
  const value = text.slice(start, span.end);
  const stop = TRAILING_FULL_STOP.exec(value);
  const end = stop === null ? span.end : start + stop.index;
  const trimmed = text.slice(start, end).trim();
  return trimmed.length === 0 ? null : { value: trimmed, span: { start, end: start + trimmed.length } };
}

const BRACKETED_CREDIT = /\s*[([]\s*((?:photos?|crédit photo|credit)\s*:?\s*[^()[\]]{2,120})[)\]]\s*$/iu;
const PIPE_CREDIT = /\s+\|\s+((?:photos?|crédit photo|credit)\s*:?\s*.{2,120})$/iu;

function creditAt(start: number, raw: string, knownAgencies: readonly string[], known: ReadonlySet<string>): HeadlineAndCredit['photoCredit'] {
  const parsed = parseCredit(raw, { knownAgencies });
  if (!isCredit(parsed, raw, known)) return null;
  return { value: raw, span: { start, end: start + raw.length }, parsed };
}

/** A "Photo: Name / AGENCY" line near the top or the end of the copy. */
export function readCreditLine(line: CopyLine, pattern: RegExp, agencies: readonly string[] = []): HeadlineAndCredit['photoCredit'] {
  const knownAgencies = [...DEFAULT_AGENCIES, ...agencies];
  const match = pattern.exec(line.text);
  const found = match?.[1] ?? match?.[2] ?? match?.[3];
  if (found === undefined) return null;
  const raw = found.trim();
  return creditAt(line.span.start + line.text.lastIndexOf(raw), raw, knownAgencies, knownAgencyKeys(knownAgencies));
}

/** The first line, split at its final " - " when what follows parses as a photo credit. */
export function readHeadlineAndCredit(text: string, line: CopyLine | null, agencies: readonly string[] = []): HeadlineAndCredit {
  if (line === null) return { headline: null, photoCredit: null };
  const knownAgencies = [...DEFAULT_AGENCIES, ...agencies];
  const known = knownAgencyKeys(knownAgencies);
  // "Headline (Photo: Name / AFP)", "Headline | Photo: Name / AFP"
  for (const pattern of [BRACKETED_CREDIT, PIPE_CREDIT]) {
    const match = pattern.exec(line.text);
    if (match === null) continue;
    const raw = match[1].trim();
    const credit = creditAt(line.span.start + line.text.lastIndexOf(raw), raw, knownAgencies, known);
    if (credit !== null) return { headline: headlineOf(text, { start: line.span.start, end: line.span.start + match.index }), photoCredit: credit };
  }
  const separators = [...line.text.matchAll(SEPARATOR)];
  const last = separators[separators.length - 1];
  if (last !== undefined) {
    const tailOffset = (last.index ?? 0) + last[0].length;
    const raw = line.text.slice(tailOffset).trim();
    const parsed = parseCredit(raw, { knownAgencies });
    if (raw.length > 0 && isCredit(parsed, raw, known)) {
      const creditStart = line.span.start + line.text.indexOf(raw, tailOffset);
      return {
        headline: headlineOf(text, { start: line.span.start, end: line.span.start + (last.index ?? 0) }),
        photoCredit: { value: raw, span: { start: creditStart, end: creditStart + raw.length }, parsed },
      };
    }
  }
  return { headline: headlineOf(text, line.span), photoCredit: null };
}
