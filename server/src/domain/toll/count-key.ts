import type { TollCount, TollIncludedCount } from '../contract';
import { normalizeName } from '../validation';

/**
 * Groups compare after normalizeName (NFKC, invisible characters removed, spaces folded) and case-insensitively:
 * "Civilians ", "civilians" and "civilians\u200b" are the same group, also in states stored before normalisation.
 */
export function normaliseGroupKey(group: string | null | undefined): string {
  return normalizeName(group ?? '').toLowerCase();
}

/** Sources compare the same way, so "osdh" or "OSDH\u200b" does not open a second source next to "OSDH". */
export function normaliseSourceKey(source: string): string {
  return normalizeName(source).toLowerCase();
}

export function countKey(count: Pick<TollCount, 'category' | 'group'>): string {
  return `${count.category}|${normaliseGroupKey(count.group)}`;
}

export function findMatchingCount(counts: readonly TollCount[], count: Pick<TollCount, 'category' | 'group'>): TollCount | undefined {
  const key = countKey(count);
  return counts.find((candidate) => countKey(candidate) === key);
}

export function findMatchingInclude(
  includes: readonly TollIncludedCount[],
  include: Pick<TollIncludedCount, 'group'>,
): TollIncludedCount | undefined {
  const key = normaliseGroupKey(include.group);
  return includes.find((candidate) => normaliseGroupKey(candidate.group) === key);
}

/** Highest number a count allows: valueMax for "between", value otherwise. */
export function upperBound(count: { value: number; valueMax?: number | null }): number {
  return count.valueMax ?? count.value;
}

/** Groups that count everyone of a category, like no group at all: "15 people killed", "15 victimes". */
const TOTAL_GROUP_KEYS = new Set(['', 'people', 'person', 'personnes', 'personne', 'victims', 'victim', 'victimes', 'victime']);

export function isTotalCount(count: Pick<TollCount, 'group'>): boolean {
  return TOTAL_GROUP_KEYS.has(normaliseGroupKey(count.group));
}

/** How an update restates a count the source gave before. */
export type Restatement =
  | { kind: 'same'; index: number; count: TollCount }
  | { kind: 'include'; index: number; count: TollCount; includeIndex: number; include: TollIncludedCount }
  | { kind: 'total'; index: number; count: TollCount };

/**
 * The count of an update that restates `previous`: the same category and group; else, for the same category, one
 * that lists the previous group among its sub-counts ("15 civilians" → "17 people, including 16 civilians") or a
 * total ("15 civilians" → "17 people", "15 killed" → "17 people"). Undefined when the update leaves it out.
 */
export function findRestatement(counts: readonly TollCount[], previous: Pick<TollCount, 'category' | 'group'>): Restatement | undefined {
  const key = countKey(previous);
  const same = counts.findIndex((count) => countKey(count) === key);
  if (same >= 0) return { kind: 'same', index: same, count: counts[same] };
  const groupKey = normaliseGroupKey(previous.group);
  for (const [index, count] of counts.entries()) {
    if (count.category !== previous.category || groupKey === '') continue;
    const includeIndex = count.includes.findIndex((include) => normaliseGroupKey(include.group) === groupKey);
    if (includeIndex >= 0) return { kind: 'include', index, count, includeIndex, include: count.includes[includeIndex] };
  }
  const total = counts.findIndex((count) => count.category === previous.category && isTotalCount(count));
  return total >= 0 ? { kind: 'total', index: total, count: counts[total] } : undefined;
}
