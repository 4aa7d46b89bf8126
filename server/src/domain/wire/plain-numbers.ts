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
  'pays', 'regions', 'régions', 'hectares', 'acres',
]);
const DISTANCE = new Set(['km', 'kilometres', 'kilometers', 'kilomètres', 'miles', 'mile', 'metres', 'meters', 'mètres', 'm', 'kilometre', 'kilomètre', 'feet', 'ft', 'yards']);
const RAIN = new Set(['mm', 'millimetres', 'millimeters', 'millimètres', 'cm', 'centimetres', 'centimètres', 'inches', 'litres', 'liters']);
const TIME = new Set(['h', 'hours', 'hour', 'heures', 'heure', 'am', 'pm', 'gmt', 'utc', 'minutes', 'minute', 'secondes', 'seconds', 'a.m', 'p.m']);
const DURATION = new Set(['days', 'day', 'jours', 'jour', 'weeks', 'week', 'semaines', 'semaine', 'months', 'month', 'mois', 'decades', 'décennies']);
const MONEY = new Set(['dollars', 'euros', 'pounds', 'francs', 'yuan', 'rupees', 'dinars', 'livres', 'usd', 'eur']);
const PERCENT = new Set(['%', 'percent', 'per', 'pour']);
const AIRCRAFT = new Set(['boeing', 'airbus', 'flight', 'vol', 'mig', 'sukhoi', 'antonov', 'tupolev', 'cessna', 'atr', 'embraer', 'bombardier', 'ilyushin', 'f', 'a', 'b', 'su', 'mi', 'md', 'dc', 'crj', 'concorde']);
const MAGNITUDE = new Set(['magnitude', 'richter', 'magnitude-', 'force']);
const ARRONDISSEMENT = new Set(['arrondissement', 'arrondissements', 'e', 'ème', 'eme', 'er', 'th', 'st', 'nd', 'rd']);
const AGE_AFTER = new Set(['year-old', 'year-olds', 'years-old', 'ans', 'an', 'années', 'ans,', 'month-old', 'mois']);

function after(tokens: readonly WireToken[], index: number): string {
  const token = tokens[index];
  if (token === undefined) return '';
  return token.text;
}

/** Why `plain` is no casualty figure, as a short English phrase. */
export function plainNumberExplanation(tokens: readonly WireToken[], plain: PlainNumber, lexicon: MentionLexicon): string {
  const number = tokens[plain.quantity.coreFrom];
  const next = after(tokens, plain.to);
  const nextAfterHyphen = next === '-' ? after(tokens, plain.to + 1) : next;
  const previous = wordAt(tokens, plain.from - 1);
  const previous2 = wordAt(tokens, plain.from - 2);
  const glued = number?.kind === 'number' && number.glued;
  if (AGE_AFTER.has(nextAfterHyphen) && (next === '-' || glued || lexicon.ageWords.has(previous) || lexicon.ageWords.has(previous2) || next === 'ans' || next === 'années' || (next === "d'" && after(tokens, plain.to + 1) === 'années'))) {
    return 'an age';
  }
  if (next === "d'" && after(tokens, plain.to + 1) === 'années') return 'an age';
  if (next === 'years' && after(tokens, plain.to + 1) === 'old') return 'an age';
  if (lexicon.ageWords.has(previous) || (lexicon.ageWords.has(previous2) && (previous === 'of' || previous === 'de'))) return 'an age';
  if (MAGNITUDE.has(previous) || MAGNITUDE.has(previous2) || nextAfterHyphen === 'magnitude' || next === 'on') {
    if (MAGNITUDE.has(previous) || MAGNITUDE.has(previous2) || nextAfterHyphen === 'magnitude') return 'a magnitude';
  }
  if (ARRONDISSEMENT.has(next) && (after(tokens, plain.to + 1) === 'arrondissement' || next === 'arrondissement')) return 'an arrondissement';
  if (next === 'arrondissement' || after(tokens, plain.to + 1) === 'arrondissement') return 'an arrondissement';
  if (AIRCRAFT.has(previous) || (glued && /^[a-z]{1,3}$/u.test(wordAt(tokens, plain.from - 1)) && tokens[plain.from - 1]?.end === number?.start)) {
    return 'an aircraft model or flight number';
  }
  if (DISTANCE.has(next)) return 'a distance';
  if (RAIN.has(next)) return 'a rainfall or height amount';
  if (TIME.has(next) || next === ':' || previous === 'at' && /^\d{1,2}[.:]\d{2}$/u.test(number?.text ?? '')) return 'a time';
  if (lexicon.months.has(next) || lexicon.months.has(previous)) return 'a date';
  if (number?.kind === 'number' && /^\d{4}$/u.test(number.text) && Number(number.text) >= 1800 && Number(number.text) <= 2100) return 'a year';
  if (DURATION.has(next) || lexicon.units.has(next) && (next === 'years' || next === 'ans' || next === 'year')) return 'a duration';
  if (MONEY.has(next) || /[$€£]/u.test(previous)) return 'an amount of money';
  if (PERCENT.has(next)) return 'a percentage';
  if (BUILDINGS.has(nextAfterHyphen) || BUILDINGS.has(after(tokens, plain.to + 1)) || BUILDINGS.has(after(tokens, plain.to + 2))) {
    return 'a count of buildings, places or things';
  }
  if (glued) return 'part of a name or code';
  if (plain.quantity.value !== null && !Number.isInteger(plain.quantity.value)) return 'a decimal measure';
  return 'no casualty word with it';
}
