import { TOLL_CATEGORIES } from '../contract';
import type { TollCategory, TollQualifier } from '../contract';
import { findGroupLexeme, knownGroupWords } from './group-lexicon';
import type { TollTextLanguage } from './toll-text';

/** A phrase (lower-case words, elisions such as "d'" apart) and what it stands for. */
export interface LexiconPhrase<T> {
  words: readonly string[];
  meaning: T;
}

/**
 * One lexicon per language, shared by the consistency checker's casualty-mention finder and the wire
 * importer's toll reader: number words, qualifiers, casualty categories and groups.
 */
export interface MentionLexicon {
  /** Words that follow a number: "15 killed", "15 morts". */
  after: ReadonlyMap<string, TollCategory>;
  /** Words that precede a number: "killing 15", "tuant 15". */
  before: ReadonlyMap<string, TollCategory>;
  /** Skipped between a "before" word and its number by the mention finder: "killing at least 15". */
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
  /** Qualifier phrases before a number, longest first: "at least" → at-least, "près de" → nearly. */
  qualifierPhrases: readonly LexiconPhrase<TollQualifier>[];
  /** "between 10 and 15", "entre 10 et 15". */
  range: { open: ReadonlySet<string>; join: ReadonlySet<string> };
  /** Read as one before a singular noun: "a child", "un enfant". */
  singularArticles: ReadonlySet<string>;
  /** Approximate nouns, read with the qualifier "about": "une dizaine" → 10, "a dozen" → 12. */
  approximateNouns: ReadonlyMap<string, number>;
  /** Quantity words that are never a number: "dozens", "des dizaines", "thousands". */
  vagueWords: ReadonlySet<string>;
  /** Multi-word casualty phrases after a number: "lost their lives", "ont perdu la vie". */
  categoryPhrasesAfter: readonly LexiconPhrase<TollCategory>[];
  /** Multi-word casualty phrases before a number: "claimed the lives of", "a coûté la vie à". */
  categoryPhrasesBefore: readonly LexiconPhrase<TollCategory>[];
  /** Open a sub-count: "including", "among them", "dont", "parmi lesquels". */
  includeMarkers: readonly LexiconPhrase<true>[];
  /** Groups that are the attackers, counted apart from the victims. */
  attackerWords: ReadonlySet<string>;
  /** Group phrases of two words the group lexicon spells with a space ("police officers"). */
  groupPhrases: readonly LexiconPhrase<string>[];
}

/** Words agency copy uses for a known group that the group lexicon does not list. */
const GROUP_ALIASES: Readonly<Record<string, string>> = {
  militaire: 'soldiers', militaires: 'soldiers', troops: 'soldiers', servicemen: 'soldiers', 'service members': 'soldiers',
  policemen: 'police officers', policewomen: 'police officers', 'police officer': 'police officers',
  kids: 'children', infants: 'babies', fillettes: 'girls', fillette: 'girls', garçonnets: 'boys',
};

/** Thousands separators agencies use in both languages: "1,500", "1 500", "1.500", "31.560" (no decimal part). */
export const THOUSANDS = /^\d{1,3}(?:[,. \u00a0\u202f]\d{3})+$/u;

/** The value of a number written in digits: "1,500", "1 500" and "1.500" → 1500; "1.5" and "1,5" → 1.5. */
export function digitsValue(raw: string): number {
  if (THOUSANDS.test(raw)) return Number(raw.replace(/[,. \u00a0\u202f]/gu, ''));
  return Number(raw.replace(',', '.'));
}

/** The canonical name of a casualty group word ("enfants", "child" → "children"), or null when unknown. */
export function canonicalGroup(word: string): string | null {
  const alias = GROUP_ALIASES[word];
  if (alias !== undefined) return alias;
  const lexeme = findGroupLexeme(word);
  return lexeme === undefined ? null : lexeme.en.many;
}

function phrases<T>(entries: readonly [string, T][]): LexiconPhrase<T>[] {
  return entries
    .map(([text, meaning]) => ({ words: text.split(' '), meaning }))
    .sort((left, right) => right.words.length - left.words.length);
}

const MULTI_WORD_GROUPS = knownGroupWords().filter((word) => word.includes(' '));

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

