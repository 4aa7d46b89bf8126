/** When the add-a-revision form pre-selects "primary". Pure: no React, no admin API. */
import type { Toll, TollCategory } from '../../../../server/src/domain/contract';

/** What the suggestion reads of a revision draft (RevisionDraft has these fields). */
export interface SuggestionDraft {
  source: string;
  asOf: Date;
  asOfChosen: boolean;
  counts: { category: TollCategory; value: number | undefined }[];
  primary: boolean;
  primaryTouched: boolean;
}

const sourceKey = (source: string) => source.trim().toLowerCase();

/**
 * The category for which the draft's source gives the latest figure while the primary also counts it (the
 * form then pre-selects "primary"); null when the source is the primary, new to nothing, or not the latest.
 */
export const primarySuggestion = (draft: SuggestionDraft, toll: Toll | null, now: Date): TollCategory | null => {
  if (!toll || draft.source.trim() === '' || sourceKey(draft.source) === sourceKey(toll.primarySource)) return null;
  const primary = toll.sources.find((source) => sourceKey(source.source) === sourceKey(toll.primarySource));
  if (!primary) return null;
  const asOf = (draft.asOfChosen ? draft.asOf : now).getTime();
  const latestFor = (category: TollCategory) =>
    toll.sources
      .filter((source) => sourceKey(source.source) !== sourceKey(draft.source) && source.counts.some((count) => count.category === category))
      .every((source) => Date.parse(source.asOf) < asOf);
  const category = draft.counts.find(
    (count) => count.value !== undefined && primary.counts.some((counted) => counted.category === count.category) && latestFor(count.category),
  )?.category;
  return category ?? null;
};

/** The draft after an edit: until the desk decides on "primary", it follows primarySuggestion. */
export const withPrimarySuggestion = <T extends SuggestionDraft>(draft: T, toll: Toll | null, now: Date): T =>
  draft.primaryTouched ? draft : { ...draft, primary: primarySuggestion(draft, toll, now) !== null };
