import type { MentionLexicon } from '../toll/mention-lexicon';
import type { PlainNumber } from './casualty-figures';
import { wordAt } from './quantities';
import type { WireToken } from './tokens';

/**
 * Why a number of the copy is not a casualty figure, in words the admin shows: an age, a magnitude, a distance,
 * a time, a date, an arrondissement, an aircraft model, a rainfall amount, a count of buildings…
 */
const BUILDINGS = new Set([
  'building', 'buildings', 'house', 'houses', 'home', 'homes', 'storey', 'storeys', 'story', 'stories', 'floor', 'floors',
  'shops', 'schools', 'hospitals', 'bâtiment', 'bâtiments', 'maison', 'maisons', 'immeuble', 'immeubles', 'habitations',
  'logements', 'étages', 'écoles', 'hôpitaux', 'commerces', 'vehicles', 'cars', 'véhicules', 'voitures', 'trucks',
  'camions', 'boats', 'bateaux', 'villages', 'towns', 'localités', 'quartiers', 'districts', 'provinces', 'countries',
  'pays', 'regions', 'régions', 'hectares', 'acres', 'apartments', 'appartements', 'tents', 'tentes',
]);
const DISTANCE = new Set(['km', 'kilometres', 'kilometers', 'kilomètres', 'kilometre', 'kilomètre', 'miles', 'mile', 'metres', 'meters', 'mètres', 'm', 'feet', 'ft', 'yards', 'nautical']);
const SPEED = new Set(['mph', 'kph', 'km/h', 'kmh', 'knots', 'nœuds', 'noeuds']);
const RAIN = new Set(['mm', 'millimetres', 'millimeters', 'millimètres', 'cm', 'centimetres', 'centimètres', 'inches', 'litres', 'liters']);
const TIME = new Set(['h', 'hours', 'hour', 'heures', 'heure', 'am', 'pm', 'gmt', 'utc', 'minutes', 'minute', 'secondes', 'seconds']);
const DURATION = new Set(['days', 'day', 'jours', 'jour', 'weeks', 'week', 'semaines', 'semaine', 'months', 'month', 'mois', 'years', 'year', 'ans', 'decades', 'décennies']);
const MONEY = new Set(['dollars', 'euros', 'pounds', 'francs', 'yuan', 'rupees', 'dinars', 'livres', 'usd', 'eur', '$', '€', '£']);
const PERCENT = new Set(['%', 'percent', 'per', 'pour']);
const AIRCRAFT = new Set(['boeing', 'airbus', 'flight', 'vol', 'mig', 'sukhoi', 'antonov', 'tupolev', 'cessna', 'atr', 'embraer', 'bombardier', 'ilyushin', 'max']);
const MAGNITUDE = new Set(['magnitude', 'richter', 'force']);
const AGE_AFTER = new Set(['year-old', 'year-olds', 'years-old', 'month-old', 'ans']);
const ORDINAL_SUFFIX = new Set(['e', 'ème', 'eme', 'er', 'th', 'st', 'nd', 'rd']);

interface Around {
  number: WireToken | undefined;
  /** "une cinquantaine d'années": an approximate noun. */
  approximate: boolean;
  glued: boolean;
  previous: string;
  previous2: string;
  next: string;
  next2: string;
}

type Rule = [explanation: string, applies: (around: Around, lexicon: MentionLexicon) => boolean];

const isYear = (token: WireToken | undefined): boolean =>
  token?.kind === 'number' && /^(?:1[89]|20)\d\d$/u.test(token.text) && !token.glued;

const RULES: readonly Rule[] = [
  ['a time', ({ number }) => /[:h]/u.test(number?.text ?? '') && number?.kind === 'number'],
  ['an age', ({ approximate, next }) => approximate && next === 'années'],
  ['an age', ({ next, next2, previous, previous2 }, lexicon) =>
    AGE_AFTER.has(next) || (next === '-' && AGE_AFTER.has(next2)) || (next === 'years' && next2 === 'old') ||
    (next === "d'" && next2 === 'années') || lexicon.ageWords.has(previous) ||
    (lexicon.ageWords.has(previous2) && (previous === 'of' || previous === 'de'))],
  ['a magnitude', ({ next, next2, previous, previous2 }) => MAGNITUDE.has(previous) || MAGNITUDE.has(previous2) || next === 'magnitude' || (next === '-' && next2 === 'magnitude')],
  ['an arrondissement', ({ next, next2 }) => next === 'arrondissement' || (ORDINAL_SUFFIX.has(next) && next2 === 'arrondissement')],
  ['an aircraft model or flight number', ({ previous }) => AIRCRAFT.has(previous)],
  ['a speed', ({ next, next2 }) => SPEED.has(next) || (next === 'km' && next2 === '/')],
  ['a distance', ({ next }) => DISTANCE.has(next)],
  ['a rainfall or height amount', ({ next }) => RAIN.has(next)],
  ['a time', ({ next }) => TIME.has(next)],
  ['a date', ({ next, previous }, lexicon) => lexicon.months.has(next) || lexicon.months.has(previous)],
  ['a year', ({ number }) => isYear(number)],
  ['a duration', ({ next }) => DURATION.has(next)],
  ['an amount of money', ({ next, previous }) => MONEY.has(next) || MONEY.has(previous)],
  ['a percentage', ({ next }) => PERCENT.has(next)],
  ['a count of buildings, places or things', ({ next, next2 }) => BUILDINGS.has(next) || BUILDINGS.has(next2)],
];

/** Why `plain` is no casualty figure, as a short English phrase. */
export function plainNumberExplanation(tokens: readonly WireToken[], plain: PlainNumber, lexicon: MentionLexicon): string {
  const number = tokens[plain.quantity.coreFrom];
  const before = tokens[plain.from - 1];
  const around: Around = {
    number,
    approximate: number?.kind === 'word' && lexicon.singularArticles.has(number.text) && plain.quantity.qualifier === 'about',
    glued: number?.kind === 'number' && number.glued,
    previous: before?.text ?? '',
    previous2: wordAt(tokens, plain.from - 2),
    next: tokens[plain.to]?.text ?? '',
    next2: tokens[plain.to + 1]?.text ?? '',
  };
  // A model or code glued to letters: "A320", "MH17", "Covid-19".
  if (around.glued && before !== undefined && before.kind === 'word' && before.end === number?.start) {
    return AIRCRAFT.has(around.previous2) || /^[a-z]{1,2}$/u.test(before.text) ? 'an aircraft model or flight number' : 'part of a name or code';
  }
  const rule = RULES.find(([, applies]) => applies(around, lexicon));
  if (rule !== undefined) return rule[0];
  if (around.glued) return 'part of a name or code';
  if (plain.quantity.value !== null && !Number.isInteger(plain.quantity.value)) return 'a decimal measure';
  return 'no casualty word with it';
}