const EN_QUALIFIERS = phrases<TollQualifier>([
  ['at least', 'at-least'], ['no fewer than', 'at-least'], ['no less than', 'at-least'], ['a minimum of', 'at-least'],
  ['more than', 'more-than'], ['over', 'more-than'], ['upwards of', 'more-than'], ['in excess of', 'more-than'],
  ['above', 'more-than'], ['passed', 'more-than'], ['topped', 'more-than'], ['exceeded', 'more-than'],
  ['surpassed', 'more-than'], ['past', 'more-than'], ['tops', 'more-than'], ['topping', 'more-than'], ['passes', 'more-than'],
  ['passing', 'more-than'], ['exceeds', 'more-than'], ['exceeding', 'more-than'], ['surpasses', 'more-than'],
  ['about', 'about'], ['around', 'about'], ['some', 'about'], ['roughly', 'about'], ['approximately', 'about'],
  ['an estimated', 'about'], ['estimated', 'about'], ['nearly', 'nearly'], ['almost', 'nearly'],
  ['close to', 'nearly'], ['up to', 'up-to'], ['as many as', 'up-to'], ['at most', 'up-to'],
  // "a further 10 were injured", "another 5 died": the number as stated.
  ['a further', 'exact'], ['an additional', 'exact'], ['another', 'exact'], ['a total of', 'exact'],
]);

