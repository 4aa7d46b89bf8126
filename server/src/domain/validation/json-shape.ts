import { z } from 'zod';
import { JSON_LIMITS } from './storage-limits';
import { hasControlCharacters, isWellFormedText } from './text-rules';

export interface JsonShapeProblem {
  path: (string | number)[];
  message: string;
  code: 'input.too_deep' | 'input.too_large';
}

/**
 * Walks a parsed JSON value without recursion and reports the first place it nests deeper than `maxDepth`, or
 * that it holds more than `maxNodes` values. Run before anything recursive (Strapi's cast, our validators) sees it.
 */
export const checkJsonShape = (
  value: unknown,
  limits: { maxDepth: number; maxNodes: number } = JSON_LIMITS,
): JsonShapeProblem | null => {
  const stack: { value: unknown; depth: number; path: (string | number)[] }[] = [{ value, depth: 0, path: [] }];
  let nodes = 0;
  while (stack.length > 0) {
    const current = stack.pop() as (typeof stack)[number];
    nodes += 1;
    if (nodes > limits.maxNodes) {
      return { path: [], message: `body holds more than ${limits.maxNodes} values`, code: 'input.too_large' };
    }
    if (typeof current.value !== 'object' || current.value === null) continue;
    if (current.depth >= limits.maxDepth) {
      return { path: current.path, message: `value nests deeper than ${limits.maxDepth} levels`, code: 'input.too_deep' };
    }
    const entries: [string | number, unknown][] = Array.isArray(current.value)
      ? current.value.map((item, index) => [index, item])
      : Object.entries(current.value as Record<string, unknown>);
    for (const [key, child] of entries) stack.push({ value: child, depth: current.depth + 1, path: [...current.path, key] });
  }
  return null;
};

/**
 * The first string or key of a parsed JSON value that a database cannot store as it is (NUL, other control
 * characters but tab and line breaks, lone surrogates: PostgreSQL's jsonb refuses them), with its path.
 */
export const findUnstorableText = (value: unknown): (string | number)[] | null => {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  const unstorable = (text: string) => !isWellFormedText(text) || hasControlCharacters(text, true);
  while (stack.length > 0) {
    const current = stack.pop() as (typeof stack)[number];
    if (typeof current.value === 'string') {
      if (unstorable(current.value)) return current.path;
      continue;
    }
    if (typeof current.value !== 'object' || current.value === null) continue;
    const entries: [string | number, unknown][] = Array.isArray(current.value)
      ? current.value.map((item, index) => [index, item])
      : Object.entries(current.value as Record<string, unknown>);
    for (const [key, child] of entries) {
      if (typeof key === 'string' && unstorable(key)) return [...current.path, key];
      stack.push({ value: child, path: [...current.path, key] });
    }
  }
  return null;
};

/** Any JSON value for a `json` column: bounded in depth and size, every string and key storable. */
export const storableJson = (limits: { maxDepth: number; maxNodes: number } = JSON_LIMITS) =>
  z.unknown().superRefine((value, ctx) => {
    const shape = checkJsonShape(value, limits);
    if (shape) {
      ctx.addIssue({ code: 'custom', path: shape.path, message: shape.message.replace(/^body /, ''), params: { code: shape.code, ...limits } });
      return;
    }
    const path = findUnstorableText(value);
    if (path) ctx.addIssue({ code: 'custom', path, message: 'must not contain control characters (such as NUL) or invalid Unicode', params: { code: 'field.control_characters' } });
  });
