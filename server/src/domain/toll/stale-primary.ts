import type { TollCategory, TollCount, TollRevision } from '../contract';
import { normaliseSourceKey } from './count-key';
import { type TollStateData, findPrimaryRevision } from './toll-state';

/** Another source's figure that is newer and higher than the primary's, for a category the primary counts. */
export interface NewerHigherFigure {
  source: string;
  category: TollCategory;
  /** The other source's figure (sum of its groups' lower bounds). */
  value: number;
  asOf: string;
  /** The primary's figure for the same category, and its time. */
  primarySource: string;
  primaryValue: number;
  primaryAsOf: string;
  /** English, for logs and scripts; the admin writes its own from the fields. */
  message: string;
}

function categoryTotal(counts: readonly TollCount[], category: TollCategory): number | undefined {
  const matching = counts.filter((count) => count.category === category);
  return matching.length === 0 ? undefined : matching.reduce((total, count) => total + count.value, 0);
}

function newerHigher(primary: TollRevision, other: TollRevision): NewerHigherFigure[] {
  if (Date.parse(other.asOf) <= Date.parse(primary.asOf)) return [];
  const categories = [...new Set(other.counts.map((count) => count.category))];
  return categories.flatMap((category) => {
    const primaryValue = categoryTotal(primary.counts, category);
    const value = categoryTotal(other.counts, category) ?? 0;
    if (primaryValue === undefined || value <= primaryValue) return [];
    return [
      {
        source: other.source,
        category,
        value,
        asOf: other.asOf,
        primarySource: primary.source,
        primaryValue,
        primaryAsOf: primary.asOf,
        message: `A newer figure from ${other.source} is higher than the primary (${value} ${category} as of ${other.asOf}; ${primary.source}: ${primaryValue} as of ${primary.asOf})`,
      },
    ];
  });
}

/**
 * A primary figure gone stale in silence: a desk added another source's revision without making it primary, and
 * that source's figure is newer and higher for a category the primary also counts ("more than 5,000" while officials
 * say 25,401). Newest first.
 */
export function findNewerHigherFigures(state: TollStateData): NewerHigherFigure[] {
  const primary = findPrimaryRevision(state);
  if (primary === undefined) return [];
  const primaryKey = normaliseSourceKey(primary.source);
  return state.sources
    .filter((revision) => normaliseSourceKey(revision.source) !== primaryKey)
    .flatMap((revision) => newerHigher(primary, revision))
    .sort((a, b) => Date.parse(b.asOf) - Date.parse(a.asOf));
}
