import type { TollCategory, TollCount, TollIncludedCount, TollQualifier } from '../contract';
import { findGroupLexeme } from './group-lexicon';
import { formatNumberEn, spellNumberEn } from './number-words';
import {
  type RevisionDirection,
  type TollWording,
  comparablePrevious,
  isPluralAmount,
  isSingleFigureRevision,
  isZeroExact,
  joinCountPhrases,
  joinWithConjunction,
  printableIncludes,
  revisionDirection,
  withoutIncludes,
} from './toll-wording';

const QUALIFIERS: Record<Exclude<TollQualifier, 'exact' | 'between'>, string> = {
  'at-least': 'at least',
  'more-than': 'more than',
  about: 'about',
  nearly: 'nearly',
  'up-to': 'up to',
};

/** English words of each category ("in critical condition"); the consistency warnings' messages use them too. */
export const CATEGORY_LABELS_EN: Record<TollCategory, string> = {
  killed: 'killed',
  injured: 'injured',
  missing: 'missing',
  displaced: 'displaced',
  critical: 'in critical condition',
  arrested: 'arrested',
  evacuated: 'evacuated',
};

interface Amount {
  value: number;
  valueMax?: number | null;
  qualifier: TollQualifier;
}

function amountText(amount: Amount, formatNumber: (value: number) => string): string {
  const value = formatNumber(amount.value);
  if (amount.qualifier === 'exact') return value;
  if (amount.qualifier === 'between') return `between ${value} and ${formatNumber(amount.valueMax ?? amount.value)}`;
  return `${QUALIFIERS[amount.qualifier]} ${value}`;
}

function groupText(group: string, plural: boolean): string {
  const known = findGroupLexeme(group);
  if (known === undefined) return group;
  return plural ? known.en.many : known.en.one;
}

function indefiniteArticle(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

function includeText(include: TollIncludedCount): string {
  const group = groupText(include.group, isPluralAmount(include));
  if (include.qualifier === 'exact' && include.value === 1) return `${indefiniteArticle(group)} ${group}`;
  return `${amountText(include, spellNumberEn)} ${group}`;
}

function zeroCountText(count: TollCount): string {
  const who = count.group === null ? 'no one' : `no ${groupText(count.group, true)}`;
  return `${who} ${CATEGORY_LABELS_EN[count.category]}`;
}

function countText(count: TollCount): string {
  const head = isZeroExact(count)
    ? zeroCountText(count)
    : [amountText(count, formatNumberEn), count.group === null ? null : groupText(count.group, isPluralAmount(count)), CATEGORY_LABELS_EN[count.category]]
        .filter((part): part is string => part !== null)
        .join(' ');
  const includes = printableIncludes(count.includes).map(includeText);
  return includes.length === 0 ? head : `${head}, including ${joinWithConjunction(includes, 'and')}`;
}

function countsText(counts: readonly TollCount[]): string {
  if (counts.length === 0) return 'no casualty figures yet';
  const phrases = counts.map((count) => ({ text: countText(count), hasIncludes: printableIncludes(count.includes).length > 0 }));
  return joinCountPhrases(phrases, 'and');
}

const REVISED: Record<RevisionDirection, string> = { down: 'revised down from', up: 'revised up from', corrected: 'corrected from' };

function revisedFromText(allPrevious: readonly TollCount[], current: readonly TollCount[]): string {
  const previous = comparablePrevious(allPrevious, current);
  const figures = isSingleFigureRevision(previous, current)
    ? amountText(previous[0], formatNumberEn)
    : joinWithConjunction(previous.map(withoutIncludes).map(countText), 'and');
  return `${REVISED[revisionDirection(previous, current)]} ${figures}`;
}

export const ENGLISH_TOLL_WORDING: TollWording = {
  counts: countsText,
  revisedFrom: revisedFromText,
  mayRise: 'toll may rise',
  separator: '; ',
};
