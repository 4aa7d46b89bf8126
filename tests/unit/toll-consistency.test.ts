import {
  EMPTY_TOLL_STATE,
  applyTollRevision,
  checkTollConsistency,
  findCasualtyMentions,
  type TollStateData,
} from '../../server/src/domain/toll';
import type { TollCount, TollRevision } from '../../server/src/domain/contract';

const count = (overrides: Partial<TollCount> = {}): TollCount => ({
  category: 'killed',
  value: 17,
  valueMax: null,
  qualifier: 'exact',
  group: null,
  includes: [],
  ...overrides,
});

const revision = (number: number, overrides: Partial<TollRevision> = {}): TollRevision => ({
  revision: number,
  source: 'OSDH',
  asOf: '2024-05-01T14:00:00.000Z',
  counts: [count()],
  mayRise: true,
  mayRiseReason: 'rubble',
  changeKind: number === 1 ? 'initial' : 'update',
  note: null,
  primary: false,
  createdAt: '2024-05-01T14:01:00.000Z',
  ...overrides,
});

const stateOf = (...revisions: TollRevision[]): TollStateData => revisions.reduce(applyTollRevision, EMPTY_TOLL_STATE);

/** OSDH, revision 3: 17 civilians killed including a child, 3 soldiers killed, 40 injured, 2 missing. */
const STATE = stateOf(
  revision(1, { counts: [count({ value: 15 })] }),
  revision(2, { source: 'UN', counts: [count({ value: 20 })] }),
  revision(3, {
    counts: [
      count({ group: 'civilians', value: 17, includes: [{ group: 'children', value: 1, qualifier: 'exact' }] }),
      count({ group: 'soldiers', value: 3 }),
      count({ category: 'injured', value: 40, qualifier: 'at-least' }),
      count({ category: 'missing', qualifier: 'between', value: 5, valueMax: 8 }),
    ],
  }),
);

