import {
  EMPTY_TOLL_STATE,
  applyTollRevision,
  findStaleTolls,
  type TollStalenessEntry,
  type TollStateData,
} from '../../server/src/domain/toll';
import type { TollRevision } from '../../server/src/domain/contract';

const NOW = new Date('2024-05-01T15:00:00Z');

const revision = (overrides: Partial<TollRevision> = {}): TollRevision => ({
  revision: 1,
  source: 'OSDH',
  asOf: '2024-05-01T13:00:00.000Z',
  counts: [{ category: 'killed', value: 15, valueMax: null, qualifier: 'at-least', group: null, includes: [] }],
  mayRise: true,
  mayRiseReason: 'people under the rubble',
  changeKind: 'initial',
  note: null,
  primary: false,
  createdAt: '2024-05-01T13:00:00.000Z',
  ...overrides,
});

const stateOf = (...revisions: TollRevision[]): TollStateData => revisions.reduce(applyTollRevision, EMPTY_TOLL_STATE);

const entry = (id: string, state: TollStateData, lastChangedAt: string | Date | null): TollStalenessEntry<{ id: string }> => ({
  brief: { id },
  state,
  lastChangedAt,
});

const MAY_RISE = stateOf(revision());

describe('findStaleTolls', () => {
  test.each<[string, TollStalenessEntry<{ id: string }>[], string[]]>([
    ['may rise and 61 minutes old → stale', [entry('a', MAY_RISE, '2024-05-01T13:59:00Z')], ['a']],
    ['may rise but 59 minutes old → fresh', [entry('a', MAY_RISE, '2024-05-01T14:01:00Z')], []],
    ['exactly 60 minutes old is not older than 60', [entry('a', MAY_RISE, '2024-05-01T14:00:00Z')], []],
    ['does not say "may rise" → never stale', [entry('a', stateOf(revision({ mayRise: false, mayRiseReason: null })), '2024-05-01T10:00:00Z')], []],
    ['no toll → never stale', [entry('a', EMPTY_TOLL_STATE, '2024-05-01T10:00:00Z')], []],
    [
      'only the primary source\'s "may rise" counts',
      [entry('a', stateOf(revision({ mayRise: false, mayRiseReason: null }), revision({ source: 'UN', revision: 2 })), '2024-05-01T10:00:00Z')],
      [],
    ],
    [
      'a new primary that may rise makes it watchable',
      [entry('a', stateOf(revision({ mayRise: false, mayRiseReason: null }), revision({ source: 'UN', revision: 2, primary: true })), '2024-05-01T10:00:00Z')],
      ['a'],
    ],
    ['lastChangedAt as a Date', [entry('a', MAY_RISE, new Date('2024-05-01T12:00:00Z'))], ['a']],
    ['no lastChangedAt → the newest revision\'s createdAt', [entry('a', MAY_RISE, null)], ['a']],
    ['an unreadable lastChangedAt is skipped', [entry('a', MAY_RISE, 'soon')], []],
    [
      'newest change first',
      [
        entry('oldest', MAY_RISE, '2024-05-01T09:00:00Z'),
        entry('newest', MAY_RISE, '2024-05-01T13:30:00Z'),
        entry('fresh', MAY_RISE, '2024-05-01T14:30:00Z'),
        entry('middle', MAY_RISE, '2024-05-01T11:00:00Z'),
      ],
      ['newest', 'middle', 'oldest'],
    ],
  ])('%s', (_name, entries, expected) => {
    expect(findStaleTolls(entries, NOW, 60).map((stale) => stale.brief.id)).toEqual(expected);
  });

  test('describes each stale toll', () => {
    expect(findStaleTolls([entry('a', MAY_RISE, '2024-05-01T13:29:30+00:00')], NOW, 30)).toEqual([
      {
        brief: { id: 'a' },
        primarySource: 'OSDH',
        mayRiseReason: 'people under the rubble',
        lastChangedAt: '2024-05-01T13:29:30.000Z',
        minutesSinceChange: 90,
      },
    ]);
  });
});
