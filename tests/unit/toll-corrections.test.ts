import {
  EMPTY_TOLL_STATE,
  TOLL_CATEGORY_TRENDS,
  applyTollRevision,
  buildToll,
  checkTollRevisionRules,
  correctionsInHistory,
  createTollRevision,
  findNewerHigherFigures,
  type TollRevisionInput,
  type TollStateData,
} from '../../server/src/domain/toll';
import { TOLL_CATEGORIES, type TollCategory, type TollRevision } from '../../server/src/domain/contract';
import { count, revisionInput } from '../helpers/toll-fixtures';

const NOW = new Date('2024-05-03T15:00:00Z');

const input = (overrides: Partial<TollRevisionInput> = {}): TollRevisionInput => revisionInput({ source: 'Police', ...overrides });

/** Each input checked against the rules (it must pass) and applied, like the toll desk does. */
function replay(...inputs: TollRevisionInput[]): { state: TollStateData; revisions: TollRevision[] } {
  return inputs.reduce<{ state: TollStateData; revisions: TollRevision[] }>(
    ({ state, revisions }, next) => {
      expect(checkTollRevisionRules(next, state, NOW)).toEqual([]);
      const revision = createTollRevision(next, state, { createdAt: NOW });
      return { state: applyTollRevision(state, revision), revisions: [...revisions, revision] };
    },
    { state: EMPTY_TOLL_STATE, revisions: [] },
  );
}

describe('per-category monotonicity: the one table', () => {
  test('every category has a trend; only killed and injured are cumulative', () => {
    expect(Object.keys(TOLL_CATEGORY_TRENDS).sort()).toEqual([...TOLL_CATEGORIES].sort());
    expect(TOLL_CATEGORIES.filter((category) => TOLL_CATEGORY_TRENDS[category] === 'cumulative')).toEqual(['killed', 'injured']);
  });

  test.each<[TollCategory, boolean]>([
    ['killed', false],
    ['injured', false],
    ['missing', true],
    ['critical', true],
    ['displaced', true],
    ['evacuated', true],
    ['arrested', true],
  ])('%s: a lower figure in an ordinary update accepted = %s', (category, accepted) => {
    const { state } = replay(input({ counts: [count({ category, value: 4, includes: [{ group: 'children', value: 2, qualifier: 'exact' }] })] }));
    const lower = input({ asOf: '2024-05-01T15:00:00Z', counts: [count({ category, value: 2, includes: [{ group: 'children', value: 1, qualifier: 'exact' }] })] });
    const errors = checkTollRevisionRules(lower, state, NOW);
    if (accepted) {
      expect(errors).toEqual([]);
    } else {
      expect(errors.map((error) => [error.path, error.code, error.params])).toEqual([
        [['counts', 0, 'value'], 'toll.lower_without_correction', { previous: 4, source: 'Police' }],
        [['counts', 0, 'includes', 0, 'value'], 'toll.lower_without_correction', { previous: 2, source: 'Police' }],
      ]);
    }
  });

  test('4 missing → 2 missing while the killed rise is an ordinary update', () => {
    const { state } = replay(
      input({ source: 'Prefecture', counts: [count({ value: 3 }), count({ category: 'missing', value: 4 })] }),
      input({ source: 'Prefecture', asOf: '2024-05-01T18:00:00Z', counts: [count({ value: 5 }), count({ category: 'missing', value: 2 })] }),
    );
    expect(buildToll(state, 2, 'en')?.text).toBe('5 killed and 2 missing (Prefecture)');
    expect(buildToll(state, 2, 'fr')?.text).toBe('5 morts et 2 disparus (Prefecture)');
  });
});

