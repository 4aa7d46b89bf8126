import { renderTollText, tollTextLanguage } from '../../server/src/domain/toll';
import type { TollCount, TollIncludedCount } from '../../server/src/domain/contract';
import { count } from '../helpers/toll-fixtures';


const include = (group: string, value: number, overrides: Partial<TollIncludedCount> = {}): TollIncludedCount => ({
  group,
  value,
  qualifier: 'exact',
  ...overrides,
});

const render = (counts: TollCount[], locale: string, mayRise = false): string =>
  renderTollText({ counts, mayRise, source: 'OSDH' }, locale);

describe('renderTollText: the reference sentence', () => {
  const counts = [count({ qualifier: 'at-least', group: 'civilians', includes: [include('children', 1)] })];
  test.each([
    ['en', 'At least 15 civilians killed, including a child; toll may rise (OSDH)'],
    ['fr', "Au moins 15 civils tués, dont un enfant ; le bilan pourrait s'alourdir (OSDH)"],
  ])('%s', (locale, expected) => {
    expect(render(counts, locale, true)).toBe(expected);
  });
});

describe('renderTollText: qualifiers', () => {
  test.each<[string, Partial<TollCount>, string, string]>([
    ['exact', {}, '15 killed (OSDH)', '15 morts (OSDH)'],
    ['at-least', { qualifier: 'at-least' }, 'At least 15 killed (OSDH)', 'Au moins 15 morts (OSDH)'],
    ['more-than', { qualifier: 'more-than' }, 'More than 15 killed (OSDH)', 'Plus de 15 morts (OSDH)'],
    ['about', { qualifier: 'about' }, 'About 15 killed (OSDH)', 'Environ 15 morts (OSDH)'],
    ['nearly', { qualifier: 'nearly' }, 'Nearly 15 killed (OSDH)', 'Près de 15 morts (OSDH)'],
    ['up-to', { qualifier: 'up-to' }, 'Up to 15 killed (OSDH)', "Jusqu'à 15 morts (OSDH)"],
    ['between', { qualifier: 'between', value: 10, valueMax: 15 }, 'Between 10 and 15 killed (OSDH)', 'Entre 10 et 15 morts (OSDH)'],
  ])('%s', (_name, overrides, english, french) => {
    expect(render([count(overrides)], 'en')).toBe(english);
    expect(render([count(overrides)], 'fr')).toBe(french);
  });
});

describe('renderTollText: categories', () => {
  test.each<[TollCount['category'], string | null, string, string]>([
    ['killed', null, '12 killed', '12 morts'],
    ['killed', 'civilians', '12 civilians killed', '12 civils tués'],
    ['injured', null, '12 injured', '12 blessés'],
    ['injured', 'soldiers', '12 soldiers injured', '12 soldats blessés'],
    ['missing', null, '12 missing', '12 disparus'],
    ['missing', 'people', '12 people missing', '12 personnes disparues'],
    ['displaced', null, '12 displaced', '12 déplacés'],
    ['displaced', 'people', '12 people displaced', '12 personnes déplacées'],
    ['critical', null, '12 in critical condition', '12 personnes dans un état critique'],
    ['critical', 'children', '12 children in critical condition', '12 enfants dans un état critique'],
    ['arrested', null, '12 arrested', '12 interpellés'],
    ['arrested', 'protesters', '12 protesters arrested', '12 manifestants interpellés'],
    ['evacuated', null, '12 evacuated', '12 évacués'],
    ['evacuated', 'residents', '12 residents evacuated', '12 habitants évacués'],
  ])('%s, group %s', (category, group, english, french) => {
    expect(render([count({ category, group, value: 12 })], 'en')).toBe(`${english} (OSDH)`);
    expect(render([count({ category, group, value: 12 })], 'fr')).toBe(`${french} (OSDH)`);
  });
});

