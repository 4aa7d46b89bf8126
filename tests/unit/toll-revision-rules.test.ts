import {
  EMPTY_TOLL_STATE,
  applyTollRevision,
  checkTollRevisionRules,
  createTollRevision,
  resolveTollChangeKind,
  type TollRevisionInput,
  type TollStateData,
} from '../../server/src/domain/toll';
import { count, revisionInput } from '../helpers/toll-fixtures';

const NOW = new Date('2024-05-01T15:00:00Z');


const input = revisionInput;

/** A state built through the real pipeline, one input after the other. */
function stateAfter(...inputs: TollRevisionInput[]): TollStateData {
  return inputs.reduce(
    (state, next) => applyTollRevision(state, createTollRevision(next, state, { createdAt: NOW })),
    EMPTY_TOLL_STATE,
  );
}

const OSDH_15 = input({ counts: [count({ group: 'civilians', includes: [{ group: 'children', value: 3, qualifier: 'exact' }] }), count({ category: 'injured', value: 40 })] });

describe('resolveTollChangeKind', () => {
  test.each<[string, TollRevisionInput, TollStateData, string]>([
    ['first revision, omitted', input(), EMPTY_TOLL_STATE, 'initial'],
    ['later revision, omitted', input(), stateAfter(input()), 'update'],
    ['given kind is kept', input({ changeKind: 'source-change' }), stateAfter(input()), 'source-change'],
  ])('%s', (_name, revisionInput, state, expected) => {
    expect(resolveTollChangeKind(revisionInput, state)).toBe(expected);
  });
});

describe('checkTollRevisionRules: accepted revisions', () => {
  test.each<[string, TollRevisionInput, TollStateData]>([
    ['first revision with changeKind omitted (defaults to initial)', input(), EMPTY_TOLL_STATE],
    ['first revision marked initial', input({ changeKind: 'initial' }), EMPTY_TOLL_STATE],
    ['an update with higher figures', input({ asOf: '2024-05-01T14:30:00Z', counts: [count({ group: 'civilians', value: 17 })] }), stateAfter(OSDH_15)],
    ['an update with the same figures', input({ changeKind: 'update' }), stateAfter(input())],
    ['an update leaving out a category the source gave before (carried over)', input({ counts: [count({ group: 'civilians', value: 16 })] }), stateAfter(OSDH_15)],
    ['a new source reporting with changeKind omitted (update)', input({ source: 'UN', counts: [count({ value: 3 })] }), stateAfter(input())],
    ['a new source as source-change', input({ source: 'UN', changeKind: 'source-change', counts: [count({ value: 3 })] }), stateAfter(input())],
    ['a new source correcting the primary figure, lower (cross-source correction)', input({ source: 'Health ministry', changeKind: 'correction', note: 'bodies double-counted', counts: [count({ value: 12 })] }), stateAfter(input())],
    ['a new source correcting with another category (the missing were found dead)', input({ source: 'Prefecture', changeKind: 'correction', note: 'n', counts: [count({ value: 18 })] }), stateAfter(input({ counts: [count({ category: 'missing', value: 20 })] }))],
    ['a new source correcting the primary figure of another group', input({ source: 'Prefecture', changeKind: 'correction', note: 'n', counts: [count({ value: 10, group: 'people' })] }), stateAfter(input())],
    ['a new source lower than another source', input({ source: 'UN', asOf: '2024-05-01T13:00:00Z', counts: [count({ value: 3 })] }), stateAfter(input())],
    ['a lower figure as a correction with a note', input({ changeKind: 'correction', note: 'double-counted victims', counts: [count({ value: 12 })] }), stateAfter(input())],
    ['a correction upwards with a note', input({ changeKind: 'correction', note: 'typo', counts: [count({ value: 51 })] }), stateAfter(input())],
    ['a lower figure for another group', input({ counts: [count({ group: 'soldiers', value: 3 })] }), stateAfter(input({ counts: [count({ group: 'civilians' })] }))],
    ['a single figure inside the previous range (compares lower bounds)', input({ counts: [count({ value: 12 })] }), stateAfter(input({ counts: [count({ qualifier: 'between', value: 10, valueMax: 15 })] }))],
    ['a qualifier change with the same lower bound', input({ counts: [count({ qualifier: 'about' })] }), stateAfter(input({ counts: [count({ qualifier: 'at-least' })] }))],
    ['fewer injured as the wounded die: injured down by what the killed rose (17 killed, 40 injured → 20 killed, 37 injured)', input({ counts: [count({ value: 20 }), count({ category: 'injured', value: 37 })] }), stateAfter(input({ counts: [count({ value: 17 }), count({ category: 'injured', value: 40 })] }))],
    ['the wounded who died counted in another group (civilians killed, people injured)', input({ counts: [count({ group: 'civilians', value: 18 }), count({ category: 'injured', value: 37 })] }), stateAfter(OSDH_15)],
    ['injured children among the wounded who died', input({ counts: [count({ value: 19 }), count({ category: 'injured', value: 38, includes: [{ group: 'children', value: 8, qualifier: 'exact' }] })] }), stateAfter(input({ counts: [count({ value: 17 }), count({ category: 'injured', value: 40, includes: [{ group: 'children', value: 10, qualifier: 'exact' }] })] }))],
    ['asOf equal to the previous one', input(), stateAfter(input())],
    ['asOf 5 minutes ahead exactly', input({ asOf: '2024-05-01T15:05:00.000Z' }), EMPTY_TOLL_STATE],
    ['asOf 4 minutes ahead (clock skew)', input({ asOf: '2024-05-01T15:04:00.000Z' }), EMPTY_TOLL_STATE],
    ['asOf earlier than another source', input({ source: 'UN', asOf: '2024-05-01T10:00:00Z' }), stateAfter(input())],
  ])('%s', (_name, revisionInput, state) => {
    expect(checkTollRevisionRules(revisionInput, state, NOW)).toEqual([]);
  });
});