describe('a count below an estimate refines it: an update', () => {
  test.each<[string, TollRevisionInput['counts'], TollRevisionInput['counts'], string]>([
    ['about 100 → 96', [count({ value: 100, qualifier: 'about' })], [count({ value: 96 })], '96 killed (Police)'],
    ['nearly 100 → 95', [count({ value: 100, qualifier: 'nearly' })], [count({ value: 95 })], '95 killed (Police)'],
    ['up to 300 → at least 112', [count({ value: 300, qualifier: 'up-to' })], [count({ value: 112, qualifier: 'at-least' })], 'At least 112 killed (Police)'],
    [
      '20 killed, including about 10 children → 20 killed, including 8 children',
      [count({ value: 20, includes: [{ group: 'children', value: 10, valueMax: null, qualifier: 'about' }] })],
      [count({ value: 20, includes: [{ group: 'children', value: 8, valueMax: null, qualifier: 'exact' }] })],
      '20 killed, including eight children (Police)',
    ],
  ])('%s', (_label, first, second, text) => {
    const { state } = replay(input({ counts: first }), input({ asOf: '2024-05-01T18:00:00Z', counts: second }));
    expect(buildToll(state, 2, 'en')?.text).toBe(text);
  });

  test.each<[string, TollRevisionInput['counts'], TollRevisionInput['counts']]>([
    ['at least 100 → 96', [count({ value: 100, qualifier: 'at-least' })], [count({ value: 96 })]],
    ['about 120 → about 110: a lower estimate', [count({ value: 120, qualifier: 'about' })], [count({ value: 110, qualifier: 'about' })]],
  ])('%s still needs a correction', (_label, first, second) => {
    const { state } = replay(input({ counts: first }));
    const errors = checkTollRevisionRules(input({ asOf: '2024-05-01T18:00:00Z', counts: second }), state, NOW);
    expect(errors.map((error) => error.code)).toEqual(['toll.lower_without_correction']);
  });
});

describe('an update that restates a count under another group replaces it', () => {
  const later = (counts: TollRevisionInput['counts']) => input({ asOf: '2024-05-01T18:00:00Z', counts });
  const child = { group: 'children', value: 1, valueMax: null, qualifier: 'exact' as const };
  const civiliansAmong = (value: number) => ({ group: 'civilians', value, valueMax: null, qualifier: 'exact' as const });

  test.each<[string, TollRevisionInput['counts'], TollRevisionInput['counts'], string]>([
    [
      '15 civilians, including a child → 17 people, including 16 civilians',
      [count({ group: 'civilians', includes: [child] })],
      [count({ value: 17, group: 'people', includes: [civiliansAmong(16)] })],
      '17 people killed, including 16 civilians (Police)',
    ],
    ['12 civilians and 3 soldiers → 20 killed: the total replaces both', [count({ value: 12, group: 'civilians' }), count({ value: 3, group: 'soldiers' }), count({ category: 'injured', value: 40 })], [count({ value: 20 })], '20 killed and 40 injured (Police)'],
    ['15 killed → 17 people', [count()], [count({ value: 17, group: 'people' })], '17 people killed (Police)'],
    ['12 civilians and 3 soldiers → 14 civilians: the soldiers are carried over', [count({ value: 12, group: 'civilians' }), count({ value: 3, group: 'soldiers' })], [count({ value: 14, group: 'civilians' })], '14 civilians killed and 3 soldiers killed (Police)'],
  ])('%s', (_label, first, second, text) => {
    const { state } = replay(input({ counts: first }), later(second));
    expect(buildToll(state, 2, 'en')?.text).toBe(text);
  });

  test.each<[string, TollRevisionInput['counts'], (string | number)[], number]>([
    ['15 civilians → 17 people, including 14 civilians', [count({ value: 17, group: 'people', includes: [civiliansAmong(14)] })], ['counts', 0, 'includes', 0, 'value'], 14],
    ['15 civilians → 12 people', [count({ value: 12, group: 'people' })], ['counts', 0, 'value'], 12],
  ])('a restated count may not fall without a correction: %s', (_label, second, path, value) => {
    const { state } = replay(input({ counts: [count({ group: 'civilians' })] }));
    const errors = checkTollRevisionRules(later(second), state, NOW);
    expect(errors.map((error) => [error.path, error.code, error.params])).toEqual([[path, 'toll.lower_without_correction', { previous: 15, source: 'Police' }]]);
    expect(errors[0].message).toContain(`(${value}) is lower than Police's previous 15 civilians killed`);
  });
});

