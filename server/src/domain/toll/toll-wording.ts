import type { TollCount, TollIncludedCount, TollQualifier } from '../contract';

/** One language's way of writing a toll; toll-text.ts assembles the sentence. */
export interface TollWording {
  /** "15 civilians killed, including a child and 40 injured" (not capitalised). */
  counts(counts: readonly TollCount[]): string;
  /** What a correction replaced: "revised down from 359" / "bilan revu à la baisse, contre 359 précédemment". */
  revisedFrom(previous: readonly TollCount[], current: readonly TollCount[]): string;
  mayRise: string;
  /** Between clauses: "; " in English, " ; " in French. */
  separator: string;
}

export function isPluralAmount(amount: { value: number; qualifier: TollQualifier }): boolean {
  return amount.qualifier === 'between' || amount.value !== 1;
}

export function isZeroExact(amount: { value: number; qualifier: TollQualifier }): boolean {
  return amount.qualifier === 'exact' && amount.value === 0;
}

/** Includes worth printing ("including no children" says nothing). */
export function printableIncludes(includes: readonly TollIncludedCount[]): TollIncludedCount[] {
  return includes.filter((include) => !isZeroExact(include));
}

export function joinWithConjunction(items: readonly string[], conjunction: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

export function withoutIncludes(count: TollCount): TollCount {
  return { ...count, includes: [] };
}

/**
 * Joins count phrases: "12 killed and 40 injured", "12 killed, 40 injured and 5 missing". A phrase
 * with an "including" tail is closed by a comma before the last "and", so that
 * "15 killed, including a child, and 40 injured" does not read as a child and 40 injured.
 */
export function joinCountPhrases(
  phrases: readonly { text: string; hasIncludes: boolean }[],
  conjunction: string,
): string {
  return phrases.reduce((sentence, phrase, index) => {
    if (index === 0) return phrase.text;
    if (index < phrases.length - 1) return `${sentence}, ${phrase.text}`;
    const comma = phrases[index - 1].hasIncludes ? ',' : '';
    return `${sentence}${comma} ${conjunction} ${phrase.text}`;
  }, '');
}

/** Which way a correction moved the figures: compared per category (sum of lower bounds) over the categories both give. */
export type RevisionDirection = 'down' | 'up' | 'corrected';

function categoryTotals(counts: readonly TollCount[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const count of counts) totals.set(count.category, (totals.get(count.category) ?? 0) + count.value);
  return totals;
}

export function revisionDirection(previous: readonly TollCount[], current: readonly TollCount[]): RevisionDirection {
  const before = categoryTotals(previous);
  const differences = [...categoryTotals(current)].flatMap(([category, total]) => {
    const earlier = before.get(category);
    return earlier === undefined ? [] : [Math.sign(total - earlier)];
  });
  if (differences.some((sign) => sign < 0) && differences.every((sign) => sign <= 0)) return 'down';
  if (differences.some((sign) => sign > 0) && differences.every((sign) => sign >= 0)) return 'up';
  return 'corrected';
}

/**
 * The previous figures a correction's text names: those of the categories it gives again ("45 killed, revised down
 * from 47", not "from 47 killed and 120 injured" when injured is no longer given); all of them when none is given again.
 */
export function comparablePrevious(previous: readonly TollCount[], current: readonly TollCount[]): readonly TollCount[] {
  const categories = new Set(current.map((count) => count.category));
  const comparable = previous.filter((count) => categories.has(count.category));
  return comparable.length === 0 ? previous : comparable;
}

/**
 * "359" is clear when one figure of the same category is being revised; otherwise the previous figures are
 * written out in full ("47 killed and 28 injured").
 */
export function isSingleFigureRevision(previous: readonly TollCount[], current: readonly TollCount[]): boolean {
  return previous.length === 1 && current.filter((count) => count.category === previous[0].category).length === 1;
}
