import createHttpError from 'http-errors';
import { errors } from '@strapi/utils';
import type { FieldError } from './domain/contract';

/**
 * The plugin's one way to fail a request. @strapi/utils covers 400/401/403/404; 410, 412 and 428 have no
 * class there, so they are http-errors, which Strapi's error middleware formats the same way
 * ({ data: null, error: { status, name, message, details } }).
 */
export const validationFailed = (fieldErrors: FieldError[]): errors.ValidationError =>
  new errors.ValidationError(fieldErrors.map((fieldError) => fieldError.message).join('; '), {
    errors: fieldErrors.map((fieldError) => ({ path: fieldError.path, message: fieldError.message, name: 'ValidationError' })),
  });

export const gone = (message: string, details: Record<string, unknown>) =>
  createHttpError(410, message, { details });

export const preconditionFailed = (message: string, details: Record<string, unknown>) =>
  createHttpError(412, message, { details });

export const preconditionRequired = (message: string) => createHttpError(428, message, { details: {} });

export const notModified = () => createHttpError(304);
