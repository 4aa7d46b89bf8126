import { JSON_LIMITS } from './storage-limits';

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