describe('corrections by another authority', () => {
  test.each<[string, TollRevisionInput[], string, string, { previousSource: string; previous: number }]>([
    [
      'police 359 killed → health ministry corrects to 253 (double-counted bodies)',
      [
        input({ counts: [count({ value: 359, group: 'people' })] }),
        input({ source: 'Health ministry', asOf: '2024-05-03T10:00:00Z', changeKind: 'correction', note: 'some bodies were counted twice', counts: [count({ value: 253, group: 'people' })] }),
      ],
      '253 people killed, revised down from 359 (Health ministry)',
      '253 personnes tuées, bilan revu à la baisse, contre 359 précédemment (Health ministry)',
      { previousSource: 'Police', previous: 359 },
    ],
    [
      'a first count of 13 dead → the prefecture corrects to 10',
      [
        input({ source: 'Rescuers', counts: [count({ value: 13 })] }),
        input({ source: 'Prefecture', asOf: '2024-05-01T16:00:00Z', changeKind: 'correction', note: 'three injured were counted as dead', counts: [count({ value: 10 })] }),
      ],
      '10 killed, revised down from 13 (Prefecture)',
      '10 morts, bilan revu à la baisse, contre 13 précédemment (Prefecture)',
      { previousSource: 'Rescuers', previous: 13 },
    ],
    [
      'government 39 → prefecture 38, with a toll that may rise',
      [
        input({ source: 'Government', counts: [count({ value: 39 })] }),
        input({ source: 'Prefecture', asOf: '2024-05-01T16:00:00Z', changeKind: 'correction', note: 'one victim was counted twice', mayRise: true, counts: [count({ value: 38 })] }),
      ],
      '38 killed, revised down from 39; toll may rise (Prefecture)',
      "38 morts, bilan revu à la baisse, contre 39 précédemment ; le bilan pourrait s'alourdir (Prefecture)",
      { previousSource: 'Government', previous: 39 },
    ],
    [
      'an upward correction by another authority, thousands separated',
      [
        input({ source: 'Civil defence', counts: [count({ value: 5000, qualifier: 'more-than' })] }),
        input({ source: 'Government', asOf: '2024-05-02T10:00:00Z', changeKind: 'correction', note: 'the first count left out two provinces', counts: [count({ value: 25401 })] }),
      ],
      '25,401 killed, revised up from more than 5,000 (Government)',
      '25 401 morts, bilan revu à la hausse, contre plus de 5 000 précédemment (Government)',
      { previousSource: 'Civil defence', previous: 5000 },
    ],
    [
      'a same-source downward correction',
      [input({ counts: [count({ value: 47 })] }), input({ asOf: '2024-05-01T15:00:00Z', changeKind: 'correction', note: 'double count', counts: [count({ value: 45 })] })],
      '45 killed, revised down from 47 (Police)',
      '45 morts, bilan revu à la baisse, contre 47 précédemment (Police)',
      { previousSource: 'Police', previous: 47 },
    ],
  ])('%s', (_name, inputs, english, french, expected) => {
    const { state, revisions } = replay(...inputs);
    const last = revisions[revisions.length - 1];
    const toll = buildToll(state, revisions.length, 'en');
    expect(toll?.primarySource).toBe(last.source);
    expect(last.primary).toBe(last.source !== inputs[0].source);
    expect(toll?.text).toBe(english);
    expect(buildToll(state, revisions.length, 'fr')?.text).toBe(french);
    expect(toll?.correction).toEqual({ previousSource: expected.previousSource, previous: [expect.objectContaining({ value: expected.previous })], note: last.note, at: NOW.toISOString() });
    // The history gives the same replaced figure for the feed event.
    expect(correctionsInHistory(revisions).get(last.revision)).toMatchObject({ previousSource: expected.previousSource, previousCounts: [expect.objectContaining({ value: expected.previous })] });
  });

  test('a secondary source correcting its own figure stays secondary and its text names its own previous figure', () => {
    const { state, revisions } = replay(
      input({ counts: [count({ value: 30 })] }),
      input({ source: 'UN', asOf: '2024-05-01T15:00:00Z', counts: [count({ value: 20 })] }),
      input({ source: 'UN', asOf: '2024-05-01T16:00:00Z', changeKind: 'correction', note: 'typo', counts: [count({ value: 18 })] }),
    );
    const toll = buildToll(state, 3, 'en');
    expect([toll?.primarySource, toll?.text, toll?.correction]).toEqual(['Police', '30 killed (Police)', null]);
    expect(toll?.sources[1].text).toBe('18 killed, revised down from 20 (UN)');
    expect(correctionsInHistory(revisions).get(3)).toMatchObject({ previousSource: 'UN', previousCounts: [expect.objectContaining({ value: 20 })] });
  });

  test('a secondary source correcting with "primary" replaces the primary figure', () => {
    const { state } = replay(
      input({ counts: [count({ value: 359 })] }),
      input({ source: 'Health ministry', asOf: '2024-05-01T15:00:00Z', counts: [count({ value: 300 })] }),
      input({ source: 'Health ministry', asOf: '2024-05-02T15:00:00Z', changeKind: 'correction', note: 'double count', primary: true, counts: [count({ value: 253 })] }),
    );
    expect(buildToll(state, 3, 'en')).toMatchObject({ primarySource: 'Health ministry', text: '253 killed, revised down from 359 (Health ministry)', correction: { previousSource: 'Police' } });
  });

  test('the next ordinary update of the primary ends the correction', () => {
    const { state } = replay(
      input({ counts: [count({ value: 359 })] }),
      input({ source: 'Health ministry', asOf: '2024-05-02T10:00:00Z', changeKind: 'correction', note: 'double count', counts: [count({ value: 253 })] }),
      input({ source: 'Health ministry', asOf: '2024-05-02T18:00:00Z', counts: [count({ value: 260 })] }),
    );
    expect(buildToll(state, 3, 'en')).toMatchObject({ text: '260 killed (Health ministry)', correction: null });
  });

  test('a secondary update after a correction keeps the primary correction', () => {
    const { state } = replay(
      input({ counts: [count({ value: 359 })] }),
      input({ source: 'Health ministry', asOf: '2024-05-02T10:00:00Z', changeKind: 'correction', note: 'double count', counts: [count({ value: 253 })] }),
      input({ source: 'UN', asOf: '2024-05-02T11:00:00Z', counts: [count({ value: 250 })] }),
    );
    expect(buildToll(state, 3, 'en')).toMatchObject({ primarySource: 'Health ministry', correction: { previousSource: 'Police', note: 'double count' } });
  });
});

