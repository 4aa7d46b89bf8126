import { isFetchError } from '@strapi/strapi/admin';
import type { ApiError } from './fieldErrors';

export { fieldErrorList, fieldErrorsOf, firstErrorPath, type ApiError } from './fieldErrors';

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

export const isAbortError = (error: unknown): boolean => error instanceof Error && error.name === 'AbortError';
