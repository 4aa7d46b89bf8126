/**
 * A failed admin API call and the field errors of its ValidationError, keyed for the forms. Pure (no Strapi admin
 * import, so unit tests load it); utils/apiError.ts reads a fetch error into an `ApiError` and re-exports these.
 */
import type { IntlShape } from 'react-intl';
import { type ServerFieldError, describeFieldError } from './errorMessages';

/** A failed admin API call, read from Strapi's error shape `{ data: null, error: { status, name, message, details } }`. */
export interface ApiError {
  status: number | null;
  name: string;
  message: string;
  details: Record<string, unknown>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The entries of `details.errors` of a ValidationError (none for any other error). */
export const fieldErrorList = (error: ApiError | null): ServerFieldError[] => {
  const list = error?.details.errors;
  if (!Array.isArray(list)) return [];
  return (list as unknown[]).flatMap((entry) =>
    isRecord(entry) && typeof entry.message === 'string'
      ? [{
          message: entry.message,
          ...(Array.isArray(entry.path) ? { path: entry.path as (string | number)[] } : {}),
          ...(typeof entry.code === 'string' ? { code: entry.code } : {}),
          ...(isRecord(entry.params) ? { params: entry.params } : {}),
        }]
      : [],
  );
};

/**
 * `details.errors` of a ValidationError, keyed by the dotted path (`counts.0.value`); the rest under `''`. With `intl`,
 * each message is the desk's sentence in the user's language (utils/errorMessages.ts), else the server's English.
 */
export const fieldErrorsOf = (error: ApiError | null, intl?: IntlShape): Record<string, string> => {
  const byPath: Record<string, string> = {};
  for (const entry of fieldErrorList(error)) {
    const key = Array.isArray(entry.path) ? entry.path.join('.') : '';
    const message = intl ? describeFieldError(intl, entry) : entry.message;
    byPath[key] = byPath[key] ? `${byPath[key]}; ${message}` : message;
  }
  return byPath;
};

/** The path of the first field a ValidationError names (the field to focus), if any. */
export const firstErrorPath = (error: ApiError | null): (string | number)[] | undefined => fieldErrorList(error).find((entry) => entry.path)?.path;
