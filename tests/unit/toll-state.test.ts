import {
  EMPTY_TOLL_STATE,
  applyTollRevision,
  buildToll,
  nextTollRevisionNumber,
  type TollStateData,
} from '../../server/src/domain/toll';
import type { TollRevision } from '../../server/src/domain/contract';
import { count } from '../helpers/toll-fixtures';


let nextNumber = 0;
const revision = (overrides: Partial<TollRevision> = {}): TollRevision => {
  nextNumber += 1;
  return {
    revision: nextNumber,
    source: 'OSDH',
    asOf: '2024-05-01T14:00:00.000Z',
    counts: [count()],
    mayRise: false,
    mayRiseReason: null,
    changeKind: nextNumber === 1 ? 'initial' : 'update',
    note: null,
    primary: false,
    createdAt: '2024-05-01T14:01:00.000Z',
    ...overrides,
  };
};

function stateOf(...revisions: Partial<TollRevision>[]): TollStateData {
  nextNumber = 0;
  return revisions.reduce<TollStateData>((state, overrides) => applyTollRevision(state, revision(overrides)), EMPTY_TOLL_STATE);
}

describe('applyTollRevision', () => {
  test.each<[string, Partial<TollRevision>[], string, string[], number[]]>([
    ['the first source becomes primary', [{ source: 'OSDH' }], 'OSDH', ['OSDH'], [1]],
    ['a second source does not take over', [{ source: 'OSDH' }, { source: 'UN' }], 'OSDH', ['OSDH', 'UN'], [1, 2]],
    ['"primary": true takes over', [{ source: 'OSDH' }, { source: 'UN', primary: true }], 'UN', ['OSDH', 'UN'], [1, 2]],
    ['the primary stays after its own update', [{ source: 'OSDH' }, { source: 'UN', primary: true }, { source: 'OSDH' }], 'UN', ['OSDH', 'UN'], [3, 2]],
    ['a source replaces its own entry in place', [{ source: 'OSDH' }, { source: 'UN' }, { source: 'OSDH' }], 'OSDH', ['OSDH', 'UN'], [3, 2]],
    ['sources match case-insensitively', [{ source: 'OSDH' }, { source: 'osdh' }], 'osdh', ['osdh'], [2]],
    ['the first revision is primary even without "primary"', [{ source: 'Civil Defence', primary: false }], 'Civil Defence', ['Civil Defence'], [1]],
  ])('%s', (_name, revisions, primarySource, sources, numbers) => {
    const state = stateOf(...revisions);
    expect(state.primarySource).toBe(primarySource);
    expect(state.sources.map((latest) => latest.source)).toEqual(sources);
    expect(state.sources.map((latest) => latest.revision)).toEqual(numbers);
  });

  test('is pure: the previous state is left as it was', () => {
    const before = stateOf({ source: 'OSDH' });
    const snapshot = JSON.parse(JSON.stringify(before));
    applyTollRevision(before, revision({ source: 'UN', primary: true }));
    applyTollRevision(before, revision({ source: 'OSDH', counts: [count({ value: 20 })] }));
    expect(before).toEqual(snapshot);
    expect(EMPTY_TOLL_STATE).toEqual({ primarySource: null, sources: [] });
  });

  test('keeps the counts a source replaced, for the "previous toll" wording', () => {
    const state = stateOf({ counts: [count({ value: 47 })] }, { counts: [count({ value: 45 })], changeKind: 'correction', note: 'n' });
    expect(state.previousCounts).toEqual({ osdh: [count({ value: 47 })] });
  });

  test('survives being stored as JSON', () => {
    const state = stateOf({ source: 'OSDH' }, { source: 'UN' });
    const reloaded = JSON.parse(JSON.stringify(state)) as TollStateData;
    expect(applyTollRevision(reloaded, revision({ source: 'UN', revision: 3 })).sources.map((s) => s.revision)).toEqual([1, 3]);
  });

  test.each<[string, TollStateData, number]>([
    ['empty state', EMPTY_TOLL_STATE, 1],
    ['one revision', stateOf({}), 2],
    ['three revisions from two sources', stateOf({ source: 'OSDH' }, { source: 'UN' }, { source: 'OSDH' }), 4],
  ])('nextTollRevisionNumber: %s', (_name, state, expected) => {
    expect(nextTollRevisionNumber(state)).toBe(expected);
  });
});

