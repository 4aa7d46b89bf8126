import type { TollCount, TollIncludedCount } from '../contract';

/** Groups compare case- and space-insensitively: "Civilians " and "civilians" are the same group. */
export function normaliseGroupKey(group: string | null | undefined): string {
  return (group ?? '').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Sources compare case-insensitively too, so "osdh" does not open a second source next to "OSDH". */
export function normaliseSourceKey(source: string): string {
  return source.trim().replace(/\s+/g, ' ').toLowerCase();
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