describe('findCasualtyMentions: what counts as a stated figure', () => {
  test.each<[string, 'en' | 'fr', [string, number][]]>([
    ['15 civilians killed in Syria', 'en', [['killed', 15]]],
    ['At least 15 dead after strike', 'en', [['killed', 15]]],
    ['Strike kills 15 in Idlib', 'en', [['killed', 15]]],
    ['Army shelling killing 15 civilians', 'en', [['killed', 15]]],
    ['Gunmen killed at least 15 people', 'en', [['killed', 15]]],
    ['Death toll rises to 17', 'en', [['killed', 17]]],
    ['Syria: toll climbs to 17 as rescuers dig', 'en', [['killed', 17]]],
    ['The number of dead rose to 17', 'en', [['killed', 17]]],
    ['Fifteen killed, forty wounded', 'en', [['killed', 15], ['injured', 40]]],
    ['Twenty-three people were killed', 'en', [['killed', 23]]],
    ['15 deaths reported', 'en', [['killed', 15]]],
    ['15 people died', 'en', [['killed', 15]]],
    ['One dead, 12 hurt in blast', 'en', [['killed', 1], ['injured', 12]]],
    ['12 killed and 40 injured', 'en', [['killed', 12], ['injured', 40]]],
    ['12 killed 40 injured', 'en', [['killed', 12], ['injured', 40]]],
    ['Blast kills 12, wounds 40', 'en', [['killed', 12], ['injured', 40]]],
    ['5 missing after flood', 'en', [['missing', 5]]],
    ['2,000 displaced by fighting', 'en', [['displaced', 2000]]],
    ['1.5 million displaced', 'en', [['displaced', 1_500_000]]],
    ['Quake death toll passes 2,000', 'en', [['killed', 2000]]],
    ['Quake in 2023: toll from 2023 disaster', 'en', []],
    ['30 arrested at protest', 'en', [['arrested', 30]]],
    ['15 Palestinians killed in strike', 'en', [['killed', 15]]],
    ['15 may have died', 'en', [['killed', 15]]],
    ['Toll may rise above 17 killed', 'en', [['killed', 17]]],
    ['15 killed, 1 child among them', 'en', [['killed', 15]]],
    ['Au moins 15 morts en Syrie', 'fr', [['killed', 15]]],
    ['15 civils tués dans une frappe', 'fr', [['killed', 15]]],
    ['Quinze civils ont été tués', 'fr', [['killed', 15]]],
    ['Bilan de 17 morts', 'fr', [['killed', 17]]],
    ['Le bilan passe à 17', 'fr', [['killed', 17]]],
    ["Le bilan s'alourdit à 17 morts", 'fr', [['killed', 17]]],
    ["Le nombre de morts s'élève à 17", 'fr', [['killed', 17]]],
    ['Une frappe fait 12 morts et 40 blessés', 'fr', [['killed', 12], ['injured', 40]]],
    ['Un attentat tuant 15 personnes', 'fr', [['killed', 15]]],
    ['17 décès confirmés', 'fr', [['killed', 17]]],
    ['Vingt-trois disparus', 'fr', [['missing', 23]]],
    ['Quatre-vingt-dix blessés', 'fr', [['injured', 90]]],
    ['Soixante-et-onze morts', 'fr', [['killed', 71]]],
    ['Plus de 1 500 déplacés', 'fr', [['displaced', 1500]]],
    ['15 femmes tuées', 'fr', [['killed', 15]]],
  ])('%s', (text, language, expected) => {
    expect(findCasualtyMentions(text, language).map((mention) => [mention.category, mention.stated])).toEqual(expected);
  });

  test.each<[string, 'en' | 'fr']>([
    ['Attack in 2020 left many dead', 'en'],
    ['The 2020 attack killed dozens', 'en'],
    ['Man aged 15 among dead', 'en'],
    ['15-year-old among the dead', 'en'],
    ['A boy, 15, was killed', 'en'],
    ['Attack on March 5 killed dozens', 'en'],
    ['5 March attack: dozens dead', 'en'],
    ['May 15 attack killed dozens', 'en'],
    ['15 May attack killed dozens', 'en'],
    ['Flight MH17 downing killed dozens', 'en'],
    ['G7 condemns attack that killed dozens', 'en'],
    ['Two years after the quake that killed thousands', 'en'],
    ['Strike 15 km from Aleppo kills dozens', 'en'],
    ['Blast at 15:00 killed dozens', 'en'],
    ['15 years after the war, the dead are remembered', 'en'],
    ['Covid-19 deaths fall', 'en'],
    ['15% of the wounded are children', 'en'],
    ['15 militants who killed soldiers arrested... no', 'en'],
    ['A child killed in Gaza', 'en'],
    ['Dozens killed', 'en'],
    ['Un enfant de 15 ans tué', 'fr'],
    ['Un homme âgé de 15 ans parmi les morts', 'fr'],
    ['Le 5 mars, des dizaines de morts', 'fr'],
    ['En 2020, des dizaines de morts', 'fr'],
    ['Un mort à 15 heures', 'fr'],
  ])('no figure in "%s"', (text, language) => {
    expect(findCasualtyMentions(text, language).filter((mention) => mention.stated !== 1)).toEqual([]);
  });
});