describe('buildToll', () => {
  test('no revision yet → null', () => {
    expect(buildToll(EMPTY_TOLL_STATE, 0, 'en')).toBeNull();
  });

  test('the public shape follows the primary source', () => {
    const state = stateOf(
      {
        source: 'OSDH',
        asOf: '2024-05-01T14:00:00.000Z',
        counts: [count({ qualifier: 'at-least', group: 'civilians', includes: [{ group: 'children', value: 1, qualifier: 'exact' }] })],
        mayRise: true,
        mayRiseReason: 'people under the rubble',
      },
      { source: 'UN', asOf: '2024-05-01T14:20:00.000Z', counts: [count({ value: 12 })] },
    );
    expect(buildToll(state, 2, 'en')).toEqual({
      version: 2,
      primarySource: 'OSDH',
      mayRise: true,
      mayRiseReason: 'people under the rubble',
      asOf: '2024-05-01T14:00:00.000Z',
      text: 'At least 15 civilians killed, including a child; toll may rise (OSDH)',
      sources: [
        {
          source: 'OSDH',
          revision: 1,
          asOf: '2024-05-01T14:00:00.000Z',
          counts: state.sources[0].counts,
          mayRise: true,
          mayRiseReason: 'people under the rubble',
          text: 'At least 15 civilians killed, including a child; toll may rise (OSDH)',
        },
        {
          source: 'UN',
          revision: 2,
          asOf: '2024-05-01T14:20:00.000Z',
          counts: state.sources[1].counts,
          mayRise: false,
          mayRiseReason: null,
          text: '12 killed (UN)',
        },
      ],
      correction: null,
    });
  });

  test.each<[string, Partial<TollRevision>[], string, Partial<ReturnType<typeof buildToll>>]>([
    [
      'French text',
      [{ counts: [count({ qualifier: 'at-least', group: 'civilians', includes: [{ group: 'children', value: 1, qualifier: 'exact' }] })], mayRise: true, mayRiseReason: 'r' }],
      'fr',
      { text: "Au moins 15 civils tués, dont un enfant ; le bilan pourrait s'alourdir (OSDH)" },
    ],
    [
      'after a switch of primary, mayRise and asOf are the new primary\'s',
      [{ source: 'OSDH', mayRise: true, mayRiseReason: 'r' }, { source: 'UN', primary: true, asOf: '2024-05-01T15:00:00.000Z', counts: [count({ value: 20 })] }],
      'en',
      { primarySource: 'UN', mayRise: false, mayRiseReason: null, asOf: '2024-05-01T15:00:00.000Z', text: '20 killed (UN)' },
    ],
    [
      'a correction shows the previous toll',
      [{ counts: [count({ value: 47 })] }, { counts: [count({ value: 45 })], changeKind: 'correction', note: 'double count' }],
      'en',
      { text: '45 killed, revised down from 47 (OSDH)', correction: { previousSource: 'OSDH', previous: [count({ value: 47 })], note: 'double count', at: expect.any(String) } },
    ],
    [
      'a correction shows the previous toll, in French',
      [{ counts: [count({ value: 47 })] }, { counts: [count({ value: 45 })], changeKind: 'correction', note: 'double count' }],
      'fr',
      { text: '45 morts, bilan revu à la baisse, contre 47 précédemment (OSDH)' },
    ],
    [
      'an update after a correction no longer shows it',
      [{ counts: [count({ value: 47 })] }, { counts: [count({ value: 45 })], changeKind: 'correction', note: 'n' }, { counts: [count({ value: 46 })] }],
      'en',
      { text: '46 killed (OSDH)', correction: null },
    ],
    ['an unknown locale renders English', [{}], 'de', { text: '15 killed (OSDH)' }],
    ['a regional French locale renders French', [{}], 'fr-CA', { text: '15 morts (OSDH)' }],
  ])('%s', (_name, revisions, locale, expected) => {
    expect(buildToll(stateOf(...revisions), revisions.length, locale)).toMatchObject(expected as object);
  });
});
