import { isFetchError } from '@strapi/strapi/admin';

/** A failed admin API call, read from Strapi's error shape `{ data: null, error: { status, name, message, details } }`. */
export interface ApiError {
  status: number | null;
  name: string;
  message: string;
  details: Record<string, unknown>;
}

/** One invalid field of a 400 ValidationError. */
export interface ApiFieldError {
  path: (string | number)[];
  message: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export const toApiError = (error: unknown): ApiError => {
  if (isFetchError(error)) {
    const body = error.response?.data?.error;
    const details = isRecord(body?.details) ? body.details : {};
    return {
      status: error.status ?? body?.status ?? null,
      name: body?.name ?? error.name,
      message: body?.message ?? error.message,
      details,
    };
  }
  if (error instanceof Error) return { status: null, name: error.name, message: error.message, details: {} };
  return { status: null, name: 'Error', message: String(error), details: {} };
};

/** `details.errors` of a ValidationError, keyed by the dotted path (`counts.0.value`); the rest under `''`. */
export const fieldErrorsOf = (error: ApiError | null): Record<string, string> => {
  const list = error?.details.errors;
  if (!Array.isArray(list)) return {};
  const byPath: Record<string, string> = {};
  for (const entry of list as unknown[]) {
    if (!isRecord(entry) || typeof entry.message !== 'string') continue;
    const key = Array.isArray(entry.path) ? entry.path.join('.') : '';
    byPath[key] = byPath[key] ? `${byPath[key]}; ${entry.message}` : entry.message;
  }
  return byPath;
};

export const isAbortError = (error: unknown): boolean => error instanceof Error && error.name === 'AbortError';
