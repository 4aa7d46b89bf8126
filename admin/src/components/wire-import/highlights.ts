/** Where each extracted value sits in the pasted copy: spans → highlighted segments of the source. Pure: no React. */
import type { OtherFigureReason, TextSpan, WireParseResult } from '../../../../server/src/domain/wire/types';

export type HighlightKind = 'headline' | 'credit' | 'subhead' | 'related' | 'tag' | 'toll' | 'source' | 'may-rise' | 'other-figure';

export interface Highlight {
  kind: HighlightKind;
  span: TextSpan;
  /** For an other figure: why it was left out. */
  reason?: OtherFigureReason;
}

export interface Segment {
  text: string;
  start: number;
  highlight: Highlight | null;
}

/** Painted in this order: a later kind wins where two overlap (a count inside a headline shows as the count). */
const PAINT_ORDER: HighlightKind[] = ['headline', 'subhead', 'related', 'tag', 'credit', 'other-figure', 'may-rise', 'source', 'toll'];

const spanned = (kind: HighlightKind, span: TextSpan | null | undefined, reason?: OtherFigureReason): Highlight[] =>
  span && span.end > span.start ? [{ kind, span, ...(reason ? { reason } : {}) }] : [];

/** Every value of the result that came from the text, with its kind. */
export const highlightsOf = (result: WireParseResult): Highlight[] => {
  const toll = result.toll;
  return [
    ...spanned('headline', result.headline?.span),
    ...spanned('credit', result.photoCredit?.span),
    ...result.subheads.flatMap((subhead) => spanned('subhead', subhead.span)),
    ...result.relatedTitles.flatMap((title) => spanned('related', title.span)),
    ...result.tags.flatMap((tag) => spanned('tag', tag.span)),
    ...(toll
      ? [
          ...spanned('source', toll.source?.span),
          ...toll.counts.flatMap((count) => [...spanned('toll', count.span), ...count.includes.flatMap((include) => spanned('toll', include.span))]),
          ...spanned('may-rise', toll.mayRiseSpan),
          ...spanned('may-rise', toll.mayRiseReason?.span),
        ]
      : []),
    ...result.otherFigures.flatMap((figure) => spanned('other-figure', figure.span, figure.reason)),
  ];
};

/** The source cut into plain and highlighted runs, in order; spans outside the text are clipped. */
export const segmentsOf = (text: string, highlights: Highlight[]): Segment[] => {
  const owner: (Highlight | null)[] = new Array<Highlight | null>(text.length).fill(null);
  const ordered = [...highlights].sort((a, b) => PAINT_ORDER.indexOf(a.kind) - PAINT_ORDER.indexOf(b.kind));
  for (const highlight of ordered) {
    for (let index = Math.max(0, highlight.span.start); index < Math.min(text.length, highlight.span.end); index += 1) owner[index] = highlight;
  }
  const segments: Segment[] = [];
  let start = 0;
  for (let index = 1; index <= text.length; index += 1) {
    if (index === text.length || owner[index] !== owner[start]) {
      segments.push({ text: text.slice(start, index), start, highlight: owner[start] });
      start = index;
    }
  }
  return segments;
};
