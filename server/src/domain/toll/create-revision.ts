import type { TollChangeKind, TollCount, TollRevision } from '../contract';
import { findRestatement } from './count-key';
import type { TollRevisionInput } from './parse-revision-input';
import { type TollStateData, findSourceRevision, hasToll, nextTollRevisionNumber } from './toll-state';

/** The change kind a revision stands for: the one given, else "initial" first and "update" after. */
export function resolveTollChangeKind(input: Pick<TollRevisionInput, 'changeKind'>, state: TollStateData): TollChangeKind {
  return input.changeKind ?? (hasToll(state) ? 'update' : 'initial');
}

/**
 * Counts the source had before and left out are carried over: desks often update "killed"
 * alone, which must not wipe "injured". A count the update restates is not: "17 people killed,
 * including 16 civilians" after "15 civilians killed" replaces it (findRestatement), or the toll
 * would count the same dead twice. A correction restates the whole toll, so there an omitted
 * count is dropped on purpose.
 */
export function carryOverCounts(
  counts: readonly TollCount[],
  previous: Pick<TollRevision, 'counts'> | undefined,
  changeKind: TollChangeKind,
): TollCount[] {
  if (previous === undefined || changeKind === 'correction') return [...counts];
  return [...counts, ...carriedCounts(counts, previous.counts)];
}

/** The previous counts an update leaves out, which it carries over. */
export function carriedCounts(counts: readonly TollCount[], previous: readonly TollCount[]): TollCount[] {
  return previous.filter((count) => findRestatement(counts, count) === undefined);
}

export interface CreateTollRevisionOptions {
  createdAt: Date;
  /** Defaults to the next gapless number derived from the state. */
  revision?: number;
}

/**
 * A correction from a source reporting for the first time corrects the story's primary figure (police 359 →
 * health ministry 253), so it becomes primary whether or not the desk ticked "primary".
 */
export function correctsPrimaryFromAnotherSource(input: Pick<TollRevisionInput, 'changeKind' | 'source'>, state: TollStateData): boolean {
  return input.changeKind === 'correction' && hasToll(state) && findSourceRevision(state, input.source) === undefined;
}

/** The revision to store for an input that passed checkTollRevisionRules against the same state. */
export function createTollRevision(
  input: TollRevisionInput,
  state: TollStateData,
  options: CreateTollRevisionOptions,
): TollRevision {
  const changeKind = resolveTollChangeKind(input, state);
  const previous = findSourceRevision(state, input.source);
  return {
    revision: options.revision ?? nextTollRevisionNumber(state),
    source: input.source,
    asOf: input.asOf,
    counts: carryOverCounts(input.counts, previous, changeKind),
    mayRise: input.mayRise,
    mayRiseReason: input.mayRiseReason,
    changeKind,
    note: input.note,
    primary: input.primary || correctsPrimaryFromAnotherSource(input, state),
    createdAt: options.createdAt.toISOString(),
  };
}
