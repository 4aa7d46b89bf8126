import { z } from 'zod';
import { STORAGE_LIMITS } from './storage-limits';
import { isAbsoluteHttpUrl } from '../urls';
import { hasControlCharacters, isBlankText, isWellFormedText } from './text-rules';

/**
 * Field schemas that carry the storage limits: whatever passes them can be written to SQLite and PostgreSQL.
 * Messages are the problem only ("must be at most 200 characters"); `toFieldErrors` puts the field's name first.
 * A custom issue's stable code travels in `params.code`.
 */

const issue = (ctx: z.RefinementCtx, message: string, code: string, params: Record<string, unknown> = {}) =>
  ctx.addIssue({ code: 'custom', message, params: { code, ...params } });

export interface TextOptions {
  /** Longest accepted value, in UTF-16 code units (never more than the column holds). */
  max: number;
  /** Shortest accepted value after trimming; 1 = required and not blank (white space and invisible characters only). */
  min?: number;
  /** Tab and line breaks allowed (summaries, notes). */
  multiline?: boolean;
  /** Trim surrounding white space before checking and storing (default true). */
  trim?: boolean;
}

/** Text without NUL or control characters, within `max`, trimmed. */
export const text = ({ max, min = 0, multiline = false, trim = true }: TextOptions) =>
  z
    .string({ error: (iss) => (iss.input === undefined ? 'is required' : 'must be text') })
    .transform((value) => (trim ? value.trim() : value))
    .superRefine((value, ctx) => {
      if (!isWellFormedText(value)) return issue(ctx, 'must be valid Unicode text', 'field.malformed_text');
      if (hasControlCharacters(value, multiline)) return issue(ctx, 'must not contain control characters (such as NUL)', 'field.control_characters');
      if (value.length > max) return issue(ctx, `must be at most ${max} characters`, 'field.too_long', { max });
      if (min > 0 && isBlankText(value)) return issue(ctx, 'is required', 'field.required');
      if (value.length < min) return issue(ctx, `must be at least ${min} characters`, 'field.too_short', { min });
    });

/** A Strapi `string` attribute: at most 255 characters unless the rule is stricter. */
export const shortText = (options: Partial<TextOptions> = {}) => text({ ...options, max: Math.min(options.max ?? STORAGE_LIMITS.varchar, STORAGE_LIMITS.varchar) });

/** A whole number within `min..max`, which must fit the column (int4 unless `max` says less). */
export const integer = ({ min = STORAGE_LIMITS.intMin, max = STORAGE_LIMITS.intMax }: { min?: number; max?: number } = {}) =>
  z
    .number({ error: (iss) => (iss.input === undefined ? 'is required' : 'must be a number') })
    .superRefine((value, ctx) => {
      if (!Number.isInteger(value)) return issue(ctx, 'must be a whole number', 'field.not_integer');
      if (value < min || value > max) return issue(ctx, `must be an integer from ${min} to ${max}`, 'field.out_of_range', { min, max });
    });

/** A query-string integer: digits only, within `min..max` (never past what the column or JavaScript holds). */
export const queryInteger = ({ min, max }: { min: number; max: number }) =>
  z
    .string({ error: 'must be given once, as an integer' })
    .superRefine((value, ctx) => {
      if (!/^\d{1,16}$/.test(value) || Number(value) < min || Number(value) > max) {
        issue(ctx, `must be an integer from ${min} to ${max}`, 'field.out_of_range', { min, max });
      }
    })
    .transform(Number);

/** One of a fixed list; the message lists the choices. */
export const oneOf = <const Values extends readonly [string, ...string[]]>(values: Values) =>
  z.enum(values, { error: () => `must be one of ${values.join(', ')}` });

/** true or false (JSON booleans only). */
export const flag = () => z.boolean({ error: 'must be true or false' });


/** An absolute http(s) URL, at most `max` characters. */
export const httpUrl = ({ max = STORAGE_LIMITS.varchar }: { max?: number } = {}) =>
  text({ max, min: 1 }).superRefine((value, ctx) => {
    if (!isAbsoluteHttpUrl(value)) issue(ctx, 'must be an absolute http or https URL', 'field.invalid_url');
  });

/** A date-time string (ISO 8601 or anything Date parses unambiguously), or a Date. */
export const dateTime = () =>
  z.union([z.string(), z.date()], { error: 'must be a date-time' }).superRefine((value, ctx) => {
    if (typeof value === 'string' && (value.length > 64 || hasControlCharacters(value))) return issue(ctx, 'must be a date-time', 'field.invalid_date');
    const time = new Date(value).getTime();
    if (Number.isNaN(time)) return issue(ctx, 'must be a date-time', 'field.invalid_date');
    // PostgreSQL timestamps end at year 294276; keep to four-digit years everywhere.
    if (time < Date.UTC(1000, 0, 1) || time > Date.UTC(9999, 11, 31)) issue(ctx, 'must be a date-time between years 1000 and 9999', 'field.invalid_date');
  });

export { z };
