import { TOLL_CATEGORIES } from '../contract';
import type { TollCategory } from '../contract';
import { knownGroupWords } from './group-lexicon';
import type { TollTextLanguage } from './toll-text';

/** Words the casualty-mention finder looks for around numbers, in one language (lower-case). */
export interface MentionLexicon {
  /** Words that follow a number: "15 killed", "15 morts". */
  after: ReadonlyMap<string, TollCategory>;
  /** Words that precede a number: "killing 15", "tuant 15". */
  before: ReadonlyMap<string, TollCategory>;
  /** Skipped between a "before" word and its number: "killing at least 15". */
  qualifiers: ReadonlySet<string>;
  /** Allowed between a number and its "after" word: "15 people were killed". */
  fillers: ReadonlySet<string>;
  /** End the search for a casualty word: "15 militants who killed 3". */
  breakers: ReadonlySet<string>;
  /** Open an aside the search skips when it sits between commas: "15 civilians, including a child, killed". */
  asides: ReadonlySet<string>;
  /** "death toll rises to 17", "le bilan passe à 17". */
  tollWords: ReadonlySet<string>;
  /** "the number of dead rose to 17": the word that introduces a casualty noun. */
  numberOf: { noun: string; preposition: string };
  /** A number followed by one of these is not a casualty count: "15 km", "15 years", "15 ans". */
  units: ReadonlySet<string>;
  /** "aged 15", "âgé de 15 ans". */
  ageWords: ReadonlySet<string>;
  months: ReadonlySet<string>;
  /** Month names that are also modal verbs, and the words that show the verb: "15 may have died". */
  modalMonths: ReadonlyMap<string, ReadonlySet<string>>;
  /** Multiplies the number before it: "1.5 million", "deux cents". */
  multipliers: ReadonlyMap<string, number>;
  numberWord(word: string): number | null;
}

function categoryMap(entries: Record<TollCategory, string[]>): ReadonlyMap<string, TollCategory> {
  const map = new Map<string, TollCategory>();
  for (const category of TOLL_CATEGORIES) {
    for (const word of entries[category]) map.set(word, category);
  }
  return map;
}

const GROUP_WORDS = knownGroupWords().filter((word) => !word.includes(' '));

const EN_UNITS = new Map<string, number>([
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8],
  ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15],
  ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30],
  ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);

// "un"/"une" are left out on purpose: as articles they are far more common than as numbers.
const FR_UNITS = new Map<string, number>([
  ['deux', 2], ['trois', 3], ['quatre', 4], ['cinq', 5], ['six', 6], ['sept', 7], ['huit', 8], ['neuf', 9],
  ['dix', 10], ['onze', 11], ['douze', 12], ['treize', 13], ['quatorze', 14], ['quinze', 15], ['seize', 16],
  ['vingt', 20], ['vingts', 20], ['trente', 30], ['quarante', 40], ['cinquante', 50], ['soixante', 60],
  ['cent', 100],
]);

/** "twenty-five" → 25; a single word only, so "a" and "an" are never numbers. */
function englishNumberWord(word: string): number | null {
  const [tens, unit, ...rest] = word.split('-').map((part) => EN_UNITS.get(part));
  if (tens === undefined || rest.length > 0) return null;
  if (word.indexOf('-') === -1) return tens;
  return unit !== undefined && tens >= 20 && tens % 10 === 0 && unit < 10 ? tens + unit : null;
}

/** "dix-sept" → 17, "vingt-et-un" → 21, "soixante-dix" → 70, "quatre-vingt-dix" → 90. */
function frenchNumberWord(word: string): number | null {
  const parts = word.split('-').filter((part) => part !== 'et');
  if (parts.length === 0 || (parts.length === 1 && !FR_UNITS.has(word))) return null;
  let total = 0;
  for (const part of parts) {
    const value = part === 'un' && parts.length > 1 ? 1 : FR_UNITS.get(part);
    if (value === undefined) return null;
    total = value === 20 && total === 4 ? 80 : total + value;
  }
  return total;
}

const EN_MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
];
const FR_MONTHS = [
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre',
  'décembre',
];

