import type { Toll, TollRevision, TollSourceState } from '../contract';
import { renderTollText } from './toll-text';
import { type TollStateData, findPreviousCounts, findPrimaryRevision } from './toll-state';

function sourceText(state: TollStateData, revision: TollRevision, locale: string): string {
  // Readers of a correction need to see what it replaces; a plain update speaks for itself.
  const previousCounts = revision.changeKind === 'correction' ? findPreviousCounts(state, revision.source) : undefined;
  return renderTollText(revision, locale, previousCounts === undefined ? {} : { previous: { counts: previousCounts } });
}

function sourceState(state: TollStateData, revision: TollRevision, locale: string): TollSourceState {
  return {
    source: revision.source,
    revision: revision.revision,
    asOf: revision.asOf,
    counts: revision.counts,
    mayRise: revision.mayRise,
    mayRiseReason: revision.mayRiseReason,
    text: sourceText(state, revision, locale),
  };
}

/** The public toll in one locale; null while the brief has no revision. */
export function buildToll(state: TollStateData, version: number, locale: string): Toll | null {
  const primary = findPrimaryRevision(state);
  if (primary === undefined) return null;
  const sources = state.sources.map((revision) => sourceState(state, revision, locale));
  const primaryState = sources[state.sources.indexOf(primary)];
  return {
    version,
    primarySource: primary.source,
    mayRise: primary.mayRise,
    mayRiseReason: primary.mayRiseReason,
    asOf: primary.asOf,
    text: primaryState.text,
    sources,
  };
}
