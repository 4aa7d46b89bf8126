import type { TollCategory } from '../contract';

/**
 * How each category's figure may move between two revisions of the same source: the one place that says it.
 *
 * - `cumulative`: the dead and the injured only add up over a story; a lower figure means the earlier one
 *   was wrong, so going down needs changeKind "correction" with a note.
 * - `current`: a head count of people in a situation now; missing people are found, patients leave critical
 *   condition, the displaced go home, the evacuated return, the arrested are released. These may fall in an
 *   ordinary update.
 */
export type TollCategoryTrend = 'cumulative' | 'current';

export const TOLL_CATEGORY_TRENDS: Readonly<Record<TollCategory, TollCategoryTrend>> = Object.freeze({
  killed: 'cumulative',
  injured: 'cumulative',
  missing: 'current',
  critical: 'current',
  displaced: 'current',
  evacuated: 'current',
  arrested: 'current',
});

/** True when a lower figure for this category needs a correction (it may not simply fall). */
export function lowerFigureNeedsCorrection(category: TollCategory): boolean {
  return TOLL_CATEGORY_TRENDS[category] === 'cumulative';
}
