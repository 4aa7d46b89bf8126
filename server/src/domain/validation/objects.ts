import { z } from 'zod';
import { normalizeName } from './text-rules';
import { text, type TextOptions } from './fields';
import { STORAGE_LIMITS } from './storage-limits';

/** A JSON object (not null, not an array): what a parsed body, a filter or a ninjs item must be to be read by key. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export type UnknownKeyMessage = (key: string, allowed: readonly string[]) => string;

const defaultUnknownKeyMessage: UnknownKeyMessage = (_key, allowed) =>
  allowed.length > 0 ? `is not allowed (allowed: ${allowed.join(', ')})` : 'is not allowed (this route takes no parameters)';

/**
 * An object whose keys are exactly `shape`'s: each unknown key is one error at its own path (code `field.unknown`),
 * reported with the other fields' errors, so a typo such as `mayrise` never silently falls back to a default.
 * `check` adds rules across fields; it runs even when some fields failed (those hold their raw input then).
 */
export const closedObject = <Shape extends z.ZodRawShape>(
  shape: Shape,
  {
    unknownKey = defaultUnknownKeyMessage,
    notObject = 'must be an object',
    check,
  }: { unknownKey?: UnknownKeyMessage; notObject?: string; check?: (value: Record<string, unknown>, ctx: z.RefinementCtx) => void } = {},
) => {
  const allowed = Object.keys(shape);
  return z
    .looseObject(shape, { error: (iss) => (iss.code === 'invalid_type' ? notObject : undefined) })
    .superRefine(
      (value, ctx) => {
        for (const key of Object.keys(value)) {
          // Own keys only: `__proto__` or `constructor` sent as keys are unknown too.
          if (!Object.prototype.hasOwnProperty.call(shape, key)) ctx.addIssue({ code: 'custom', path: [key], message: unknownKey(key, allowed), params: { code: 'field.unknown' } });
        }
        check?.(value, ctx);
      },
      { when: (payload) => isRecord(payload.value) },
    )
    .transform((value) => Object.fromEntries(allowed.filter((key) => Object.prototype.hasOwnProperty.call(value, key)).map((key) => [key, (value as Record<string, unknown>)[key]])) as z.output<z.ZodObject<Shape>>);
};

/**
 * A name as compared and stored (toll sources and groups, tag names): normalised with `normalizeName` first,
 * so the limits apply to what is stored (NFKC may lengthen a string) and `OSDH\u200b` is `OSDH`.
 */
export const name = (options: Omit<TextOptions, 'multiline' | 'trim'>) =>
  z.preprocess((value) => (typeof value === 'string' ? normalizeName(value) : value), text({ ...options, max: Math.min(options.max, STORAGE_LIMITS.varchar) }));

// ---- Query strings (Koa's ctx.query, parsed by qs) -------------------------------------------------

/** One query-string value given once, as text without control characters (a repeated parameter arrives as a list). */
export const queryText = ({ max = STORAGE_LIMITS.varchar }: { max?: number } = {}) =>
  z.string({ error: 'must be given once, as text' }).pipe(text({ max, trim: false }));

const LOCALE_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,4}$/;

/** An i18n locale code such as `en`, `fr` or `pt-BR` (whether it is enabled is the service's question). */
export const localeCode = () =>
  z
    .string({ error: 'must be given once, as a locale code such as en or fr' })
    .refine((value) => LOCALE_PATTERN.test(value), { error: 'must be a locale code such as en or fr', params: { code: 'field.invalid_locale' } });

/** A query string object: only `shape`'s parameters, each at most once (`unknown query parameter x (allowed: …)`). */
export const queryObject = <Shape extends z.ZodRawShape>(shape: Shape) =>
  closedObject(shape, {
    unknownKey: (_key, allowed) => (allowed.length > 0 ? `is not a query parameter of this route (allowed: ${allowed.join(', ')})` : 'is not a query parameter of this route (it takes none)'),
  });

/**
 * A path parameter (`:slug`, `:documentId`, `:file`): text without control characters, at most what the column
 * holds. Malformed → 400 naming the parameter, before any query reaches the database.
 */
export const pathText = ({ max = STORAGE_LIMITS.varchar }: { max?: number } = {}) => text({ max, min: 1, trim: false });

/** A numeric path parameter (`:id`): digits only, within int4. */
export const pathId = () =>
  z.string().regex(/^[1-9]\d{0,9}$/).transform(Number).refine((value) => value <= STORAGE_LIMITS.intMax);

/** Routes that take no query string: anything sent there is a caller's mistake, refused rather than ignored. */
export const noQuery = queryObject({});

/** Actions that take no body (`{}` or none): a key sent there is a caller's mistake, refused rather than ignored. */
export const noBody = closedObject({}, { unknownKey: () => 'is not a field of this action (it takes no body)' });