describe('checkTollRevisionRules: refused revisions', () => {
  test.each<[string, TollRevisionInput, TollStateData, (string | number)[][], string]>([
    ['asOf 6 minutes in the future', input({ asOf: '2024-05-01T15:06:00.000Z' }), EMPTY_TOLL_STATE, [['asOf']], 'asOf (2024-05-01T15:06:00.000Z) must not be more than 5 minutes in the future'],
    ['asOf earlier than the same source', input({ asOf: '2024-05-01T13:59:00.000Z' }), stateAfter(input()), [['asOf']], "asOf (2024-05-01T13:59:00.000Z) must not be earlier than OSDH's previous revision (2024-05-01T14:00:00.000Z)"],
    ['first revision as update', input({ changeKind: 'update' }), EMPTY_TOLL_STATE, [['changeKind']], 'changeKind must be "initial" for the first revision of a toll'],
    ['first revision as source-change', input({ changeKind: 'source-change' }), EMPTY_TOLL_STATE, [['changeKind']], 'must be "initial"'],
    ['initial on a toll that exists', input({ changeKind: 'initial' }), stateAfter(input()), [['changeKind']], 'changeKind can be "initial" only for the first revision of a toll'],
    ['initial from a new source on a toll that exists', input({ source: 'UN', changeKind: 'initial' }), stateAfter(input()), [['changeKind']], 'only for the first revision'],
    ['a correction with nothing to correct (no toll yet)', input({ changeKind: 'correction', note: 'n' }), EMPTY_TOLL_STATE, [['changeKind']], 'changeKind cannot be "correction": the brief has no toll yet to correct; use "initial"'],
    ['a correction without a note', input({ changeKind: 'correction', counts: [count({ value: 12 })] }), stateAfter(input()), [['note']], 'note is required for a correction'],
    ['a lower figure as an update', input({ counts: [count({ value: 12 })] }), stateAfter(input()), [['counts', 0, 'value']], "counts[0].value (12) is lower than OSDH's previous 15 killed; lowering a toll needs changeKind \"correction\" with a note"],
    ['a lower figure as an update, even with a note', input({ note: 'revised', counts: [count({ value: 12 })] }), stateAfter(input()), [['counts', 0, 'value']], 'needs changeKind "correction"'],
    ['a lower figure for a group', input({ counts: [count({ category: 'injured', value: 40 }), count({ group: 'civilians', value: 14 })] }), stateAfter(OSDH_15), [['counts', 1, 'value']], "counts[1].value (14) is lower than OSDH's previous 15 civilians killed"],
    ['a lower included figure', input({ counts: [count({ group: 'civilians', value: 16, includes: [{ group: 'children', value: 2, qualifier: 'exact' }] })] }), stateAfter(OSDH_15), [['counts', 0, 'includes', 0, 'value']], "counts[0].includes[0].value (2) is lower than OSDH's previous 3 children (killed)"],
    ['a lower bound dropping out of the previous range', input({ counts: [count({ qualifier: 'between', value: 12, valueMax: 20 })] }), stateAfter(input()), [['counts', 0, 'value']], 'is lower than'],
    ['fewer injured by more than the killed rose', input({ counts: [count({ value: 18 }), count({ category: 'injured', value: 35 })] }), stateAfter(input({ counts: [count({ value: 17 }), count({ category: 'injured', value: 40 })] })), [['counts', 1, 'value']], "counts[1].value (35) is lower than OSDH's previous 40 injured"],
    ['fewer injured with the killed unchanged', input({ counts: [count({ value: 17 }), count({ category: 'injured', value: 39 })] }), stateAfter(input({ counts: [count({ value: 17 }), count({ category: 'injured', value: 40 })] })), [['counts', 1, 'value']], 'is lower than'],
    ['the rise of the dead counted once for two injured groups', input({ counts: [count({ value: 19 }), count({ category: 'injured', group: 'soldiers', value: 8 }), count({ category: 'injured', group: 'civilians', value: 28 })] }), stateAfter(input({ counts: [count({ value: 17 }), count({ category: 'injured', group: 'soldiers', value: 10 }), count({ category: 'injured', group: 'civilians', value: 30 })] })), [['counts', 2, 'value']], 'is lower than'],
    ['injured children falling by more than the injured did', input({ counts: [count({ value: 19 }), count({ category: 'injured', value: 38, includes: [{ group: 'children', value: 5, qualifier: 'exact' }] })] }), stateAfter(input({ counts: [count({ value: 17 }), count({ category: 'injured', value: 40, includes: [{ group: 'children', value: 10, qualifier: 'exact' }] })] })), [['counts', 1, 'includes', 0, 'value']], 'is lower than'],
    ['a lower figure from the same source spelled differently', input({ source: 'osdh', counts: [count({ value: 12 })] }), stateAfter(input()), [['counts', 0, 'value']], "is lower than OSDH's previous 15"],
    ['a source-change kind does not allow lowering', input({ changeKind: 'source-change', counts: [count({ value: 12 })] }), stateAfter(input()), [['counts', 0, 'value']], 'is lower than'],
  ])('%s', (_name, revisionInput, state, paths, message) => {
    const errors = checkTollRevisionRules(revisionInput, state, NOW);
    expect(errors.map((error) => error.path)).toEqual(paths);
    expect(errors[0].message).toContain(message);
  });

  test('several rules broken at once are all reported', () => {
    const errors = checkTollRevisionRules(
      input({ asOf: '2024-05-01T13:00:00Z', changeKind: 'initial', counts: [count({ value: 3 })] }),
      stateAfter(input()),
      NOW,
    );
    expect(errors.map((error) => error.path)).toEqual([['asOf'], ['changeKind'], ['counts', 0, 'value']]);
  });
});

