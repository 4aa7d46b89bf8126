/** The add-a-revision form's state and its conversion to the API body. Pure: no React. */
import type { TollCategory, TollChangeKind, TollQualifier, TollRevision } from '../../../../server/src/domain/contract';
import type { TollCountBody, TollRevisionBody } from '../../../../server/src/contracts/tolls';

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
