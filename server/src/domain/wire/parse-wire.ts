/**
 * Wire import: pasted agency copy (English or French) → the structured draft an editor reviews. Pure and
 * deterministic: no Strapi import, no network, no model. Every extracted value carries its span in the text.
 *
 * - layout.ts: headline line, paragraphs, subheads, related titles, tag list
 * - headline-credit.ts: the headline and the photo credit of the first line
 * - tags.ts (+ tag-vocabulary.ts): tags and their kinds
 * - language.ts: en / fr
 * - read-toll.ts: the toll and the other figures, from quantities.ts (numbers and qualifiers), casualty-figures.ts
 *   (figures and their casualty words), figure-groups.ts, sub-counts.ts, context-markers.ts (background, earlier,
 *   separate), toll-source.ts, may-rise.ts and plain-numbers.ts, on the lexicon shared with the consistency checker
 */
import type { BlockNode } from '../contract';
import { mentionLexicon } from '../toll/mention-lexicon';
import { type HeadlineAndCredit, readCreditLine, readHeadlineAndCredit } from './headline-credit';
import { detectLanguage } from './language';
import { CAPTION_CREDIT, CREDIT_LINE, type CopyLine, readLayout } from './layout';
import { matchText } from './match-text';
import { type TollZone, readToll } from './read-toll';
import { readLeadDateline } from './lead-dateline';
import { readTags } from './tags';
import type { Spanned, TextSpan, WireParseOptions, WireParseResult, WireWarning } from './types';

/** Text as the draft shows it: spaces folded, no space before a comma or full stop, no doubled full stop. */
export function cleanText(text: string): string {
  return text
    .replace(/[\p{Cc}\p{Cf}]/gu, (char) => (char === '\n' || char === '\r' || char === '\t' ? ' ' : ''))
    .replace(/[ \t\r\n]+/gu, ' ')
    .replace(/ +([,.])/gu, '$1')
    .replace(/\.(?: ?\.)+(?!\.)/gu, (dots) => (dots.replace(/ /gu, '') === '...' ? '...' : '.'))
    .trim();
}

function spanned(text: string, span: TextSpan): Spanned<string> {
  return { value: cleanText(text.slice(span.start, span.end)), span };
}

function paragraphSpan(line: CopyLine, isLead: boolean): { span: TextSpan; dateline: Spanned<string> | null } {
  if (!isLead) return { span: line.span, dateline: null };
  const lead = readLeadDateline(line.text);
  if (lead === null) return { span: line.span, dateline: null };
  const placeStart = line.span.start + lead.placeStart;
  return {
    span: { start: line.span.start + lead.textStart, end: line.span.end },
    dateline: { value: lead.place, span: { start: placeStart, end: placeStart + lead.place.length } },
  };
}

/** The credit of the first of `lines` that gives one (each is parsed only until one does). */
function firstCredit(lines: readonly CopyLine[], pattern: RegExp, options: WireParseOptions): HeadlineAndCredit['photoCredit'] {
  for (const line of lines) {
    const credit = readCreditLine(line, pattern, options.agencies);
    if (credit !== null) return credit;
  }
  return null;
}

/** "By WAFAA SHURAFA and SAMY MAGDY Associated Press" → the writers, without "By" and their agency. */
const BYLINE_AGENCY = /,?\s+(?:The Associated Press|Associated Press|AFP|Reuters|Agence France-Presse)$/u;

function bylineOf(line: CopyLine): Spanned<string> {
  const prefix = /^(?:by|par)\s+/iu.exec(line.text)?.[0].length ?? 0;
  const value = line.text.slice(prefix).replace(BYLINE_AGENCY, '');
  const start = line.span.start + prefix;
  return { value, span: { start, end: start + value.length } };
}

function textBlock(type: 'paragraph' | 'heading', text: string): BlockNode {
  const children = [{ type: 'text' as const, text }];
  return type === 'heading' ? { type: 'heading', level: 2, children } : { type: 'paragraph', children };
}

export function parseWire(text: string, options: WireParseOptions = {}): WireParseResult {
  const source = typeof text === 'string' ? text : '';
  const matched = matchText(source);
  const language = detectLanguage(matched, options.language);
  const layout = readLayout(source);
  const warnings: WireWarning[] = [];

  const first = readHeadlineAndCredit(source, layout.headlineLine, options.agencies);
  const headline = first.headline;
  const photoCredit = first.photoCredit ?? firstCredit(layout.creditLines, CREDIT_LINE, options) ?? firstCredit(layout.captions, CAPTION_CREDIT, options);
  if (headline === null) warnings.push({ code: 'wire.no_headline', message: 'the copy has no headline line', span: null });
  if (photoCredit === null && headline !== null) {
    warnings.push({ code: 'wire.no_credit', message: 'no photo credit after the headline ("headline - Name / AGENCY")', span: null });
  }

  const body: BlockNode[] = [];
  const zones: TollZone[] = headline?.span ? [{ kind: 'headline', span: headline.span }] : [];
  let summary: Spanned<string> | null = null;
  let dateline: Spanned<string> | null = null;
  for (const unit of layout.bodyUnits) {
    if (unit.kind === 'subhead') {
      body.push(textBlock('heading', cleanText(unit.line.text)));
      zones.push({ kind: 'subhead', span: unit.line.span });
      continue;
    }
    const lead = paragraphSpan(unit.line, summary === null);
    const paragraph = spanned(source, lead.span);
    if (paragraph.value.length === 0) continue;
    if (summary === null) {
      summary = paragraph;
      dateline = lead.dateline;
    }
    body.push(textBlock('paragraph', paragraph.value));
    zones.push({ kind: 'paragraph', span: lead.span });
  }
  for (const caption of layout.captions) zones.push({ kind: 'subhead', span: caption.span });

  const toll = readToll(source, matched, zones, mentionLexicon(language));
  return {
    language,
    headline: headline === null ? null : { value: cleanText(headline.value), span: headline.span },
    photoCredit,
    dateline,
    byline: layout.byline === null ? null : bylineOf(layout.byline),
    slugline: layout.slugline === null ? null : spanned(source, layout.slugline.span),
    summary,
    body,
    subheads: layout.subheads.map((line) => spanned(source, line.span)),
    relatedTitles: layout.relatedTitles.map((line) => spanned(source, line.span)),
    tags: readTags(layout.tagLines, { places: options.places, organisations: options.organisations, copy: matched }),
    toll: toll.toll,
    otherFigures: toll.otherFigures,
    warnings: [...warnings, ...toll.warnings],
  };
}
