import { TOLL_CATEGORIES, TOLL_CHANGE_KINDS, TOLL_QUALIFIERS } from '../contract';
import type { FieldError, TollChangeKind, TollCount, TollIncludedCount } from '../contract';
import { closedObject, name, parseInput, text, z, type UnknownKeyMessage } from '../validation';
import { countKey, normaliseGroupKey, upperBound } from './count-key';
import { parseDateTime } from './date-time';
import { formatFieldPath } from './field-path';

/**
 * A validated revision request. `changeKind` is null when the body left it out: its default
 * depends on the brief's state ("initial" first, "update" after) and is resolved by
 * `resolveTollChangeKind` / `createTollRevision`.
 */
export interface TollRevisionInput {
  source: string;
  asOf: string; // normalised with toISOString()
  counts: TollCount[];
  mayRise: boolean;
  mayRiseReason: string | null;
  changeKind: TollChangeKind | null;
  note: string | null;
  primary: boolean;
}

export type TollRevisionInputResult = { ok: true; input: TollRevisionInput } | { ok: false; errors: FieldError[] };

/** Each limit fits its column: source varchar(255); mayRiseReason and note `text`; counts and groups JSON. */
export const TOLL_LIMITS = {
  maxValue: 10_000_000,
  maxSourceLength: 100,
  maxCounts: 20,
  maxIncludes: 10,
  maxGroupLength: 60,
  maxMayRiseReasonLength: 500,
  maxNoteLength: 2000,
} as const;

const INPUT_KEYS = ['source', 'asOf', 'counts', 'mayRise', 'mayRiseReason', 'changeKind', 'note', 'primary'] as const;

const fail = (ctx: z.RefinementCtx, message: string, code: string, path: (string | number)[] = [], params: Record<string, unknown> = {}) =>
  ctx.addIssue({ code: 'custom', message, path, params: { code, ...params } });

const isAbsent = (value: unknown): value is null | undefined => value === undefined || value === null;

// A typo such as "mayrise" must fail loudly instead of silently leaving mayRise at its default.
const unknownKey: UnknownKeyMessage = (key, allowed) => {
  const lookalike = allowed.find((known) => known.toLowerCase() === key.toLowerCase());
  return `is not a known field (allowed: ${allowed.join(', ')})${lookalike ? `; did you mean "${lookalike}"?` : ''}`;
};

/** One of `values`; absent → `fallback`, or "is required" without one. */
const choice = <T extends string>(values: readonly T[], fallback?: T) =>
  z.unknown().optional().transform((raw, ctx): T => {
    if (isAbsent(raw) && fallback !== undefined) return fallback;
    const known = values.find((value) => value === raw);
    if (known !== undefined) return known;
    if (isAbsent(raw)) fail(ctx, `is required (one of: ${values.join(', ')})`, 'field.required');
    else fail(ctx, `must be one of: ${values.join(', ')}`, 'field.invalid_choice', [], { allowed: values });
    return z.NEVER;
  });

const optionalChoice = <T extends string>(values: readonly T[]) =>
  z.unknown().optional().transform((raw, ctx): T | null => {
    if (isAbsent(raw)) return null;
    const known = values.find((value) => value === raw);
    if (known !== undefined) return known;
    fail(ctx, `must be one of: ${values.join(', ')}`, 'field.invalid_choice', [], { allowed: values });
    return z.NEVER;
  });

/** A JSON boolean; absent = false. */
const optionalFlag = () =>
  z.unknown().optional().transform((raw, ctx): boolean => {
    if (isAbsent(raw)) return false;
    if (typeof raw === 'boolean') return raw;
    fail(ctx, 'must be true or false', 'field.invalid_type');
    return z.NEVER;
  });

const isCountValue = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= TOLL_LIMITS.maxValue;

const COUNT_RANGE = `must be an integer from 0 to ${TOLL_LIMITS.maxValue}`;

// No coercion: "15", 1.5, NaN and Infinity are all rejected, a desk must send the number it means.
const countValue = () =>
  z.unknown().optional().transform((raw, ctx): number => {
    if (isCountValue(raw)) return raw;
    fail(ctx, COUNT_RANGE, 'field.out_of_range', [], { min: 0, max: TOLL_LIMITS.maxValue });
    return z.NEVER;
  });

