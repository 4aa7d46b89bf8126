/** The add-a-revision form's state and its conversion to the API body. Pure: no React. */
import type { Toll, TollCategory, TollChangeKind, TollQualifier, TollRevision } from '../../types';
import type { TollCountBody, TollRevisionBody } from '../../hooks/useTollDesk';

export interface IncludeDraft {
  key: string;
  group: string;
  qualifier: TollQualifier;
  value: number | undefined;
  valueMax: number | undefined;
}

export interface CountDraft {
  key: string;
  category: TollCategory;
  qualifier: TollQualifier;
  value: number | undefined;
  valueMax: number | undefined;
  group: string;
  includes: IncludeDraft[];
}

export interface RevisionDraft {
  source: string;
  asOf: Date;
  /** False until the desk picks a time: an untouched as-of means "now" when the revision is saved. */
  asOfChosen: boolean;
  counts: CountDraft[];
  mayRise: boolean;
  mayRiseReason: string;
  /** '' = leave it to the server ("initial" first, then "update"). */
  changeKind: TollChangeKind | '';
  note: string;
  primary: boolean;
  /** True once the desk ticks or unticks "primary" itself: the form then stops pre-selecting it. */
  primaryTouched: boolean;
}

let nextKey = 0;
const newKey = () => `draft-${++nextKey}`;

/** `items` with the one at `index` replaced by `item`. */
export const replaceAt = <T>(items: T[], index: number, item: T): T[] => items.map((current, i) => (i === index ? item : current));

/** `items` without the one at `index`. */
export const removeAt = <T>(items: T[], index: number): T[] => items.filter((_, i) => i !== index);

export const emptyInclude = (): IncludeDraft => ({ key: newKey(), group: '', qualifier: 'exact', value: undefined, valueMax: undefined });

export const emptyCount = (): CountDraft => ({
  key: newKey(),
  category: 'killed',
  qualifier: 'at-least',
  value: undefined,
  valueMax: undefined,
  group: '',
  includes: [],
});

/** A new revision starts from the latest figures of a source (usually the primary), as of now. */
export const draftFrom = (latest: TollRevision | undefined, now: Date): RevisionDraft => ({
  source: latest?.source ?? '',
  asOf: now,
  asOfChosen: false,
  counts:
    latest && latest.counts.length > 0
      ? latest.counts.map((count) => ({
          key: newKey(),
          category: count.category,
          qualifier: count.qualifier,
          value: count.value,
          valueMax: count.valueMax ?? undefined,
          group: count.group ?? '',
          includes: count.includes.map((include) => ({
            key: newKey(),
            group: include.group,
            qualifier: include.qualifier,
            value: include.value,
            valueMax: include.valueMax ?? undefined,
          })),
        }))
      : [emptyCount()],
  mayRise: latest?.mayRise ?? false,
  mayRiseReason: latest?.mayRiseReason ?? '',
  changeKind: '',
  note: '',
  primary: false,
  primaryTouched: false,
});

const sourceKey = (source: string) => source.trim().toLowerCase();

/**
 * The category for which the draft's source gives the latest figure while the primary also counts it (the
 * form then pre-selects "primary"); null when the source is the primary, new to nothing, or not the latest.
 */
export const primarySuggestion = (draft: RevisionDraft, toll: Toll | null, now: Date): TollCategory | null => {
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
export const withPrimarySuggestion = (draft: RevisionDraft, toll: Toll | null, now: Date): RevisionDraft =>
  draft.primaryTouched ? draft : { ...draft, primary: primarySuggestion(draft, toll, now) !== null };

const textOrNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

const toCount = (count: CountDraft): TollCountBody => ({
  category: count.category,
  qualifier: count.qualifier,
  value: count.value ?? null,
  valueMax: count.qualifier === 'between' ? (count.valueMax ?? null) : null,
  group: textOrNull(count.group),
  includes: count.includes.map((include) => ({
    group: include.group.trim(),
    qualifier: include.qualifier,
    value: include.value ?? null,
    ...(include.qualifier === 'between' ? { valueMax: include.valueMax ?? null } : {}),
  })),
});

export const draftToBody = (draft: RevisionDraft, now: Date): TollRevisionBody => ({
  source: draft.source.trim(),
  asOf: (draft.asOfChosen ? draft.asOf : now).toISOString(),
  counts: draft.counts.map(toCount),
  mayRise: draft.mayRise,
  mayRiseReason: draft.mayRise ? textOrNull(draft.mayRiseReason) : null,
  ...(draft.changeKind ? { changeKind: draft.changeKind } : {}),
  note: textOrNull(draft.note),
  primary: draft.primary,
});

/** Dotted paths of the fields the form shows for this draft: a server error elsewhere is listed above the form. */
export const formFieldPaths = (draft: RevisionDraft): Set<string> => {
  const paths = ['source', 'asOf', 'counts', 'mayRise', 'changeKind', 'note', 'primary'];
  if (draft.mayRise) paths.push('mayRiseReason');
  draft.counts.forEach((count, index) => {
    const countPath = `counts.${index}`;
    paths.push(
      countPath,
      `${countPath}.category`,
      `${countPath}.qualifier`,
      `${countPath}.value`,
      `${countPath}.group`,
      `${countPath}.includes`,
    );
    if (count.qualifier === 'between') paths.push(`${countPath}.valueMax`);
    count.includes.forEach((include, includeIndex) => {
      const includePath = `${countPath}.includes.${includeIndex}`;
      paths.push(`${includePath}.group`, `${includePath}.qualifier`, `${includePath}.value`);
      if (include.qualifier === 'between') paths.push(`${includePath}.valueMax`);
    });
  });
  return new Set(paths);
};
