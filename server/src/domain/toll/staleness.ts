import { type TollStateData, findPrimaryRevision } from './toll-state';

/** One brief to watch: whatever the caller needs to show it (id, locale, headline…) plus its toll. */
export interface TollStalenessEntry<TBrief> {
  brief: TBrief;
  state: TollStateData;
  /** When the toll last changed; null falls back to the newest revision's createdAt. */
  lastChangedAt: string | Date | null;
}

export interface StaleToll<TBrief> {
  brief: TBrief;
  primarySource: string;
  mayRiseReason: string | null;
  lastChangedAt: string; // ISO 8601
  minutesSinceChange: number; // whole minutes, rounded down
}

function toTime(value: string | Date): number {
  return typeof value === 'string' ? Date.parse(value) : value.getTime();
}

function lastChangeTime(entry: TollStalenessEntry<unknown>): number {
  if (entry.lastChangedAt !== null) return toTime(entry.lastChangedAt);
  const created = entry.state.sources.map((revision) => Date.parse(revision.createdAt));
  return created.length === 0 ? Number.NaN : Math.max(...created);
}

function staleToll<TBrief>(entry: TollStalenessEntry<TBrief>, now: Date, staleAfterMinutes: number): StaleToll<TBrief>[] {
  const primary = findPrimaryRevision(entry.state);
  const changedAt = lastChangeTime(entry);
  if (primary === undefined || !primary.mayRise || Number.isNaN(changedAt)) return [];
  const age = now.getTime() - changedAt;
  if (age <= staleAfterMinutes * 60_000) return [];
  return [
    {
      brief: entry.brief,
      primarySource: primary.source,
      mayRiseReason: primary.mayRiseReason,
      lastChangedAt: new Date(changedAt).toISOString(),
      minutesSinceChange: Math.floor(age / 60_000),
    },
  ];
}

/**
 * Tolls that "may rise" but have not moved for more than staleAfterMinutes: the desk should
 * check the source again. Newest change first.
 */
export function findStaleTolls<TBrief>(
  entries: readonly TollStalenessEntry<TBrief>[],
  now: Date,
  staleAfterMinutes: number,
): StaleToll<TBrief>[] {
  return entries
    .flatMap((entry) => staleToll(entry, now, staleAfterMinutes))
    .sort((a, b) => Date.parse(b.lastChangedAt) - Date.parse(a.lastChangedAt));
}