/** Trimmed text or null when absent or blank. */
const optionalText = (max: number) =>
  text({ max, multiline: true })
    .nullish()
    .transform((value) => (value ? value : null));

const optionalGroup = () =>
  name({ max: TOLL_LIMITS.maxGroupLength })
    .nullish()
    .transform((value) => (value ? value : null));

const requiredGroup = () =>
  optionalGroup().transform((value, ctx): string => {
    if (value !== null) return value;
    fail(ctx, 'is required and must not be empty', 'field.required');
    return z.NEVER;
  });

const asOf = () =>
  z.unknown().optional().transform((raw, ctx): string => {
    if (isAbsent(raw)) {
      fail(ctx, 'is required (an RFC 3339 date-time such as 2024-05-01T14:03:00Z)', 'field.required');
      return z.NEVER;
    }
    const date = typeof raw === 'string' && raw.length <= 64 ? parseDateTime(raw) : null;
    if (date !== null) return date.toISOString();
    fail(ctx, 'must be an RFC 3339 date-time with Z or an offset, e.g. 2024-05-01T14:03:00Z', 'field.invalid_date');
    return z.NEVER;
  });

/** Lengths first, so that 10,000 bad items give one error, not 10,000. */
const list = <Item extends z.ZodType>(item: Item, min: number, max: number, what: string) => {
  const message = min > 0 ? `must be a non-empty array of ${what} (at most ${max})` : `must be an array of at most ${max} ${what}`;
  const sized = z
    .array(z.unknown(), { error: message })
    .superRefine((items, ctx) => {
      if (items.length < min) fail(ctx, message, 'field.too_few', [], { min });
      if (items.length > max) fail(ctx, message, 'field.too_many', [], { max });
    })
    .pipe(z.array(item));
  return min > 0 ? sized : z.preprocess((raw) => (isAbsent(raw) ? [] : raw), sized);
};

/** `valueMax` required with "between" (and above value), forbidden otherwise; reported even when other fields failed. */
const checkRange = (record: Record<string, unknown>, ctx: z.RefinementCtx) => {
  const { qualifier, value, valueMax } = record;
  if (qualifier !== 'between') {
    if (!isAbsent(valueMax)) fail(ctx, 'is only allowed when qualifier is "between"', 'toll.value_max_not_allowed', ['valueMax']);
    return;
  }
  if (isAbsent(valueMax)) return fail(ctx, 'is required when qualifier is "between"', 'field.required', ['valueMax']);
  if (!isCountValue(valueMax)) return fail(ctx, COUNT_RANGE, 'field.out_of_range', ['valueMax'], { min: 0, max: TOLL_LIMITS.maxValue });
  if (isCountValue(value) && valueMax <= value) fail(ctx, `must be greater than value (${value})`, 'toll.range_inverted', ['valueMax'], { value });
};

const rangeOf = (record: { qualifier: string; valueMax?: unknown }): number | null =>
  record.qualifier === 'between' ? (record.valueMax as number) : null;

const includeSchema = closedObject(
  { group: requiredGroup(), value: countValue(), qualifier: choice(TOLL_QUALIFIERS, 'exact'), valueMax: z.unknown().optional() },
  { unknownKey, notObject: 'must be an object { group, value, qualifier }', check: checkRange },
).transform(({ group, value, qualifier, valueMax }): TollIncludedCount => {
  const max = rangeOf({ qualifier, valueMax });
  return max === null ? { group, value, qualifier } : { group, value, qualifier, valueMax: max };
});

const includesSchema = list(includeSchema, 0, TOLL_LIMITS.maxIncludes, 'included counts').superRefine((includes, ctx) => {
  includes.forEach((include, index) => {
    const first = includes.findIndex((other) => normaliseGroupKey(other.group) === normaliseGroupKey(include.group));
    // The message names the first include by its full path once the path is known (see parseTollRevisionInput).
    if (first !== index) fail(ctx, `repeats group "${include.group}"`, 'toll.duplicate_group', [index, 'group'], { first });
  });
});