describe('checkTollConsistency', () => {
  test('a stale headline figure is flagged with field, category, stated and current', () => {
    expect(checkTollConsistency({ headline: 'Syria: 15 civilians killed in air strike' }, STATE, 3, 'en')).toEqual([
      {
        field: 'headline',
        category: 'killed',
        stated: 15,
        current: 20,
        message: 'headline says 15 killed, current toll is 20 killed (OSDH, revision 3)',
        version: 3,
      },
    ]);
  });

  test.each<[string, { headline?: string | null; summary?: string | null }, string, string[]]>([
    ['headline matching a group count', { headline: '17 civilians killed in Syria' }, 'en', []],
    ['headline matching the category total', { headline: 'Death toll rises to 20' }, 'en', []],
    ['summary naming an included group ("a child")', { summary: 'Among the dead, 1 child killed in the strike' }, 'en', []],
    ['a figure within a "between" range', { headline: '7 missing after strike' }, 'en', []],
    ['a figure from a secondary source', { headline: 'UN says 20 killed' }, 'en', []],
    ['a previous figure of another source is accepted only if current', { headline: '15 dead' }, 'en', ['headline says 15 killed, current toll is 20 killed (OSDH, revision 3)']],
    ['a category the primary does not give', { headline: '300 displaced by strike' }, 'en', []],
    ['stale injured figure', { summary: '17 killed and 35 injured' }, 'en', ['summary says 35 injured, current toll is 40 injured (OSDH, revision 3)']],
    ['range shown in the message', { headline: '4 missing' }, 'en', ['headline says 4 missing, current toll is 5-8 missing (OSDH, revision 3)']],
    ['both fields checked', { headline: '12 dead', summary: 'Killing 14 people' }, 'en', ['headline says 12 killed, current toll is 20 killed (OSDH, revision 3)', 'summary says 14 killed, current toll is 20 killed (OSDH, revision 3)']],
    ['a repeated figure is reported once', { summary: '12 dead. Earlier reports said 12 killed.' }, 'en', ['summary says 12 killed, current toll is 20 killed (OSDH, revision 3)']],
    ['a written number', { headline: 'Fifteen dead in Idlib' }, 'en', ['headline says 15 killed, current toll is 20 killed (OSDH, revision 3)']],
    ['French headline, stale', { headline: 'Syrie : au moins 15 morts dans une frappe' }, 'fr', ['headline says 15 killed, current toll is 20 killed (OSDH, revision 3)']],
    ['French written number, stale', { headline: 'Quinze civils tués en Syrie' }, 'fr', ['headline says 15 killed, current toll is 20 killed (OSDH, revision 3)']],
    ['French headline, current', { headline: 'Syrie : le bilan passe à 20 morts' }, 'fr', []],
    ['French "bilan de 17 morts" matching a group', { summary: 'Un bilan de 17 morts selon l\'OSDH' }, 'fr', []],
    ['French "un enfant" is an include, not a toll', { headline: '20 morts, dont un enfant' }, 'fr', []],
    ['dates, years and ages are no figures', { headline: 'In 2020, a 15-year-old and a man aged 15 died on March 5', summary: 'Le 5 mars 2020, un garçon âgé de 15 ans' }, 'en', []],
    ['empty texts', { headline: '', summary: null }, 'en', []],
  ])('%s', (_name, texts, locale, messages) => {
    expect(checkTollConsistency(texts, STATE, 3, locale).map((warning) => warning.message)).toEqual(messages);
  });

  test('no toll, no warnings', () => {
    expect(checkTollConsistency({ headline: '15 killed' }, EMPTY_TOLL_STATE, 0, 'en')).toEqual([]);
  });

  test('follows the primary source after a switch', () => {
    const state = applyTollRevision(STATE, revision(4, { source: 'UN', primary: true, counts: [count({ value: 25 })] }));
    expect(checkTollConsistency({ headline: '15 killed' }, state, 4, 'en')).toEqual([
      expect.objectContaining({ stated: 15, current: 25, message: 'headline says 15 killed, current toll is 25 killed (UN, revision 4)' }),
    ]);
  });
});

describe('asides between commas do not hide the casualty word', () => {
  test.each<[string, 'en' | 'fr', number]>([
    ["At least 15 civilians, including a child, killed in Russian strikes in Syria's Idleb", 'en', 15],
    ['According to the OSDH, at least 15 civilians, including a child, were killed on Thursday', 'en', 15],
    ['Syrie : au moins 15 civils, dont un enfant, tués dans des frappes russes à Idleb', 'fr', 15],
    ['Au moins 15 civils, dont un enfant, ont été tués jeudi', 'fr', 15],
    ['12 people, most of them children, died in the fire', 'en', 12],
  ])('%s', (text, language, stated) => {
    expect(findCasualtyMentions(text, language)).toEqual([{ category: 'killed', stated }]);
  });
});
