import type { FieldError } from '../contract';

export type FieldPath = (string | number)[];

/** ["counts", 0, "value"] → "counts[0].value", the way error messages name a field. */
export function formatFieldPath(path: FieldPath): string {
  return path.reduce<string>((name, part) => {
    if (typeof part === 'number') return `${name}[${part}]`;
    return name === '' ? part : `${name}.${part}`;
  }, '');
}

/** A FieldError whose message starts with the field's name; `code` is stable (README, "Errors"). */
export function fieldError(path: FieldPath, problem: string, code?: string, params?: Record<string, unknown>): FieldError {
  const name = formatFieldPath(path);
  return { path, message: `${name === '' ? 'body' : name} ${problem}`, ...(code ? { code } : {}), ...(params ? { params } : {}) };
}