describe('renderTollText: groups, number and gender', () => {
  test.each<[string, Partial<TollCount>, string, string]>([
    ['one without group', { value: 1 }, '1 killed', '1 mort'],
    ['two without group', { value: 2 }, '2 killed', '2 morts'],
    ['one injured', { category: 'injured', value: 1 }, '1 injured', '1 blessé'],
    ['one civilian', { value: 1, group: 'civilians' }, '1 civilian killed', '1 civil tué'],
    ['one child (group written in the singular)', { value: 1, group: 'child' }, '1 child killed', '1 enfant tué'],
    ['children written in French', { value: 4, group: 'enfants' }, '4 children killed', '4 enfants tués'],
    ['one person (feminine in French)', { value: 1, group: 'people' }, '1 person killed', '1 personne tuée'],
    ['three women', { value: 3, group: 'women' }, '3 women killed', '3 femmes tuées'],
    ['one woman', { value: 1, group: 'women' }, '1 woman killed', '1 femme tuée'],
    ['girls injured', { category: 'injured', value: 5, group: 'girls' }, '5 girls injured', '5 filles blessées'],
    ['police officers', { value: 2, group: 'police officers' }, '2 police officers killed', '2 policiers tués'],
    ['rebels', { value: 30, group: 'rebels' }, '30 rebels killed', '30 rebelles tués'],
    ['soldiers, one', { value: 1, group: 'soldiers' }, '1 soldier killed', '1 soldat tué'],
    ['troops', { value: 6, group: 'troops' }, '6 soldiers killed', '6 soldats tués'],
    ['miners', { value: 12, group: 'miners' }, '12 miners killed', '12 mineurs tués'],
    ['pilgrims, one', { value: 1, group: 'pilgrims' }, '1 pilgrim killed', '1 pèlerin tué'],
    ['gunmen', { value: 3, group: 'gunmen' }, '3 gunmen killed', '3 hommes armés tués'],
    ['Lebanese (the same in both numbers)', { value: 1, group: 'Lebanese' }, '1 Lebanese killed', '1 Libanais tué'],
    ['inmates', { category: 'injured', value: 4, group: 'inmates' }, '4 prisoners injured', '4 prisonniers blessés'],
    ['an unknown group is passed through', { value: 9, group: 'Rohingya' }, '9 Rohingya killed', '9 Rohingya tués'],
    ['an unknown group stays as written, even for one', { value: 1, group: 'stargazers' }, '1 stargazers killed', '1 stargazers tué'],
    ['a range is plural', { qualifier: 'between', value: 1, valueMax: 3, group: 'women' }, 'Between 1 and 3 women killed', 'Entre 1 et 3 femmes tuées'],
    ['thousands', { value: 12500, qualifier: 'more-than', category: 'displaced', group: 'people' }, 'More than 12,500 people displaced', 'Plus de 12 500 personnes déplacées'],
    ['millions', { value: 1_500_000, category: 'displaced' }, '1.5 million displaced', '1,5 million de déplacés'],
    ['one million', { value: 1_000_000, category: 'displaced' }, '1 million displaced', 'Un million de déplacés'],
    ['nearly one million', { value: 1_000_000, qualifier: 'nearly', category: 'displaced' }, 'Nearly 1 million displaced', "Près d'un million de déplacés"],
    ['more than one million', { value: 1_000_000, qualifier: 'more-than', category: 'displaced', group: 'people' }, 'More than 1 million people displaced', "Plus d'un million de personnes déplacées"],
    ['a non-round million figure', { value: 1_500_001, category: 'displaced' }, '1,500,001 displaced', '1 500 001 déplacés'],
    ['none killed', { value: 0 }, 'No one killed', 'Aucun mort'],
    ['no women killed', { value: 0, group: 'women' }, 'No women killed', 'Aucune femme tuée'],
    ['no soldiers injured', { value: 0, group: 'soldiers', category: 'injured' }, 'No soldiers injured', 'Aucun soldat blessé'],
  ])('%s', (_name, overrides, english, french) => {
    expect(render([count(overrides)], 'en')).toBe(`${english} (OSDH)`);
    expect(render([count(overrides)], 'fr')).toBe(`${french} (OSDH)`);
  });
});