describe('createTollRevision', () => {
  const createdAt = new Date('2024-05-01T14:05:00Z');

  test('numbers revisions gaplessly and resolves the change kind', () => {
    const first = createTollRevision(input(), EMPTY_TOLL_STATE, { createdAt });
    const second = createTollRevision(input({ source: 'UN' }), applyTollRevision(EMPTY_TOLL_STATE, first), { createdAt });
    expect([first.revision, first.changeKind, second.revision, second.changeKind]).toEqual([1, 'initial', 2, 'update']);
    expect(first.createdAt).toBe('2024-05-01T14:05:00.000Z');
  });

  test('uses the revision number it is given', () => {
    expect(createTollRevision(input(), EMPTY_TOLL_STATE, { createdAt, revision: 7 }).revision).toBe(7);
  });

  test.each<[string, TollRevisionInput, [string, string | null, number][]]>([
    [
      'an update carries over the counts it leaves out',
      input({ counts: [count({ group: 'civilians', value: 17 })] }),
      [['killed', 'civilians', 17], ['injured', null, 40]],
    ],
    [
      'an update replaces the counts it gives',
      input({ counts: [count({ category: 'injured', value: 41 }), count({ group: 'civilians', value: 18 })] }),
      [['injured', null, 41], ['killed', 'civilians', 18]],
    ],
    [
      'a correction restates the whole toll: omitted counts are dropped',
      input({ changeKind: 'correction', note: 'injured figure was unsourced', counts: [count({ group: 'civilians', value: 15 })] }),
      [['killed', 'civilians', 15]],
    ],
    [
      'another source does not inherit counts',
      input({ source: 'UN', counts: [count({ value: 20 })] }),
      [['killed', null, 20]],
    ],
  ])('%s', (_name, revisionInput, expected) => {
    const revision = createTollRevision(revisionInput, stateAfter(OSDH_15), { createdAt });
    expect(revision.counts.map((c) => [c.category, c.group, c.value])).toEqual(expected);
  });
});
