import type { TollCategory, TollCount, TollRevision } from '../contract';
import { type CasualtyMention, findCasualtyMentions } from './casualty-mentions';
import { upperBound } from './count-key';
import { tollTextLanguage } from './toll-text';
import { CATEGORY_LABELS_EN } from './toll-text-en';
import { type TollStateData, findPrimaryRevision } from './toll-state';

export interface TollConsistencyWarning {
  field: 'headline' | 'summary';
  category: TollCategory;
  stated: number;
  /** The primary source's figure for the category (sum of its groups' values). */
  current: number;
  message: string;
  /** Toll version the warning was computed against, so a UI can drop outdated warnings. */
  version: number;
}

export interface TollConsistencyTexts {
  headline?: string | null;
  summary?: string | null;
}

const FIELDS = ['headline', 'summary'] as const;

function countsOf(revision: Pick<TollRevision, 'counts'>, category: TollCategory): TollCount[] {
  return revision.counts.filter((count) => count.category === category);
}

function within(stated: number, range: { value: number; valueMax?: number | null }): boolean {
  return stated >= range.value && stated <= upperBound(range);
}

/**
 * A figure is fine when it matches a count (or its range), an included group ("a child"),
 * or the total of the category's groups. Any source's figure is accepted: a headline may
 * attribute a number to a secondary source ("UN says 20 killed").
 */
function isAcceptedFigure(state: TollStateData, mention: CasualtyMention): boolean {
  return state.sources.some((revision) => {
    const counts = countsOf(revision, mention.category);
    const total = { value: sum(counts.map((count) => count.value)), valueMax: sum(counts.map(upperBound)) };
    return (
      counts.some((count) => within(mention.stated, count) || count.includes.some((include) => within(mention.stated, include))) ||
      (counts.length > 1 && within(mention.stated, total))
    );
  });
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function currentText(counts: readonly TollCount[]): string {
  if (counts.length === 1 && counts[0].qualifier === 'between') return `${counts[0].value}-${upperBound(counts[0])}`;
  return String(sum(counts.map((count) => count.value)));
}

function uniqueMentions(mentions: readonly CasualtyMention[]): CasualtyMention[] {
  return mentions.filter(
    (mention, index) =>
      mentions.findIndex((other) => other.category === mention.category && other.stated === mention.stated) === index,
  );
}

function fieldWarnings(
  field: TollConsistencyWarning['field'],
  text: string,
  state: TollStateData,
  primary: TollRevision,
  version: number,
  locale: string,
): TollConsistencyWarning[] {
  return uniqueMentions(findCasualtyMentions(text, tollTextLanguage(locale))).flatMap((mention) => {
    const counts = countsOf(primary, mention.category);
    // A category the primary source does not give cannot be contradicted.
    if (counts.length === 0 || isAcceptedFigure(state, mention)) return [];
    const label = CATEGORY_LABELS_EN[mention.category];
    return [
      {
        field,
        category: mention.category,
        stated: mention.stated,
        current: sum(counts.map((count) => count.value)),
        message: `${field} says ${mention.stated} ${label}, current toll is ${currentText(counts)} ${label} (${primary.source}, revision ${primary.revision})`,
        version,
      },
    ];
  });
}

/** Casualty figures in the headline and summary that disagree with the current toll. */
export function checkTollConsistency(
  texts: TollConsistencyTexts,
  state: TollStateData,
  version: number,
  locale: string,
): TollConsistencyWarning[] {
  const primary = findPrimaryRevision(state);
  if (primary === undefined) return [];
  return FIELDS.flatMap((field) => {
    const text = texts[field];
    return text ? fieldWarnings(field, text, state, primary, version, locale) : [];
  });
}
