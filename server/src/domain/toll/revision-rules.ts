import type { FieldError, TollChangeKind, TollCount, TollQualifier, TollRevision } from '../contract';
import { lowerFigureNeedsCorrection } from './category-rules';
import { findMatchingCount, findMatchingInclude, findRestatement } from './count-key';
import { carriedCounts, resolveTollChangeKind } from './create-revision';
import { type FieldPath, fieldError } from './field-path';
import type { TollRevisionInput } from './parse-revision-input';
import { type TollStateData, findSourceRevision, hasToll } from './toll-state';

/** Clock skew tolerated between a source's timestamp and the server. */
export const MAX_AS_OF_AHEAD_MS = 5 * 60_000;

function asOfErrors(input: TollRevisionInput, previous: TollRevision | undefined, now: Date): FieldError[] {
  const asOf = Date.parse(input.asOf);
  if (asOf - now.getTime() > MAX_AS_OF_AHEAD_MS) {
    return [fieldError(['asOf'], `(${input.asOf}) must not be more than 5 minutes in the future`, 'toll.as_of_in_future')];
  }
  if (previous !== undefined && asOf < Date.parse(previous.asOf)) {
    return [
      fieldError(
        ['asOf'],
        `(${input.asOf}) must not be earlier than ${previous.source}'s previous revision (${previous.asOf})`,
        'toll.as_of_before_previous',
        { previous: previous.asOf, source: previous.source },
      ),
    ];
  }
  return [];
}

// A correction from a source reporting for the first time corrects the story's primary figure (police 359 killed →
// health ministry 253): accepted whenever there is a toll to correct, and it becomes primary (createTollRevision).
function changeKindErrors(kind: TollChangeKind, state: TollStateData): FieldError[] {
  if (!hasToll(state)) {
    if (kind === 'correction') {
      return [fieldError(['changeKind'], 'cannot be "correction": the brief has no toll yet to correct; use "initial"', 'toll.change_kind_not_allowed', { use: 'initial' })];
    }
    return kind === 'initial' ? [] : [fieldError(['changeKind'], 'must be "initial" for the first revision of a toll', 'toll.change_kind_not_allowed', { use: 'initial' })];
  }
  if (kind === 'initial') {
    return [fieldError(['changeKind'], 'can be "initial" only for the first revision of a toll; use "update"', 'toll.change_kind_not_allowed', { use: 'update' })];
  }
  return [];
}

function correctionNoteErrors(kind: TollChangeKind, input: TollRevisionInput): FieldError[] {
  return kind === 'correction' && input.note === null
    ? [fieldError(['note'], 'is required for a correction: say what was wrong', 'toll.correction_needs_note')]
    : [];
}

function lowerValueError(path: FieldPath, value: number, previousValue: number, previousSource: string, what: string): FieldError {
  return fieldError(
    path,
    `(${value}) is lower than ${previousSource}'s previous ${previousValue} ${what}; ` +
      'lowering a toll needs changeKind "correction" with a note',
    'toll.lower_without_correction',
    { previous: previousValue, source: previousSource },
  );
}

/** Estimates ("about 100", "nearly 100", "up to 300"): a count below one refines it, a lower estimate revises it. */
const ESTIMATES: ReadonlySet<TollQualifier> = new Set<TollQualifier>(['about', 'nearly', 'up-to']);

type Figure = Pick<TollCount, 'value' | 'qualifier'>;

/** The figure `next` may not go under without a correction: none when it counts what `before` only estimated. */
function floorOf(before: Figure, next: Figure): number {
  return ESTIMATES.has(before.qualifier) && !ESTIMATES.has(next.qualifier) ? 0 : before.value;
}

