import { STORAGE_LIMITS } from './storage-limits';

/** What a filter key names in a model: an int4 column (ids, `integer`), another numeric column, a relation, or anything else. */
export type FilterAttribute = { kind: 'int4' } | { kind: 'number' } | { kind: 'relation'; target: string } | { kind: 'other' };

export type ResolveFilterAttribute = (model: string, key: string) => FilterAttribute | null;

export interface FilterProblem {
  path: (string | number)[];
  /** The problem only; the caller names the field. */
  message: string;
  code: 'field.out_of_range';
}

// Operators whose operand is not a column value ($null: true), or a nested filter ($and, $or, $not).
const FLAG_OPERATORS = new Set(['$null', '$notNull']);
const LOGICAL_OPERATORS = new Set(['$and', '$or', '$not']);

const INT4_TEXT = /^-?\d{1,10}$/;
const isInt4 = (value: unknown): boolean => {
  const number = typeof value === 'string' && INT4_TEXT.test(value) ? Number(value) : typeof value === 'number' ? value : Number.NaN;
  return Number.isInteger(number) && number >= STORAGE_LIMITS.intMin && number <= STORAGE_LIMITS.intMax;
};

/** decimal / float / biginteger columns: PostgreSQL refuses "abc", "NaN" and "1e309" (Infinity) with an error. */
const NUMBER_TEXT = /^-?(\d{1,18}(\.\d{1,18})?|\.\d{1,18})([eE][-+]?\d{1,3})?$/;
const isFiniteNumber = (value: unknown): boolean => {
  const number = typeof value === 'string' && NUMBER_TEXT.test(value) ? Number(value) : typeof value === 'number' ? value : Number.NaN;
  return Number.isFinite(number) && Math.abs(number) <= Number.MAX_SAFE_INTEGER;
};

const entriesOf = (value: unknown): [string | number, unknown][] =>
  Array.isArray(value) ? value.map((item, index) => [index, item]) : typeof value === 'object' && value !== null ? Object.entries(value) : [];

/**
 * The first operand of a Strapi `filters` query that compares an int4 column (an id, an `integer` attribute) with
 * something PostgreSQL cannot cast to int4 ("abc", "1.5", 99999999999): it answers those with an error, a 500.
 * Iterative, with the query depth already bounded by the caller.
 */
export const findBadIntegerFilter = (filters: unknown, model: string, resolve: ResolveFilterAttribute, basePath: (string | number)[] = ['filters']): FilterProblem | null => {
  const stack: { value: unknown; model: string; column: false | 'int4' | 'number'; path: (string | number)[] }[] = [{ value: filters, model, column: false, path: basePath }];
  while (stack.length > 0) {
    const current = stack.pop() as (typeof stack)[number];
    if (current.column) {
      // Under an int4 column: every operand (through $eq, $in[0], $between[1] …) must be an int4.
      if (typeof current.value !== 'object' || current.value === null) {
        if (current.column === 'int4' && !isInt4(current.value)) {
          return { path: current.path, message: `must be an integer from ${STORAGE_LIMITS.intMin} to ${STORAGE_LIMITS.intMax}`, code: 'field.out_of_range' };
        }
        if (current.column === 'number' && !isFiniteNumber(current.value)) {
          return { path: current.path, message: `must be a finite number within ±${Number.MAX_SAFE_INTEGER}`, code: 'field.out_of_range' };
        }
        continue;
      }
      for (const [key, child] of entriesOf(current.value)) {
        if (typeof key === 'string' && FLAG_OPERATORS.has(key)) continue;
        stack.push({ value: child, model: current.model, column: current.column, path: [...current.path, key] });
      }
      continue;
    }
    for (const [key, child] of entriesOf(current.value)) {
      const path = [...current.path, key];
      if (typeof key === 'number' || LOGICAL_OPERATORS.has(key)) {
        stack.push({ value: child, model: current.model, column: false, path });
        continue;
      }
      const attribute = key === 'id' ? ({ kind: 'int4' } as const) : resolve(current.model, key);
      if (attribute?.kind === 'int4' || attribute?.kind === 'number') stack.push({ value: child, model: current.model, column: attribute.kind, path });
      else if (attribute?.kind === 'relation') stack.push({ value: child, model: attribute.target, column: false, path });
    }
  }
  return null;
};