const FR_QUALIFIERS = phrases<TollQualifier>([
  ['au moins', 'at-least'], ['pas moins de', 'at-least'], ["pas moins d'", 'at-least'], ['au minimum', 'at-least'],
  ['plus de', 'more-than'], ["plus d'", 'more-than'], ['environ', 'about'], ['quelque', 'about'],
  ['dépassé', 'more-than'], ['dépasse', 'more-than'], ['franchi', 'more-than'], ['franchit', 'more-than'],
  ['dépassé les', 'more-than'], ['dépasse les', 'more-than'], ['franchi la barre des', 'more-than'],
  ['dépassant', 'more-than'], ['dépassant les', 'more-than'], ['franchi le cap des', 'more-than'], ['franchi le seuil des', 'more-than'],
  ['près de', 'nearly'], ["près d'", 'nearly'], ['presque', 'nearly'], ['quasiment', 'nearly'],
  ["jusqu' à", 'up-to'], ['au plus', 'up-to'], ['au total', 'exact'],
]);

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
  // ", all members of the same family,", ", a man and his daughter,"
  asides: new Set(['including', 'among', 'mostly', 'many', 'most', 'all', 'both', 'incl', 'a', 'an']),
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
  qualifierPhrases: EN_QUALIFIERS,
  range: { open: new Set(['between']), join: new Set(['and']) },
  singularArticles: new Set(['a', 'an', 'one']),
  approximateNouns: new Map([['dozen', 12]]),
  vagueWords: new Set(['dozens', 'scores', 'hundreds', 'thousands', 'millions', 'tens']),
  categoryPhrasesAfter: phrases<TollCategory>([
    ['lost their lives', 'killed'], ['lost his life', 'killed'], ['lost her life', 'killed'], ['were left dead', 'killed'],
    ['succumbed', 'killed'], ['later died', 'killed'],
    ['in critical condition', 'critical'], ['in a critical condition', 'critical'], ['critically injured', 'critical'],
    ['critically wounded', 'critical'], ['in serious condition', 'critical'], ['in a serious condition', 'critical'],
    ['seriously injured', 'critical'], ['seriously wounded', 'critical'], ['severely injured', 'critical'],
    ['severely wounded', 'critical'], ['in a coma', 'critical'], ['in intensive care', 'critical'],
    ['unaccounted for', 'missing'], ['bodies', 'killed'],
    ['were reported missing', 'missing'], ['remain missing', 'missing'], ['still missing', 'missing'],
    ['taken to hospital', 'injured'], ['hospitalised', 'injured'], ['hospitalized', 'injured'],
    ['being treated', 'injured'], ['treated for', 'injured'], ['receiving treatment', 'injured'],
    ['hospitalised in critical condition', 'critical'], ['hospitalized in critical condition', 'critical'],
    ['hospitalised in serious condition', 'critical'], ['hospitalized in serious condition', 'critical'],
    ['drowned', 'killed'], ['were drowned', 'killed'], ['fled their homes', 'displaced'], ['fled', 'displaced'],
    ['forced to flee', 'displaced'], ['made homeless', 'displaced'], ['left homeless', 'displaced'],
  ]),
  categoryPhrasesBefore: phrases<TollCategory>([
    ['claimed the lives of', 'killed'], ['claiming the lives of', 'killed'], ['took the lives of', 'killed'],
    ['the bodies of', 'killed'], ['bodies of', 'killed'], ['killed', 'killed'], ['killing', 'killed'], ['kills', 'killed'],
    ['kill', 'killed'],
    ['wounding', 'injured'], ['injuring', 'injured'], ['wounded', 'injured'], ['injured', 'injured'],
    ['arrested', 'arrested'], ['arresting', 'arrested'], ['detained', 'arrested'], ['evacuated', 'evacuated'],
    ['evacuating', 'evacuated'], ['displaced', 'displaced'], ['displacing', 'displaced'], ['uprooted', 'displaced'],
  ]),
  includeMarkers: phrases<true>([
    ['including', true], ['among them', true], ['among whom', true], ['of whom', true], ['among those', true],
    ['among the dead', true], ['among the victims', true], ['among the injured', true], ['among the wounded', true],
  ]),
  attackerWords: new Set([
    'attacker', 'attackers', 'assailant', 'assailants', 'gunman', 'gunmen', 'bomber', 'bombers', 'terrorist',
    'terrorists', 'hijacker', 'hijackers', 'perpetrator', 'perpetrators', 'shooter', 'shooters', 'kidnapper',
    'kidnappers',
  ]),
  groupPhrases: phrases(MULTI_WORD_GROUPS.map((phrase): [string, string] => [phrase, canonicalGroup(phrase) ?? phrase])),
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
  asides: new Set(['dont', 'parmi', 'y', 'notamment', 'essentiellement', 'surtout', 'pour', 'un', 'une']),
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
  qualifierPhrases: FR_QUALIFIERS,
  range: { open: new Set(['entre']), join: new Set(['et']) },
  singularArticles: new Set(['un', 'une']),
  approximateNouns: new Map([
    ['dizaine', 10], ['douzaine', 12], ['quinzaine', 15], ['vingtaine', 20], ['trentaine', 30], ['quarantaine', 40],
    ['cinquantaine', 50], ['soixantaine', 60], ['centaine', 100], ['millier', 1000],
  ]),
  vagueWords: new Set(['dizaines', 'centaines', 'milliers', 'douzaines', 'vingtaines', 'millions']),
  categoryPhrasesAfter: phrases<TollCategory>([
    ['ont perdu la vie', 'killed'], ['a perdu la vie', 'killed'], ['ont trouvé la mort', 'killed'],
    ['a trouvé la mort', 'killed'], ['ont péri', 'killed'], ['a péri', 'killed'], ['ont succombé', 'killed'],
    ['a succombé', 'killed'], ['sont décédés de leurs blessures', 'killed'], ['sont mortes', 'killed'],
    ['sont morts', 'killed'], ['sont décédés', 'killed'], ['sont décédées', 'killed'],
    ["dans un état critique", 'critical'], ["dans un état grave", 'critical'], ["en urgence absolue", 'critical'],
    ['en réanimation', 'critical'], ['en soins intensifs', 'critical'],
    ['grièvement blessés', 'critical'], ['grièvement blessées', 'critical'], ['blessés graves', 'critical'],
    ['portés disparus', 'missing'], ['portées disparues', 'missing'], ['toujours disparus', 'missing'],
    ['dont le pronostic vital est engagé', 'critical'], ['entre la vie et la mort', 'critical'], ['corps', 'killed'],
    ['hospitalisés', 'injured'], ['hospitalisées', 'injured'], ['soignés', 'injured'], ['soignées', 'injured'],
    ['hospitalisés dans un état critique', 'critical'], ['hospitalisées dans un état critique', 'critical'],
    ['hospitalisés dans un état grave', 'critical'], ['hospitalisées dans un état grave', 'critical'], ['noyés', 'killed'],
    ['noyées', 'killed'],
    ['mortes noyées', 'killed'], ['morts noyés', 'killed'], ['ont fui', 'displaced'], ['ont dû fuir', 'displaced'],
    ['sans-abri', 'displaced'], ['sinistrés', 'displaced'], ['placés en garde à vue', 'arrested'],
    ['placées en garde à vue', 'arrested'], ['placé en garde à vue', 'arrested'], ['en garde à vue', 'arrested'],
  ]),
  categoryPhrasesBefore: phrases<TollCategory>([
    ['a coûté la vie à', 'killed'], ['coûté la vie à', 'killed'], ['les corps de', 'killed'], ['corps de', 'killed'],
    ['tuant', 'killed'], ['tué', 'killed'],
    ['tue', 'killed'], ['tuent', 'killed'], ['blessant', 'injured'], ['blessé', 'injured'], ['interpellé', 'arrested'],
    ['arrêté', 'arrested'], ['évacué', 'evacuated'], ['déplacé', 'displaced'],
  ]),
  includeMarkers: phrases<true>([
    ['dont', true], ['parmi lesquels', true], ['parmi lesquelles', true], ['parmi eux', true], ['parmi elles', true],
    ['y compris', true], ['parmi les morts', true], ['parmi les victimes', true], ['parmi les blessés', true],
  ]),
  attackerWords: new Set([
    'assaillant', 'assaillants', 'terroriste', 'terroristes', 'kamikaze', 'kamikazes', 'agresseur', 'agresseurs',
    'tireur', 'tireurs', 'assaillante', 'auteur', 'auteurs', 'preneur', 'preneurs', 'ravisseurs',
  ]),
  groupPhrases: phrases(MULTI_WORD_GROUPS.map((phrase): [string, string] => [phrase, canonicalGroup(phrase) ?? phrase])),
};

export function mentionLexicon(language: TollTextLanguage): MentionLexicon {
  return language === 'fr' ? FR_LEXICON : EN_LEXICON;
}
