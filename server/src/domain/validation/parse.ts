import type { z } from 'zod';
import type { FieldError } from '../contract';
import { formatFieldPath } from '../toll/field-path';

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

type Issue = z.core.$ZodIssue;

const problemOf = (issue: Issue): { message: string; code: string; params?: Record<string, unknown> } => {
  switch (issue.code) {
    case 'custom': {
      const { code, ...params } = (issue.params ?? {}) as { code?: string } & Record<string, unknown>;
      return { message: issue.message, code: code ?? 'field.invalid', ...(Object.keys(params).length > 0 ? { params } : {}) };
    }
    case 'invalid_type':
      return { message: issue.message, code: issue.input === undefined ? 'field.required' : 'field.invalid_type' };
    case 'too_big':
      return { message: issue.message, code: issue.origin === 'array' ? 'field.too_many' : issue.origin === 'string' ? 'field.too_long' : 'field.out_of_range', params: { max: Number(issue.maximum) } };
    case 'too_small':
      return { message: issue.message, code: issue.origin === 'array' ? 'field.too_few' : issue.origin === 'string' ? 'field.too_short' : 'field.out_of_range', params: { min: Number(issue.minimum) } };
    case 'invalid_value':
      return { message: issue.message, code: 'field.invalid_choice', params: { allowed: issue.values } };
    case 'invalid_format':
      return { message: issue.message, code: 'field.invalid_format' };
    default:
      return { message: issue.message, code: 'field.invalid' };
  }
};

const pathOf = (issue: Issue, basePath: (string | number)[]): (string | number)[] => [
  ...basePath,
  ...issue.path.map((part) => (typeof part === 'number' ? part : String(part))),
];

/** zod issues → the contract's `details.errors`: one entry per field, its message naming the field first. */
export const toFieldErrors = (issues: readonly Issue[], basePath: (string | number)[] = []): FieldError[] =>
  issues.flatMap((issue): FieldError[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const path = [...pathOf(issue, basePath), key];
        return { path, message: `${formatFieldPath(path)} is not allowed`, code: 'field.unknown' };
      });
    }
    const path = pathOf(issue, basePath);
    const problem = problemOf(issue);
    const name = formatFieldPath(path) || 'body';
    return [{ path, ...problem, message: `${name} ${problem.message}` }];
  });

/** Parses `input` with `schema`; never throws for bad input. */
export const parseInput = <Schema extends z.ZodType>(schema: Schema, input: unknown, basePath: (string | number)[] = []): Parsed<z.output<Schema>> => {
  // reportInput: an invalid_type issue then says whether the value was missing (field.required) or of another type.
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  const errors = toFieldErrors(result.error.issues, basePath);
  // Unknown keys first: a typo ("mayrise") explains the errors that follow it.
  return { ok: false, errors: [...errors.filter((error) => error.code === 'field.unknown'), ...errors.filter((error) => error.code !== 'field.unknown')] };
};
