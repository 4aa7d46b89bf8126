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
  /**
   * The primary figure a correction replaced, set when a correction is or becomes primary: the previous primary's
   * source and counts. It describes the primary only while `revision` is the primary's latest revision.
   * Optional so that states stored without it still load.
   */
  primaryCorrection?: TollPrimaryCorrection;
}

export interface TollPrimaryCorrection {
  revision: number;
  previousSource: string;
  previousCounts: TollCount[];
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

function nextPrimaryCorrection(state: TollStateData, revision: TollRevision, primarySource: string): TollPrimaryCorrection | undefined {
  const replaced = findPrimaryRevision(state);
  const becomesPrimary = normaliseSourceKey(primarySource) === normaliseSourceKey(revision.source);
  if (revision.changeKind !== 'correction' || !becomesPrimary || replaced === undefined) return state.primaryCorrection;
  return { revision: revision.revision, previousSource: replaced.source, previousCounts: replaced.counts };
}

/** The state after a revision (pure: the given state is left untouched). */
export function applyTollRevision(state: TollStateData, revision: TollRevision): TollStateData {
  const primarySource = nextPrimarySource(state, revision);
  const primaryCorrection = nextPrimaryCorrection(state, revision, primarySource);
  return {
    primarySource,
    sources: replaceSource(state.sources, revision),
    previousCounts: nextPreviousCounts(state, revision),
    ...(primaryCorrection === undefined ? {} : { primaryCorrection }),
  };
}

/**
 * The figure the primary's latest revision corrected, or undefined when that revision is no correction. States
 * stored before `primaryCorrection` existed fall back to the same source's previous counts.
 */
export function findPrimaryCorrection(state: TollStateData): TollPrimaryCorrection | undefined {
  const primary = findPrimaryRevision(state);
  if (primary === undefined || primary.changeKind !== 'correction') return undefined;
  if (state.primaryCorrection?.revision === primary.revision) return state.primaryCorrection;
  const previousCounts = findPreviousCounts(state, primary.source);
  return previousCounts === undefined ? undefined : { revision: primary.revision, previousSource: primary.source, previousCounts };
}

/**
 * Replays a history (oldest first) and returns what each correction replaced, keyed by revision number: the
 * previous primary figure when the correction is or becomes primary, else the same source's previous figure.
 */
export function correctionsInHistory(revisions: readonly TollRevision[]): Map<number, TollPrimaryCorrection> {
  const corrections = new Map<number, TollPrimaryCorrection>();
  revisions.reduce<TollStateData>((state, revision) => {
    const next = applyTollRevision(state, revision);
    if (revision.changeKind !== 'correction') return next;
    const own = findSourceRevision(state, revision.source);
    const replaced = next.primaryCorrection?.revision === revision.revision ? next.primaryCorrection : undefined;
    if (replaced !== undefined) corrections.set(revision.revision, replaced);
    else if (own !== undefined) corrections.set(revision.revision, { revision: revision.revision, previousSource: own.source, previousCounts: own.counts });
    return next;
  }, EMPTY_TOLL_STATE);
  return corrections;
}