describe('renderTollText: included groups', () => {
  test.each<[string, TollIncludedCount[], string, string]>([
    ['a child', [include('children', 1)], '20 killed, including a child', '20 morts, dont un enfant'],
    ['two children', [include('children', 2)], '20 killed, including two children', '20 morts, dont deux enfants'],
    ['a woman (feminine article in French)', [include('women', 1)], '20 killed, including a woman', '20 morts, dont une femme'],
    ['an aid worker', [include('aid workers', 1)], '20 killed, including an aid worker', '20 morts, dont un humanitaire'],
    ['ten soldiers in words', [include('soldiers', 10)], '20 killed, including ten soldiers', '20 morts, dont dix soldats'],
    ['eleven and more in digits', [include('soldiers', 11)], '20 killed, including 11 soldiers', '20 morts, dont 11 soldats'],
    ['two groups', [include('children', 1), include('women', 2)], '20 killed, including a child and two women', '20 morts, dont un enfant et deux femmes'],
    ['three groups', [include('children', 3), include('women', 2), include('journalists', 1)], '20 killed, including three children, two women and a journalist', '20 morts, dont trois enfants, deux femmes et un journaliste'],
    ['a qualified include', [include('children', 5, { qualifier: 'at-least' })], '20 killed, including at least five children', '20 morts, dont au moins cinq enfants'],
    ['at least one child', [include('children', 1, { qualifier: 'at-least' })], '20 killed, including at least one child', '20 morts, dont au moins un enfant'],
    ['a ranged include', [include('children', 2, { qualifier: 'between', valueMax: 4 })], '20 killed, including between two and four children', '20 morts, dont entre deux et quatre enfants'],
    ['an unknown include group', [include('medics', 3)], '20 killed, including three medics', '20 morts, dont trois medics'],
    ['a zero include is left out', [include('children', 0)], '20 killed', '20 morts'],
  ])('%s', (_name, includes, english, french) => {
    expect(render([count({ value: 20, includes })], 'en')).toBe(`${english} (OSDH)`);
    expect(render([count({ value: 20, includes })], 'fr')).toBe(`${french} (OSDH)`);
  });
});

describe('renderTollText: several categories', () => {
  test.each<[string, TollCount[], string, string]>([
    ['two categories', [count({ value: 12 }), count({ category: 'injured', value: 40 })], '12 killed and 40 injured', '12 morts et 40 blessés'],
    [
      'three categories',
      [count({ value: 12 }), count({ category: 'injured', value: 40 }), count({ category: 'missing', value: 5 })],
      '12 killed, 40 injured and 5 missing',
      '12 morts, 40 blessés et 5 disparus',
    ],
    [
      'four categories',
      [count({ value: 12 }), count({ category: 'injured', value: 40 }), count({ category: 'missing', value: 5 }), count({ category: 'displaced', value: 300 })],
      '12 killed, 40 injured, 5 missing and 300 displaced',
      '12 morts, 40 blessés, 5 disparus et 300 déplacés',
    ],
    [
      'groups and qualifiers mixed',
      [count({ value: 12, group: 'civilians', qualifier: 'at-least' }), count({ category: 'injured', value: 40, qualifier: 'more-than' })],
      'At least 12 civilians killed and more than 40 injured',
      'Au moins 12 civils tués et plus de 40 blessés',
    ],
    [
      'an include before the last "and" is closed by a comma',
      [count({ value: 15, group: 'civilians', includes: [include('children', 1)] }), count({ category: 'injured', value: 40 })],
      '15 civilians killed, including a child, and 40 injured',
      '15 civils tués, dont un enfant, et 40 blessés',
    ],
    [
      'the same category for two groups',
      [count({ value: 12, group: 'civilians' }), count({ value: 3, group: 'soldiers' })],
      '12 civilians killed and 3 soldiers killed',
      '12 civils tués et 3 soldats tués',
    ],
    ['nobody killed, two critical', [count({ value: 0 }), count({ category: 'critical', value: 2 })], 'No one killed and 2 in critical condition', 'Aucun mort et 2 personnes dans un état critique'],
  ])('%s', (_name, counts, english, french) => {
    expect(render(counts, 'en')).toBe(`${english} (OSDH)`);
    expect(render(counts, 'fr')).toBe(`${french} (OSDH)`);
  });
});