const countSchema = closedObject(
  {
    category: choice(TOLL_CATEGORIES),
    value: countValue(),
    valueMax: z.unknown().optional(),
    qualifier: choice(TOLL_QUALIFIERS, 'exact'),
    group: optionalGroup(),
    includes: includesSchema,
  },
  { unknownKey, notObject: 'must be an object { category, value, qualifier, group, includes }', check: checkRange },
).transform((record, ctx): TollCount => {
  const count: TollCount = { category: record.category, value: record.value, valueMax: rangeOf(record), qualifier: record.qualifier, group: record.group, includes: record.includes };
  const limit = upperBound(count);
  count.includes.forEach((include, index) => {
    if (include.value > limit) fail(ctx, `(${include.value}) must not exceed the count it belongs to (${limit})`, 'toll.include_exceeds_count', ['includes', index, 'value'], { limit });
    else if (upperBound(include) > limit) fail(ctx, `(${upperBound(include)}) must not exceed the count it belongs to (${limit})`, 'toll.include_exceeds_count', ['includes', index, 'valueMax'], { limit });
  });
  return count;
});

const countsSchema = list(countSchema, 1, TOLL_LIMITS.maxCounts, 'counts').superRefine((counts, ctx) => {
  counts.forEach((count, index) => {
    const first = counts.findIndex((other) => countKey(other) === countKey(count));
    if (first === index) return;
    const group = count.group === null ? 'no group' : `group "${count.group}"`;
    fail(ctx, `repeats category "${count.category}" with ${group} of counts[${first}]`, 'toll.duplicate_count', [index], { first });
  });
});

/** The declared shape of a revision body (POST /newsroom/briefs/:documentId/tolls). */
export const tollRevisionBodySchema = closedObject(
  {
    source: name({ max: TOLL_LIMITS.maxSourceLength, min: 1 }),
    asOf: asOf(),
    counts: countsSchema,
    mayRise: optionalFlag(),
    mayRiseReason: optionalText(TOLL_LIMITS.maxMayRiseReasonLength),
    changeKind: optionalChoice(TOLL_CHANGE_KINDS),
    note: optionalText(TOLL_LIMITS.maxNoteLength),
    primary: optionalFlag(),
  },
  {
    unknownKey,
    notObject: 'must be a JSON object',
    check: (record, ctx) => {
      // mayRiseReason holds null once parsed when it was absent or blank (a failed one keeps its raw text).
      if (record.mayRise === true && isAbsent(record.mayRiseReason)) {
        fail(ctx, 'is required when mayRise is true (e.g. "many people still under the rubble")', 'field.required', ['mayRiseReason']);
      }
    },
  },
);

const topLevelRank = (error: FieldError): number =>
  error.code === 'field.unknown' ? -1 : INPUT_KEYS.indexOf(error.path[0] as (typeof INPUT_KEYS)[number]);

/** The first of two repeated include groups, named by its full path ("counts[0].includes[0]"). */
const withFirstIncludeNamed = (error: FieldError): FieldError => {
  if (error.code !== 'toll.duplicate_group') return error;
  const first = [...error.path.slice(0, -2), Number(error.params?.first)];
  return { ...error, message: `${error.message} of ${formatFieldPath(first)}` };
};

/**
 * Shape and type validation of an untrusted POST body; rules that need the brief's state
 * live in revision-rules.ts. Returns one FieldError per bad field, in the order of the body's fields.
 */
export function parseTollRevisionInput(body: unknown): TollRevisionInputResult {
  const parsed = parseInput(tollRevisionBodySchema, body);
  if (parsed.ok) {
    const { source, asOf: time, counts, mayRise, mayRiseReason, changeKind, note, primary } = parsed.value;
    return { ok: true, input: { source, asOf: time, counts, mayRise, mayRiseReason, changeKind, note, primary } };
  }
  const errors = parsed.errors.map(withFirstIncludeNamed);
  return { ok: false, errors: errors.map((error, index) => ({ error, index })).sort((a, b) => topLevelRank(a.error) - topLevelRank(b.error) || a.index - b.index).map(({ error }) => error) };
}
