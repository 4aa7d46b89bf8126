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