describe('renderTollText: "may rise" and what a correction revised', () => {
  test.each<[string, TollCount[], TollCount[] | undefined, boolean, string, string]>([
    ['may rise', [count()], undefined, true, '15 killed; toll may rise (OSDH)', "15 morts ; le bilan pourrait s'alourdir (OSDH)"],
    ['revised down, same single figure', [count({ value: 45 })], [count({ value: 47 })], false, '45 killed, revised down from 47 (OSDH)', '45 morts, bilan revu à la baisse, contre 47 précédemment (OSDH)'],
    ['revised up', [count({ value: 51 })], [count({ value: 47 })], false, '51 killed, revised up from 47 (OSDH)', '51 morts, bilan revu à la hausse, contre 47 précédemment (OSDH)'],
    ['corrected with the same value (qualifier)', [count({ value: 47 })], [count({ value: 47, qualifier: 'at-least' })], false, '47 killed, corrected from at least 47 (OSDH)', '47 morts, bilan corrigé, contre au moins 47 précédemment (OSDH)'],
    ['revised down from a qualified figure', [count({ value: 45 })], [count({ value: 47, qualifier: 'at-least' })], false, '45 killed, revised down from at least 47 (OSDH)', '45 morts, bilan revu à la baisse, contre au moins 47 précédemment (OSDH)'],
    [
      'thousands separators in both figures',
      [count({ value: 25401, group: 'people' })],
      [count({ value: 35020, group: 'people' })],
      false,
      '25,401 people killed, revised down from 35,020 (OSDH)',
      '25 401 personnes tuées, bilan revu à la baisse, contre 35 020 précédemment (OSDH)',
    ],
    [
      'several figures, all down',
      [count({ value: 45 }), count({ category: 'injured', value: 20 })],
      [count({ value: 47 }), count({ category: 'injured', value: 28 })],
      false,
      '45 killed and 20 injured, revised down from 47 killed and 28 injured (OSDH)',
      '45 morts et 20 blessés, bilan revu à la baisse, contre 47 morts et 28 blessés précédemment (OSDH)',
    ],
    [
      'several figures moving both ways: corrected',
      [count({ value: 45 }), count({ category: 'injured', value: 30 })],
      [count({ value: 47 }), count({ category: 'injured', value: 28 })],
      false,
      '45 killed and 30 injured, corrected from 47 killed and 28 injured (OSDH)',
      '45 morts et 30 blessés, bilan corrigé, contre 47 morts et 28 blessés précédemment (OSDH)',
    ],
    [
      'another group of the same category, then may rise',
      [count({ value: 45, group: 'civilians' })],
      [count({ value: 47 })],
      true,
      '45 civilians killed, revised down from 47; toll may rise (OSDH)',
      "45 civils tués, bilan revu à la baisse, contre 47 précédemment ; le bilan pourrait s'alourdir (OSDH)",
    ],
    [
      'a category no longer given is left out of the previous figures',
      [count({ value: 45 })],
      [count({ value: 47 }), count({ category: 'injured', value: 120 })],
      false,
      '45 killed, revised down from 47 (OSDH)',
      '45 morts, bilan revu à la baisse, contre 47 précédemment (OSDH)',
    ],
    [
      'no category given again: all previous figures are named',
      [count({ category: 'missing', value: 2 })],
      [count({ value: 47 })],
      false,
      '2 missing, corrected from 47 killed (OSDH)',
      '2 disparus, bilan corrigé, contre 47 morts précédemment (OSDH)',
    ],
    ['no previous figures: no clause', [count({ value: 45 })], [], false, '45 killed (OSDH)', '45 morts (OSDH)'],
  ])('%s', (_name, counts, previous, mayRise, english, french) => {
    const options = previous === undefined ? {} : { previous: { counts: previous } };
    expect(renderTollText({ counts, mayRise, source: 'OSDH' }, 'en', options)).toBe(english);
    expect(renderTollText({ counts, mayRise, source: 'OSDH' }, 'fr', options)).toBe(french);
  });
});

describe('tollTextLanguage', () => {
  test.each([
    ['en', 'en'],
    ['fr', 'fr'],
    ['fr-FR', 'fr'],
    ['fr_CA', 'fr'],
    ['FR', 'fr'],
    ['de', 'en'],
    ['ar', 'en'],
    ['', 'en'],
    ['fri', 'en'],
  ])('%s → %s', (locale, expected) => {
    expect(tollTextLanguage(locale)).toBe(expected);
  });
});

describe('round millions are written as agencies write them', () => {
  test.each<[number, 'en' | 'fr', string]>([
    [1_000_000, 'en', 'Nearly 1 million civilians displaced (UN)'],
    [1_500_000, 'en', 'Nearly 1.5 million civilians displaced (UN)'],
    [1_500_000, 'fr', 'Près de 1,5 million de civils déplacés (UN)'],
    [2_300_000, 'fr', 'Près de 2,3 millions de civils déplacés (UN)'],
    [1_234_567, 'en', 'Nearly 1,234,567 civilians displaced (UN)'],
    [1_234_567, 'fr', 'Près de 1 234 567 civils déplacés (UN)'],
  ])('%i (%s)', (value, locale, expected) => {
    expect(renderTollText({ counts: [count({ category: 'displaced', value, qualifier: 'nearly', group: 'civilians' })], mayRise: false, source: 'UN' }, locale)).toBe(expected);
  });
});
