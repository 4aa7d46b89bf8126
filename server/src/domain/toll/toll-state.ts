import type { TollCount, TollRevision } from '../contract';
import { normaliseSourceKey } from './count-key';

/**
 * The current toll of a brief, stored as JSON next to it: the latest revision of each source
 * (in the order sources first reported) and which source is primary.
 */
export interface TollStateData {
  primarySource: string | null;
  sources: TollRevision[];
  /**
   * Counts of each source's revision before its latest one, keyed by normalised source
   * (see normaliseSourceKey); they feed the "previous toll" wording of corrections.
   * Optional so that states stored without it still load.
   */
  previousCounts?: Record<string, TollCount[]>;
}

const NO_SOURCES: TollRevision[] = [];
Object.freeze(NO_SOURCES);

export const EMPTY_TOLL_STATE: TollStateData = Object.freeze({ primarySource: null, sources: NO_SOURCES });

export function hasToll(state: TollStateData): boolean {
  return state.sources.length > 0;
}

export function findSourceRevision(state: TollStateData, source: string): TollRevision | undefined {
  const key = normaliseSourceKey(source);
  return state.sources.find((revision) => normaliseSourceKey(revision.source) === key);
}

/** The primary source's latest revision; the first source if the state names no known primary. */
export function findPrimaryRevision(state: TollStateData): TollRevision | undefined {
  const primary = state.primarySource === null ? undefined : findSourceRevision(state, state.primarySource);
  return primary ?? state.sources[0];
}

export function findPreviousCounts(state: TollStateData, source: string): TollCount[] | undefined {
  return state.previousCounts?.[normaliseSourceKey(source)];
}

/** Revision numbers are gapless per brief, and the newest revision is always some source's latest. */
export function nextTollRevisionNumber(state: TollStateData): number {
  return state.sources.reduce((highest, revision) => Math.max(highest, revision.revision), 0) + 1;
}

function replaceSource(sources: readonly TollRevision[], revision: TollRevision): TollRevision[] {
  const key = normaliseSourceKey(revision.source);
  const index = sources.findIndex((existing) => normaliseSourceKey(existing.source) === key);
  if (index === -1) return [...sources, revision];
  return sources.map((existing, position) => (position === index ? revision : existing));
}

function nextPrimarySource(state: TollStateData, revision: TollRevision): string {
  if (revision.primary || state.primarySource === null) return revision.source;
  // Keep the primary's latest spelling when it is the one reporting.
  const samePrimary = normaliseSourceKey(state.primarySource) === normaliseSourceKey(revision.source);
  return samePrimary ? revision.source : state.primarySource;
}

function nextPreviousCounts(state: TollStateData, revision: TollRevision): Record<string, TollCount[]> {
  const previous = findSourceRevision(state, revision.source);
  const key = normaliseSourceKey(revision.source);
  const others = Object.fromEntries(Object.entries(state.previousCounts ?? {}).filter(([source]) => source !== key));
  return previous === undefined ? others : { ...others, [key]: previous.counts };
}

/** The state after a revision (pure: the given state is left untouched). */
export function applyTollRevision(state: TollStateData, revision: TollRevision): TollStateData {
  return {
    primarySource: nextPrimarySource(state, revision),
    sources: replaceSource(state.sources, revision),
    previousCounts: nextPreviousCounts(state, revision),
  };
}
