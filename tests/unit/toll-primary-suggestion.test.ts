import { type SuggestionDraft, primarySuggestion, withPrimarySuggestion } from '../../admin/src/components/toll-desk/primarySuggestion';
import type { Toll, TollSourceState } from '../../server/src/domain/contract';
import { count } from '../helpers/toll-fixtures';

const NOW = new Date('2024-05-02T12:00:00Z');

const source = (name: string, asOf: string, counts = [count({ value: 5000 })]): TollSourceState => ({
  source: name, revision: 1, asOf, counts, mayRise: false, mayRiseReason: null, text: '',
});

const toll = (sources: TollSourceState[], primarySource = sources[0].source): Toll => ({
  version: sources.length, primarySource, mayRise: false, mayRiseReason: null, asOf: sources[0].asOf, text: '', sources, correction: null,
});

const draft = (overrides: Partial<SuggestionDraft>): SuggestionDraft => ({
  source: '', asOf: NOW, asOfChosen: false, counts: [], primary: false, primaryTouched: false, ...overrides,
});
const killedDraft = (value: number, category: 'killed' | 'injured' = 'killed') => [{ category, value }];

describe('the revision form pre-selects "primary" when the new source gives the latest figure of a category the primary counts', () => {
  const civilDefence = source('Civil defence', '2024-05-02T10:00:00Z');
  test.each<[string, SuggestionDraft, Toll | null, string | null]>([
    ['a new source, as of now, for killed', draft({ source: 'Officials', counts: killedDraft(25401) }), toll([civilDefence]), 'killed'],
    ['the primary itself', draft({ source: 'civil defence ', counts: killedDraft(6000) }), toll([civilDefence]), null],
    ['a category the primary does not count', draft({ source: 'Officials', counts: killedDraft(300, 'injured') }), toll([civilDefence]), null],
    ['an older time chosen', draft({ source: 'Officials', asOf: new Date('2024-05-02T09:00:00Z'), asOfChosen: true, counts: killedDraft(25401) }), toll([civilDefence]), null],
    ['a third source is newer still', draft({ source: 'Officials', asOf: new Date('2024-05-02T11:00:00Z'), asOfChosen: true, counts: killedDraft(25401) }), toll([civilDefence, source('UN', '2024-05-02T11:30:00Z')]), null],
    ['no source typed yet', draft({ source: '', counts: killedDraft(25401) }), toll([civilDefence]), null],
    ['no toll yet (the first revision is primary anyway)', draft({ source: 'Officials', counts: killedDraft(25401) }), null, null],
  ])('%s', (_name, revision, current, expected) => {
    expect(primarySuggestion(revision, current, NOW)).toBe(expected);
    expect(withPrimarySuggestion(revision, current, NOW).primary).toBe(expected !== null);
  });

  test('once the desk decides on "primary" itself, the form leaves it alone', () => {
    const decided = draft({ source: 'Officials', counts: killedDraft(25401), primary: false, primaryTouched: true });
    expect(withPrimarySuggestion(decided, toll([civilDefence]), NOW).primary).toBe(false);
  });
});