const EN_LEXICON: MentionLexicon = {
  after: categoryMap({
    killed: ['killed', 'dead', 'deaths', 'died', 'die', 'fatalities', 'perished', 'lives'],
    injured: ['injured', 'wounded', 'hurt', 'injuries'],
    missing: ['missing'],
    displaced: ['displaced'],
    critical: [],
    arrested: ['arrested', 'detained'],
    evacuated: ['evacuated'],
  }),
  before: categoryMap({
    killed: ['killing', 'killed', 'kills', 'kill', 'lives'],
    injured: ['wounding', 'wounded', 'wounds', 'injuring', 'injured', 'injures', 'hurting'],
    missing: [],
    displaced: ['displacing'],
    critical: [],
    arrested: ['arresting', 'arrested', 'arrests', 'detaining', 'detained'],
    evacuated: ['evacuating', 'evacuated'],
  }),
  qualifiers: new Set(['at', 'least', 'more', 'than', 'about', 'nearly', 'almost', 'around', 'some', 'over', 'up', 'to', 'of', 'roughly', 'approximately', 'another']),
  fillers: new Set([
    ...GROUP_WORDS,
    'people', 'were', 'was', 'are', 'is', 'have', 'had', 'has', 'been', 'being', 'be', 'now', 'reported', 'confirmed',
    'believed', 'feared', 'presumed', 'more', 'other', 'others', 'police', 'security', 'officers',
  ]),
  breakers: new Set([
    'and', 'or', 'but', 'who', 'which', 'that', 'whose', 'while', 'as', 'after', 'before', 'when', 'in', 'on', 'at',
    'near', 'from', 'by', 'with', 'for', 'of', 'into', 'including', 'among', 'than', 'out',
  ]),
  asides: new Set(['including', 'among', 'mostly', 'many', 'most', 'all', 'both', 'incl']),
  tollWords: new Set(['toll', 'tolls']),
  numberOf: { noun: 'number', preposition: 'of' },
  units: new Set([
    'km', 'kilometres', 'kilometers', 'miles', 'mile', 'metres', 'meters', 'm', 'kg', 'tonnes', 'tons', 'percent',
    'per', '%', 'hours', 'hour', 'minutes', 'minute', 'seconds', 'days', 'day', 'weeks', 'week', 'months', 'month',
    'years', 'year', 'yr', 'yrs', 'year-old', 'years-old', 'month-old', 'times', 'dollars', 'euros', 'pounds', 'h',
    'am', 'pm', 'storey', 'floors', 'points', 'degrees',
  ]),
  ageWords: new Set(['aged', 'age', 'ages']),
  months: new Set(EN_MONTHS),
  modalMonths: new Map([['may', new Set(['have', 'be', 'been', 'rise', 'die', 'climb', 'increase', 'still', 'also', 'not'])]]),
  multipliers: new Map([['hundred', 100], ['thousand', 1000], ['million', 1_000_000], ['millions', 1_000_000]]),
  numberWord: englishNumberWord,
};

const FR_LEXICON: MentionLexicon = {
  after: categoryMap({
    killed: ['tués', 'tué', 'tuée', 'tuées', 'morts', 'mort', 'morte', 'mortes', 'décès', 'décédés', 'décédées', 'péri'],
    injured: ['blessés', 'blessé', 'blessée', 'blessées'],
    missing: ['disparus', 'disparu', 'disparue', 'disparues'],
    displaced: ['déplacés', 'déplacé', 'déplacée', 'déplacées'],
    critical: [],
    arrested: ['interpellés', 'interpellé', 'interpellée', 'interpellées', 'arrêtés', 'arrêté', 'arrêtée', 'arrêtées'],
    evacuated: ['évacués', 'évacué', 'évacuée', 'évacuées'],
  }),
  before: categoryMap({
    killed: ['tuant', 'tué', 'tue', 'tuent', 'vie'],
    injured: ['blessant', 'blessé', 'blesse', 'blessent'],
    missing: [],
    displaced: [],
    critical: [],
    arrested: ['interpellé', 'arrêté'],
    evacuated: ['évacué'],
  }),
  qualifiers: new Set(['au', 'moins', 'plus', 'de', "d'", 'près', 'environ', 'quelque', 'presque', "jusqu'à", 'à', 'les']),
  fillers: new Set([
    ...GROUP_WORDS,
    'de', 'ont', 'été', 'sont', 'a', 'est', 'auraient', 'seraient', 'aurait', 'serait', 'avaient', 'étaient', 'y',
    'autres', 'personnes', 'plus', 'désormais',
  ]),
  breakers: new Set([
    'et', 'ou', 'mais', 'qui', 'que', 'dont', 'alors', 'après', 'avant', 'quand', 'dans', 'sur', 'en', 'près', 'par',
    'avec', 'pour', 'lors', 'parmi', 'selon', 'contre',
  ]),
  asides: new Set(['dont', 'parmi', 'y', 'notamment', 'essentiellement', 'surtout', 'pour']),
  tollWords: new Set(['bilan', 'bilans']),
  numberOf: { noun: 'nombre', preposition: 'de' },
  units: new Set([
    'km', 'kilomètres', 'mètres', 'm', 'kg', 'tonnes', '%', 'pour', 'heures', 'heure', 'h', 'minutes', 'secondes',
    'jours', 'jour', 'semaines', 'semaine', 'mois', 'ans', 'an', 'années', 'fois', 'dollars', 'euros', 'étages',
    'points', 'degrés',
  ]),
  ageWords: new Set(['âgé', 'âgée', 'âgés', 'âgées', 'âge']),
  months: new Set(FR_MONTHS),
  modalMonths: new Map(),
  multipliers: new Map([['cent', 100], ['cents', 100], ['mille', 1000], ['million', 1_000_000], ['millions', 1_000_000]]),
  numberWord: frenchNumberWord,
};

export function mentionLexicon(language: TollTextLanguage): MentionLexicon {
  return language === 'fr' ? FR_LEXICON : EN_LEXICON;
}
