import { TOLL_CATEGORIES, TOLL_CHANGE_KINDS, TOLL_QUALIFIERS } from '../contract';
import type {
  FieldError,
  TollCategory,
  TollChangeKind,
  TollCount,
  TollIncludedCount,
  TollQualifier,
} from '../contract';
import { countKey, normaliseGroupKey, upperBound } from './count-key';
import { parseDateTime } from './date-time';
import { type FieldPath, fieldError, formatFieldPath } from './field-path';

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
const COUNT_KEYS = ['category', 'value', 'valueMax', 'qualifier', 'group', 'includes'] as const;
const INCLUDE_KEYS = ['group', 'value', 'qualifier', 'valueMax'] as const;

type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

function accept<T>(value: T): Parsed<T> {
  return { ok: true, value };
}

function reject(path: FieldPath, problem: string): { ok: false; errors: FieldError[] } {
  return { ok: false, errors: [fieldError(path, problem)] };
}

/** Unwraps a field result, moving its errors into `errors`; undefined marks a failed field. */
function take<T>(parsed: Parsed<T>, errors: FieldError[]): T | undefined {
  if (parsed.ok) return parsed.value;
  errors.push(...parsed.errors);
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isAbsent(value: unknown): value is null | undefined {
  return value === undefined || value === null;
}

// A typo such as "mayrise" must fail loudly instead of silently leaving mayRise at its default.
function unknownKeyErrors(record: Record<string, unknown>, allowed: readonly string[], path: FieldPath): FieldError[] {
  return Object.keys(record)
    .filter((key) => !allowed.includes(key))
    .map((key) => {
      const lookalike = allowed.find((name) => name.toLowerCase() === key.toLowerCase());
      const hint = lookalike ? `; did you mean "${lookalike}"?` : '';
      return fieldError([...path, key], `is not a known field (allowed: ${allowed.join(', ')})${hint}`);
    });
}

function parseEnum<T extends string>(
  raw: unknown,
  allowed: readonly T[],
  path: FieldPath,
  fallback?: T,
): Parsed<T> {
  if (isAbsent(raw)) {
    return fallback !== undefined ? accept(fallback) : reject(path, `is required (one of: ${allowed.join(', ')})`);
  }
  const known = allowed.find((value) => value === raw);
  return known !== undefined ? accept(known) : reject(path, `must be one of: ${allowed.join(', ')}`);
}

function parseOptionalEnum<T extends string>(raw: unknown, allowed: readonly T[], path: FieldPath): Parsed<T | null> {
  return isAbsent(raw) ? accept(null) : parseEnum(raw, allowed, path);
}

function parseBoolean(raw: unknown, path: FieldPath): Parsed<boolean> {
  if (isAbsent(raw)) return accept(false);
  return typeof raw === 'boolean' ? accept(raw) : reject(path, 'must be true or false');
}

/** Trimmed text or null when absent/blank. */
function parseOptionalText(raw: unknown, path: FieldPath, maxLength: number): Parsed<string | null> {
  if (isAbsent(raw)) return accept(null);
  if (typeof raw !== 'string') return reject(path, 'must be a string');
  const text = raw.trim();
  if (text.length > maxLength) return reject(path, `must be at most ${maxLength} characters`);
  return accept(text === '' ? null : text);
}

function parseRequiredText(raw: unknown, path: FieldPath, maxLength: number): Parsed<string> {
  const parsed = parseOptionalText(raw, path, maxLength);
  if (!parsed.ok) return parsed;
  return parsed.value === null ? reject(path, 'is required and must not be empty') : accept(parsed.value);
}

function parseSource(raw: unknown): Parsed<string> {
  return parseRequiredText(raw, ['source'], TOLL_LIMITS.maxSourceLength);
}

function parseAsOf(raw: unknown): Parsed<string> {
  const path = ['asOf'];
  if (isAbsent(raw)) return reject(path, 'is required (an RFC 3339 date-time such as 2024-05-01T14:03:00Z)');
  const date = typeof raw === 'string' ? parseDateTime(raw) : null;
  if (date === null) return reject(path, 'must be an RFC 3339 date-time with Z or an offset, e.g. 2024-05-01T14:03:00Z');
  return accept(date.toISOString());
}

// No coercion: "15", 1.5, NaN and Infinity are all rejected, a desk must send the number it means.
function parseCountValue(raw: unknown, path: FieldPath): Parsed<number> {
  const valid = typeof raw === 'number' && Number.isInteger(raw) && raw >= 0 && raw <= TOLL_LIMITS.maxValue;
  return valid ? accept(raw) : reject(path, `must be an integer from 0 to ${TOLL_LIMITS.maxValue}`);
}

/** `value` always; `valueMax` required with "between" (and above value), forbidden otherwise. */
function parseRange(
  record: Record<string, unknown>,
  qualifier: TollQualifier | undefined,
  path: FieldPath,
): Parsed<{ value: number; valueMax: number | null }> {
  const errors: FieldError[] = [];
  const value = take(parseCountValue(record.value, [...path, 'value']), errors);
  const valueMax = take(parseValueMax(record.valueMax, qualifier, value, [...path, 'valueMax']), errors);
  if (value === undefined || valueMax === undefined) return { ok: false, errors };
  return accept({ value, valueMax });
}

function parseValueMax(
  raw: unknown,
  qualifier: TollQualifier | undefined,
  value: number | undefined,
  path: FieldPath,
): Parsed<number | null> {
  if (qualifier !== 'between') {
    return isAbsent(raw) ? accept(null) : reject(path, 'is only allowed when qualifier is "between"');
  }
  if (isAbsent(raw)) return reject(path, 'is required when qualifier is "between"');
  const parsed = parseCountValue(raw, path);
  if (!parsed.ok || value === undefined) return parsed;
  return parsed.value > value ? parsed : reject(path, `must be greater than value (${value})`);
}

function parseGroup(raw: unknown, path: FieldPath, required: boolean): Parsed<string | null> {
  const parsed = parseOptionalText(raw, path, TOLL_LIMITS.maxGroupLength);
  if (!parsed.ok) return parsed;
  const group = parsed.value === null ? null : parsed.value.replace(/\s+/g, ' ');
  if (group === null && required) return reject(path, 'is required and must not be empty');
  return accept(group);
}

function parseList(raw: unknown, path: FieldPath, minItems: number, maxItems: number, what: string): Parsed<unknown[]> {
  if (isAbsent(raw) && minItems === 0) return accept([]);
  if (!Array.isArray(raw) || raw.length < minItems || raw.length > maxItems) {
    const size = minItems > 0 ? `a non-empty array of ${what} (at most ${maxItems})` : `an array of at most ${maxItems} ${what}`;
    return reject(path, `must be ${size}`);
  }
  return accept(raw);
}

function parseInclude(raw: unknown, path: FieldPath): Parsed<TollIncludedCount> {
  if (!isRecord(raw)) return reject(path, 'must be an object { group, value, qualifier }');
  const errors = unknownKeyErrors(raw, INCLUDE_KEYS, path);
  const group = take(parseGroup(raw.group, [...path, 'group'], true), errors);
  const qualifier = take(parseEnum(raw.qualifier, TOLL_QUALIFIERS, [...path, 'qualifier'], 'exact'), errors);
  const range = take(parseRange(raw, qualifier, path), errors);
  if (errors.length > 0 || group === undefined || group === null || qualifier === undefined || range === undefined) {
    return { ok: false, errors };
  }
  const include: TollIncludedCount = { group, value: range.value, qualifier };
  return accept(range.valueMax === null ? include : { ...include, valueMax: range.valueMax });
}

function includeBoundErrors(count: TollCount, path: FieldPath): FieldError[] {
  const limit = upperBound(count);
  return count.includes.flatMap((include, index) => {
    const includePath = [...path, 'includes', index];
    if (include.value > limit) {
      return [fieldError([...includePath, 'value'], `(${include.value}) must not exceed the count it belongs to (${limit})`)];
    }
    if (upperBound(include) > limit) {
      return [fieldError([...includePath, 'valueMax'], `(${upperBound(include)}) must not exceed the count it belongs to (${limit})`)];
    }
    return [];
  });
}

function duplicateIncludeErrors(includes: readonly TollIncludedCount[], path: FieldPath): FieldError[] {
  return includes.flatMap((include, index) => {
    const first = includes.findIndex((other) => normaliseGroupKey(other.group) === normaliseGroupKey(include.group));
    if (first === index) return [];
    const firstName = formatFieldPath([...path, 'includes', first]);
    return [fieldError([...path, 'includes', index, 'group'], `repeats group "${include.group}" of ${firstName}`)];
  });
}

function parseIncludes(raw: unknown, path: FieldPath): Parsed<TollIncludedCount[]> {
  const includesPath = [...path, 'includes'];
  const list = parseList(raw, includesPath, 0, TOLL_LIMITS.maxIncludes, 'included counts');
  if (!list.ok) return list;
  const errors: FieldError[] = [];
  const includes = list.value.map((item, index) => take(parseInclude(item, [...includesPath, index]), errors));
  const parsed = includes.filter((include): include is TollIncludedCount => include !== undefined);
  errors.push(...duplicateIncludeErrors(parsed.length === includes.length ? parsed : [], path));
  return errors.length > 0 ? { ok: false, errors } : accept(parsed);
}

function parseCount(raw: unknown, path: FieldPath): Parsed<TollCount> {
  if (!isRecord(raw)) return reject(path, 'must be an object { category, value, qualifier, group, includes }');
  const errors = unknownKeyErrors(raw, COUNT_KEYS, path);
  const category = take(parseEnum<TollCategory>(raw.category, TOLL_CATEGORIES, [...path, 'category']), errors);
  const qualifier = take(parseEnum(raw.qualifier, TOLL_QUALIFIERS, [...path, 'qualifier'], 'exact'), errors);
  const range = take(parseRange(raw, qualifier, path), errors);
  const group = take(parseGroup(raw.group, [...path, 'group'], false), errors);
  const includes = take(parseIncludes(raw.includes, path), errors);
  if (
    errors.length > 0 ||
    category === undefined ||
    qualifier === undefined ||
    range === undefined ||
    group === undefined ||
    includes === undefined
  ) {
    return { ok: false, errors };
  }
  const count: TollCount = { category, value: range.value, valueMax: range.valueMax, qualifier, group, includes };
  const boundErrors = includeBoundErrors(count, path);
  return boundErrors.length > 0 ? { ok: false, errors: boundErrors } : accept(count);
}

function duplicateCountErrors(counts: readonly TollCount[]): FieldError[] {
  return counts.flatMap((count, index) => {
    const first = counts.findIndex((other) => countKey(other) === countKey(count));
    if (first === index) return [];
    const group = count.group === null ? 'no group' : `group "${count.group}"`;
    return [fieldError(['counts', index], `repeats category "${count.category}" with ${group} of counts[${first}]`)];
  });
}

function parseCounts(raw: unknown): Parsed<TollCount[]> {
  const list = parseList(raw, ['counts'], 1, TOLL_LIMITS.maxCounts, 'counts');
  if (!list.ok) return list;
  const errors: FieldError[] = [];
  const counts = list.value.map((item, index) => take(parseCount(item, ['counts', index]), errors));
  const parsed = counts.filter((count): count is TollCount => count !== undefined);
  errors.push(...duplicateCountErrors(parsed.length === counts.length ? parsed : []));
  return errors.length > 0 ? { ok: false, errors } : accept(parsed);
}

function parseMayRiseReason(raw: unknown, mayRise: boolean | undefined): Parsed<string | null> {
  const parsed = parseOptionalText(raw, ['mayRiseReason'], TOLL_LIMITS.maxMayRiseReasonLength);
  if (parsed.ok && parsed.value === null && mayRise === true) {
    return reject(['mayRiseReason'], 'is required when mayRise is true (e.g. "many people still under the rubble")');
  }
  return parsed;
}

/**
 * Shape and type validation of an untrusted POST body; rules that need the brief's state
 * live in revision-rules.ts. Returns one FieldError per bad field.
 */
export function parseTollRevisionInput(body: unknown): TollRevisionInputResult {
  if (!isRecord(body)) return { ok: false, errors: [fieldError([], 'must be a JSON object')] };
  const errors = unknownKeyErrors(body, INPUT_KEYS, []);
  const source = take(parseSource(body.source), errors);
  const asOf = take(parseAsOf(body.asOf), errors);
  const counts = take(parseCounts(body.counts), errors);
  const mayRise = take(parseBoolean(body.mayRise, ['mayRise']), errors);
  const mayRiseReason = take(parseMayRiseReason(body.mayRiseReason, mayRise), errors);
  const changeKind = take(parseOptionalEnum(body.changeKind, TOLL_CHANGE_KINDS, ['changeKind']), errors);
  const note = take(parseOptionalText(body.note, ['note'], TOLL_LIMITS.maxNoteLength), errors);
  const primary = take(parseBoolean(body.primary, ['primary']), errors);
  if (
    errors.length > 0 ||
    source === undefined ||
    asOf === undefined ||
    counts === undefined ||
    mayRise === undefined ||
    mayRiseReason === undefined ||
    changeKind === undefined ||
    note === undefined ||
    primary === undefined
  ) {
    return { ok: false, errors };
  }
  return { ok: true, input: { source, asOf, counts, mayRise, mayRiseReason, changeKind, note, primary } };
}