describe('findNewerHigherFigures: a primary gone stale in silence', () => {
  const primary = input({ source: 'Civil defence', asOf: '2024-05-01T10:00:00Z', counts: [count({ value: 5000, qualifier: 'more-than' }), count({ category: 'missing', value: 40 })] });
  test.each<[string, TollRevisionInput[], [string, TollCategory, number, number][]]>([
    ['a newer, higher figure of the same category', [primary, input({ source: 'Officials', asOf: '2024-05-02T10:00:00Z', counts: [count({ value: 25401 })] })], [['Officials', 'killed', 25401, 5000]]],
    ['newer but lower: not stale', [primary, input({ source: 'Officials', asOf: '2024-05-02T10:00:00Z', counts: [count({ value: 4000 })] })], []],
    ['higher but older: not stale', [primary, input({ source: 'Officials', asOf: '2024-05-01T09:00:00Z', counts: [count({ value: 25401 })] })], []],
    ['a category the primary does not count', [primary, input({ source: 'Officials', asOf: '2024-05-02T10:00:00Z', counts: [count({ category: 'injured', value: 9000 })] })], []],
    ['groups of a category are summed', [primary, input({ source: 'Officials', asOf: '2024-05-02T10:00:00Z', counts: [count({ value: 3000, group: 'civilians' }), count({ value: 2500, group: 'soldiers' })] })], [['Officials', 'killed', 5500, 5000]]],
    ['once made primary, nothing is flagged', [primary, input({ source: 'Officials', primary: true, asOf: '2024-05-02T10:00:00Z', counts: [count({ value: 25401 })] })], []],
  ])('%s', (_name, inputs, expected) => {
    const found = findNewerHigherFigures(replay(...inputs).state);
    expect(found.map((figure) => [figure.source, figure.category, figure.value, figure.primaryValue])).toEqual(expected);
    if (found.length > 0) expect(found[0].message).toMatch(/^A newer figure from Officials is higher than the primary/);
  });
});
