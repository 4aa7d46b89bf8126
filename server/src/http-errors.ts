import createHttpError from 'http-errors';
import { errors } from '@strapi/utils';
import type { z } from 'zod';
import type { FieldError } from './domain/contract';
import { parseInput } from './domain/validation';

/**
 * The plugin's one way to fail a request. @strapi/utils covers 400/401/403/404; 410, 412 and 428 have no
 * class there, so they are http-errors, which Strapi's error middleware formats the same way
 * ({ data: null, error: { status, name, message, details } }).
 */
export const validationFailed = (fieldErrors: FieldError[]): errors.ValidationError =>
  new errors.ValidationError(fieldErrors.map((fieldError) => fieldError.message).join('; '), {
    errors: fieldErrors.map(({ path, message, code, params }) => ({
      path,
      message,
      name: 'ValidationError',
      ...(code ? { code } : {}),
      ...(params ? { params } : {}),
    })),
  });

/** Parses a request input with its declared schema, or fails with a 400 naming every bad field. */
export const validateInput = <Schema extends z.ZodType>(schema: Schema, input: unknown, basePath: (string | number)[] = []): z.output<Schema> => {
  const parsed = parseInput(schema, input, basePath);
  if (!parsed.ok) throw validationFailed(parsed.errors);
  return parsed.value;
};

export const gone = (message: string, details: Record<string, unknown>) =>
  createHttpError(410, message, { details });

export const preconditionFailed = (message: string, details: Record<string, unknown>) =>
  createHttpError(412, message, { details });

export const preconditionRequired = (message: string) => createHttpError(428, message, { details: {} });

/** 409: an editorial action lost a race, or the brief's status no longer allows it; nothing was written. */
export const conflict = (message: string, details: { currentStatus: string } & Record<string, unknown>) =>
  createHttpError(409, message, { details });