/** `allowedDrop`: how far an included group may fall (the injured children among the injured who died). */
function lowerIncludeErrors(count: TollCount, previousCount: TollCount, index: number, source: string, allowedDrop = 0): FieldError[] {
  return count.includes.flatMap((include, includeIndex) => {
    const before = findMatchingInclude(previousCount.includes, include);
    if (before === undefined || include.value >= floorOf(before, include) - allowedDrop) return [];
    const path = ['counts', index, 'includes', includeIndex, 'value'];
    return [lowerValueError(path, include.value, before.value, source, `${include.group} (${count.category})`)];
  });
}

function describeCount(count: TollCount): string {
  return count.group === null ? count.category : `${count.group} ${count.category}`;
}

const killedTotal = (counts: readonly TollCount[]): number => counts.filter((count) => count.category === 'killed').reduce((sum, count) => sum + count.value, 0);

/**
 * How many more dead this revision gives than the source's previous one, its killed counts of every group together
 * (groups the input leaves out are carried over, as the revision will store them).
 */
function killedRise(input: TollRevisionInput, previous: TollRevision): number {
  return killedTotal([...input.counts, ...carriedCounts(input.counts, previous.counts)]) - killedTotal(previous.counts);
}

// Ranges compare by their lower bound (`value`): "between 10 and 15" → "12" is not a drop; a count below an
// estimate refines it ("about 100" → "96"; floorOf). Only cumulative categories (TOLL_CATEGORY_TRENDS) are
// checked, with their included groups: 4 missing → 2 missing is news. The injured may fall by as many as the dead
// rose in the same revision ("20 killed and 37 injured", after "17 killed and 40 injured": three of the wounded
// died), which is an update, not a correction.
function lowerCountErrors(input: TollRevisionInput, previous: TollRevision | undefined): FieldError[] {
  if (previous === undefined) return [];
  let injuredWhoDied = Math.max(0, killedRise(input, previous));
  const sameCountErrors = input.counts.flatMap((count, index) => {
    const before = findMatchingCount(previous.counts, count);
    if (before === undefined || !lowerFigureNeedsCorrection(count.category)) return [];
    const drop = floorOf(before, count) - count.value;
    if (count.category === 'injured' && drop > 0 && drop <= injuredWhoDied) {
      injuredWhoDied -= drop;
      return lowerIncludeErrors(count, before, index, previous.source, drop);
    }
    const own = drop > 0 ? [lowerValueError(['counts', index, 'value'], count.value, before.value, previous.source, describeCount(count))] : [];
    return [...own, ...lowerIncludeErrors(count, before, index, previous.source)];
  });
  return [...sameCountErrors, ...restatedCountErrors(input, previous)];
}

/**
 * A count restated under another group may not fall either: "17 people, including 14 civilians" or "12 people"
 * after "15 civilians" lowers the civilians. A total is compared with each group it replaces.
 */
function restatedCountErrors(input: TollRevisionInput, previous: TollRevision): FieldError[] {
  return previous.counts.flatMap((before) => {
    const restatement = lowerFigureNeedsCorrection(before.category) ? findRestatement(input.counts, before) : undefined;
    if (restatement === undefined || restatement.kind === 'same') return [];
    const [path, next] =
      restatement.kind === 'include'
        ? [['counts', restatement.index, 'includes', restatement.includeIndex, 'value'], restatement.include]
        : [['counts', restatement.index, 'value'], restatement.count];
    return next.value < floorOf(before, next) ? [lowerValueError(path, next.value, before.value, previous.source, describeCount(before))] : [];
  });
}

/** Rules of a revision against the brief's current toll; an empty list means accepted. */
export function checkTollRevisionRules(input: TollRevisionInput, state: TollStateData, now: Date): FieldError[] {
  const kind = resolveTollChangeKind(input, state);
  const previous = findSourceRevision(state, input.source);
  return [
    ...asOfErrors(input, previous, now),
    ...changeKindErrors(kind, state),
    ...correctionNoteErrors(kind, input),
    // A correction may lower anything; its missing note is reported once, on ["note"].
    ...(kind === 'correction' ? [] : lowerCountErrors(input, previous)),
  ];
}
