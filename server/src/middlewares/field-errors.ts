import type { FieldError } from '../domain/contract';
import { STORAGE_LIMITS } from '../domain/validation';
import { formatFieldPath } from '../domain/toll/field-path';

/** The errors the input guards (REST and GraphQL) answer with, worded once. */

export const controlCharacters = (path: (string | number)[]): FieldError => ({
  path,
  code: 'field.control_characters',
  message: `${formatFieldPath(path) || 'body'} must not contain control characters (such as NUL)`,
});

/** `what`: the kind of row (`a file id`, `a folder id or null`). */
export const invalidId = (path: (string | number)[], what: string): FieldError => ({
  path,
  code: 'field.invalid_id',
  message: `${formatFieldPath(path)} must be ${what} (an integer from 1 to ${STORAGE_LIMITS.intMax})`,
});
