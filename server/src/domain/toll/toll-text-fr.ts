import type { TollCategory, TollCount, TollIncludedCount, TollQualifier } from '../contract';
import { findGroupLexeme } from './group-lexicon';
import { formatNumberFr, spellNumberFr } from './number-words';
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
  'at-least': 'au moins',
  'more-than': 'plus de',
  about: 'environ',
  nearly: 'près de',
  'up-to': "jusqu'à",
};

/** Past participles, agreed with the group; null for "critical", which is a fixed phrase. */
const PARTICIPLES: Record<TollCategory, string | null> = {
  killed: 'tué',
  injured: 'blessé',
  missing: 'disparu',
  displaced: 'déplacé',
  critical: null,
  arrested: 'interpellé',
  evacuated: 'évacué',
};

const CRITICAL = 'dans un état critique';

interface Amount {
  value: number;
  valueMax?: number | null;
  qualifier: TollQualifier;
}

interface FrenchGroup {
  word: string;
  feminine: boolean;
}

function amountText(amount: Amount, formatNumber: (value: number) => string): string {
  const value = formatNumber(amount.value);
  if (amount.qualifier === 'exact') return value;
  if (amount.qualifier === 'between') return `entre ${value} et ${formatNumber(amount.valueMax ?? amount.value)}`;
  return `${QUALIFIERS[amount.qualifier]} ${value}`;
}

function frenchGroup(group: string, plural: boolean): FrenchGroup {
  const known = findGroupLexeme(group);
  if (known === undefined) return { word: group, feminine: false };
  return { word: plural ? known.fr.many : known.fr.one, feminine: known.fr.feminine };
}

function agree(participle: string, feminine: boolean, plural: boolean): string {
  return `${participle}${feminine ? 'e' : ''}${plural ? 's' : ''}`;
}

function categoryText(category: TollCategory, feminine: boolean, plural: boolean): string {
  const participle = PARTICIPLES[category];
  return participle === null ? CRITICAL : agree(participle, feminine, plural);
}

function includeText(include: TollIncludedCount): string {
  const plural = isPluralAmount(include);
  const group = frenchGroup(include.group, plural);
  return `${amountText(include, (value) => spellNumberFr(value, group.feminine))} ${group.word}`;
}

// Without a group: "15 morts" is the agency idiom for killed, "15 blessés" etc. for the others;
// "dans un état critique" needs a subject, so it gets "personnes".
function ungroupedText(count: TollCount, plural: boolean): string {
  if (count.category === 'killed') return plural ? 'morts' : 'mort';
  if (count.category === 'critical') return `${frenchGroup('people', plural).word} ${CRITICAL}`;
  return categoryText(count.category, false, plural);
}

function zeroCountText(count: TollCount): string {
  if (count.group === null) {
    return count.category === 'critical' ? `aucune personne ${CRITICAL}` : `aucun ${ungroupedText(count, false)}`;
  }
  const group = frenchGroup(count.group, false);
  return `${group.feminine ? 'aucune' : 'aucun'} ${group.word} ${categoryText(count.category, group.feminine, false)}`;
}

function headText(count: TollCount): string {
  if (isZeroExact(count)) return zeroCountText(count);
  // "1,5 million de déplacés": a noun after millions takes "de"; "près d'un million", not "près de 1 million".
  const amount = amountText(count, formatNumberFr)
    .replace(/millions?$/, (word) => `${word} de`)
    .replace(/(^|\s)1 million/, '$1un million')
    .replace(/\bde un million/, "d'un million");
  const plural = isPluralAmount(count);
  if (count.group === null) return `${amount} ${ungroupedText(count, plural)}`;
  const group = frenchGroup(count.group, plural);
  return `${amount} ${group.word} ${categoryText(count.category, group.feminine, plural)}`;
}

function countText(count: TollCount): string {
  const includes = printableIncludes(count.includes).map(includeText);
  const head = headText(count);
  return includes.length === 0 ? head : `${head}, dont ${joinWithConjunction(includes, 'et')}`;
}

function countsText(counts: readonly TollCount[]): string {
  if (counts.length === 0) return 'pas encore de bilan chiffré';
  const phrases = counts.map((count) => ({ text: countText(count), hasIncludes: printableIncludes(count.includes).length > 0 }));
  return joinCountPhrases(phrases, 'et');
}

const REVISED: Record<RevisionDirection, string> = {
  down: 'bilan revu à la baisse',
  up: 'bilan revu à la hausse',
  corrected: 'bilan corrigé',
};

function revisedFromText(allPrevious: readonly TollCount[], current: readonly TollCount[]): string {
  const previous = comparablePrevious(allPrevious, current);
  const figures = isSingleFigureRevision(previous, current)
    ? amountText(previous[0], formatNumberFr)
    : joinWithConjunction(previous.map(withoutIncludes).map(countText), 'et');
  return `${REVISED[revisionDirection(previous, current)]}, contre ${figures} précédemment`;
}

export const FRENCH_TOLL_WORDING: TollWording = {
  counts: countsText,
  revisedFrom: revisedFromText,
  mayRise: "le bilan pourrait s'alourdir",
  separator: ' ; ',
};
