import { type BreakingActivity, latestActivity, rankBreaking } from '../../server/src/domain/brief/breaking-rank';

const at = (minute: number, second = 0) => new Date(Date.UTC(2026, 11, 1, 12, minute, second)).toISOString();
const act = (kind: BreakingActivity['kind'], minute: number, second = 0): BreakingActivity => ({ kind, at: at(minute, second) });

describe('latestActivity', () => {
  test.each<[string, BreakingActivity[], BreakingActivity | null]>([
    ['none', [], null],
    ['the latest wins', [act('edited', 1), act('toll_revised', 5), act('published', 3)], act('toll_revised', 5)],
    ['an edit just after a publish is that publish', [act('published', 5), act('edited', 5, 2)], act('published', 5)],
    ['an edit well after a publish is an edit', [act('published', 5), act('edited', 9)], act('edited', 9)],
    ['a kill just before the edit it caused', [act('edited', 5, 1), act('killed', 5)], act('killed', 5)],
    ['same time: the more telling one', [act('published', 5), act('withheld', 5)], act('withheld', 5)],
    ['a bad date is ignored', [{ kind: 'edited', at: 'nope' }, act('edited', 2)], act('edited', 2)],
  ])('%s', (_name, activities, expected) => {
    expect(latestActivity(activities)).toEqual(expected);
  });
});

describe('rankBreaking', () => {
  test('urgency first, then latest activity, with the reason; null urgency counts as 4; limited', () => {
    const ranked = rankBreaking(
      [
        { documentId: 'routine', urgency: null, activities: [act('edited', 50)] },
        { documentId: 'fresh', urgency: 3, activities: [act('edited', 40)] },
        { documentId: 'lead', urgency: 3, activities: [act('edited', 10), act('toll_revised', 45)] },
        { documentId: 'flash', urgency: 1, activities: [act('edited', 1)] },
        { documentId: 'nothing', urgency: 1, activities: [] },
      ],
      3,
    );
    expect(ranked.map((item) => [item.documentId, item.reason])).toEqual([
      ['flash', { urgency: 1, urgent: true, latest: act('edited', 1) }],
      ['lead', { urgency: 3, urgent: false, latest: act('toll_revised', 45) }],
      ['fresh', { urgency: 3, urgent: false, latest: act('edited', 40) }],
    ]);
  });
});
