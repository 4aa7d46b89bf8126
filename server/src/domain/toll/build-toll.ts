import type { Toll, TollCorrection, TollCount, TollRevision, TollSourceState } from '../contract';
import { normaliseSourceKey } from './count-key';
import { renderTollText } from './toll-text';
import { type TollStateData, findPreviousCounts, findPrimaryCorrection, findPrimaryRevision } from './toll-state';

/**
 * What a source's latest revision replaced, for its text. Readers of a correction need to see it; a plain update
 * speaks for itself. The primary's correction names the previous primary figure (maybe another authority's).
 */
function replacedCounts(state: TollStateData, revision: TollRevision, isPrimary: boolean): TollCount[] | undefined {
  if (revision.changeKind !== 'correction') return undefined;
  const primaryCorrection = isPrimary ? findPrimaryCorrection(state) : undefined;
  return primaryCorrection?.previousCounts ?? findPreviousCounts(state, revision.source);
}

function sourceState(state: TollStateData, revision: TollRevision, locale: string, isPrimary: boolean): TollSourceState {
  const previousCounts = replacedCounts(state, revision, isPrimary);
  return {
    source: revision.source,
    revision: revision.revision,
    asOf: revision.asOf,
    counts: revision.counts,
    mayRise: revision.mayRise,
    mayRiseReason: revision.mayRiseReason,
    text: renderTollText(revision, locale, previousCounts === undefined ? {} : { previous: { counts: previousCounts } }),
  };
}

function tollCorrection(state: TollStateData, primary: TollRevision): TollCorrection | null {
  const correction = findPrimaryCorrection(state);
  if (correction === undefined) return null;
  return { previousSource: correction.previousSource, previous: correction.previousCounts, note: primary.note, at: primary.createdAt };
}

/** The public toll in one locale; null while the brief has no revision. */
export function buildToll(state: TollStateData, version: number, locale: string): Toll | null {
  const primary = findPrimaryRevision(state);
  if (primary === undefined) return null;
  const primaryKey = normaliseSourceKey(primary.source);
  const sources = state.sources.map((revision) => sourceState(state, revision, locale, normaliseSourceKey(revision.source) === primaryKey));
  const primaryState = sources[state.sources.indexOf(primary)];
  return {
    version,
    primarySource: primary.source,
    mayRise: primary.mayRise,
    mayRiseReason: primary.mayRiseReason,
    asOf: primary.asOf,
    text: primaryState.text,
    sources,
    correction: tollCorrection(state, primary),
  };
}
