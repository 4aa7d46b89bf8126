import { STORAGE_LIMITS } from './storage-limits';

/**
 * What a filter or sort key names in a model: an int4 column (ids, `integer`), another numeric column, a JSON column
 * (`json`, `blocks`), a date, time or boolean column (`scalar`), a relation (media included), a polymorphic relation
 * (`morph`: Upload's `related`, whose target differs row by row), or anything else (text).
 */
export type FilterAttribute =
  | { kind: 'int4' }
  | { kind: 'number' }
  | { kind: 'json' }
  | { kind: 'scalar' }
  | { kind: 'relation'; target: string }
  | { kind: 'morph' }
  | { kind: 'other' };

export type ResolveFilterAttribute = (model: string, key: string) => FilterAttribute | null;

export interface FilterProblem {
  path: (string | number)[];
  /** The problem only; the caller names the field. */
  message: string;
  code: 'field.out_of_range' | 'field.invalid';
}

// Operators whose operand is not a column value ($null: true), or a nested filter ($and, $or, $not).
const FLAG_OPERATORS = new Set(['$null', '$notNull']);
const LOGICAL_OPERATORS = new Set(['$and', '$or', '$not']);
// Case-sensitive LIKE: PostgreSQL has no LIKE for integer, numeric or timestamp columns (the `…i` forms cast to text).
const TEXT_MATCH_OPERATORS = new Set(['$contains', '$notContains', '$startsWith', '$endsWith']);

const INT4_TEXT = /^-?\d{1,10}$/;
export const isInt4 = (value: unknown): boolean => {
  const number = typeof value === 'string' && INT4_TEXT.test(value) ? Number(value) : typeof value === 'number' ? value : Number.NaN;
  return Number.isInteger(number) && number >= STORAGE_LIMITS.intMin && number <= STORAGE_LIMITS.intMax;
};

/** A row id: an int4 from 1 (as a number or as digits). */
export const isRowId = (value: unknown): boolean => isInt4(value) && Number(value) >= 1;

/** decimal / float / biginteger columns: PostgreSQL refuses "abc", "NaN" and "1e309" (Infinity) with an error. */
const NUMBER_TEXT = /^-?(\d{1,18}(\.\d{1,18})?|\.\d{1,18})([eE][-+]?\d{1,3})?$/;
const isFiniteNumber = (value: unknown): boolean => {
  const number = typeof value === 'string' && NUMBER_TEXT.test(value) ? Number(value) : typeof value === 'number' ? value : Number.NaN;
  return Number.isFinite(number) && Math.abs(number) <= Number.MAX_SAFE_INTEGER;
};

const entriesOf = (value: unknown): [string | number, unknown][] =>
  Array.isArray(value) ? value.map((item, index) => [index, item]) : typeof value === 'object' && value !== null ? Object.entries(value) : [];

type Column = 'int4' | 'number' | 'json' | 'scalar' | 'other';

/** The problem of one operand under a column, or null. */
const operandProblem = (column: Column, value: unknown, path: (string | number)[]): FilterProblem | null => {
  if (column === 'json') return { path, message: 'filters JSON content: only $null and $notNull apply to it', code: 'field.invalid' };
  if (column === 'int4' && !isInt4(value)) return { path, message: `must be an integer from ${STORAGE_LIMITS.intMin} to ${STORAGE_LIMITS.intMax}`, code: 'field.out_of_range' };
  if (column === 'number' && !isFiniteNumber(value)) return { path, message: `must be a finite number within ±${Number.MAX_SAFE_INTEGER}`, code: 'field.out_of_range' };
  return null;
};

/**
 * The first part of a Strapi `filters` query the database would answer with an error (a 500): an int4 column (an id,
 * an `integer` attribute) compared with something PostgreSQL cannot cast ("abc", "1.5", 99999999999), another number
 * column with "NaN" or "1e309", a JSON column (`json`, `blocks`: PostgreSQL has no LIKE or = for jsonb against text)
 * with anything but $null / $notNull, a case-sensitive LIKE ($contains, $startsWith …) on a column that is not text,
 * a $between without exactly two values, and a polymorphic relation (Upload's `related`). Iterative, with the query
 * depth already bounded by the caller.
 */
export const findBadFilter = (filters: unknown, model: string, resolve: ResolveFilterAttribute, basePath: (string | number)[] = ['filters']): FilterProblem | null => {
  const stack: { value: unknown; model: string; column: Column | null; path: (string | number)[] }[] = [{ value: filters, model, column: null, path: basePath }];
  while (stack.length > 0) {
    const current = stack.pop() as (typeof stack)[number];
    if (current.column) {
      // Under a column: every operand (through $eq, $in[0], $between[1] …) must suit it.
      if (typeof current.value !== 'object' || current.value === null) {
        const problem = operandProblem(current.column, current.value, current.path);
        if (problem) return problem;
        continue;
      }
      for (const [key, child] of entriesOf(current.value)) {
        if (typeof key === 'string' && FLAG_OPERATORS.has(key)) continue;
        const path = [...current.path, key];
        if (key === '$between' && !(Array.isArray(child) && child.length === 2)) return { path, message: 'must be a list of two values (from, to)', code: 'field.invalid' };
        if (typeof key === 'string' && TEXT_MATCH_OPERATORS.has(key) && current.column !== 'other' && current.column !== 'json') {
          return { path, message: `matches text, and this field is not text (use ${key}i)`, code: 'field.invalid' };
        }
        stack.push({ value: child, model: current.model, column: current.column, path });
      }
      continue;
    }
    for (const [key, child] of entriesOf(current.value)) {
      const path = [...current.path, key];
      if (typeof key === 'number' || LOGICAL_OPERATORS.has(key)) {
        // $and / $or hold a list of filters, $not one filter, each an object: Strapi answered "x" with a 500.
        const filtersIn = key === '$and' || key === '$or' ? entriesOf(child).map(([, item]) => item) : [child];
        const isFilter = (item: unknown) => typeof item === 'object' && item !== null;
        if ((key === '$and' || key === '$or') && (!isFilter(child) || !filtersIn.every(isFilter))) return { path, message: 'must be a list of filters', code: 'field.invalid' };
        if ((key === '$not' || typeof key === 'number') && !isFilter(child)) return { path, message: 'must be a filter (an object)', code: 'field.invalid' };
        stack.push({ value: child, model: current.model, column: null, path });
        continue;
      }
      const attribute = key === 'id' ? ({ kind: 'int4' } as const) : resolve(current.model, key);
      if (!attribute) continue; // unknown keys are Strapi's to refuse
      // Strapi joins no table for a polymorphic relation: the admin Upload list answered filters[related][id] with a 500.
      if (attribute.kind === 'morph') return { path, message: 'is a polymorphic relation: it cannot be filtered on', code: 'field.invalid' };
      if (attribute.kind === 'relation') stack.push({ value: child, model: attribute.target, column: null, path });
      else stack.push({ value: child, model: current.model, column: attribute.kind, path });
    }
  }
  return null;
};

/** The sort paths of a Strapi `sort` query: `a:asc,b.c:desc`, a list of those, or `{ a: 'asc', b: { c: 'desc' } }`. */
const sortPaths = (sort: unknown): string[][] => {
  if (typeof sort === 'string') return sort.split(',').map((part) => part.split(':')[0].trim().split('.'));
  if (Array.isArray(sort)) return sort.flatMap(sortPaths);
  if (typeof sort !== 'object' || sort === null) return [];
  return Object.entries(sort).flatMap(([key, value]) => (typeof value === 'object' && value !== null ? sortPaths(value).map((path) => [key, ...path]) : [[key]]));
};

/**
 * The first `sort` key that ends on a relation or media attribute instead of one of its fields (`sort=photo:asc`,
 * `sort=tags:desc`), or goes through a polymorphic relation (`sort=related:asc`): Strapi builds no column for it and
 * the database answers with an error (a 500).
 */
export const findBadSort = (sort: unknown, model: string, resolve: ResolveFilterAttribute): FilterProblem | null => {
  for (const path of sortPaths(sort)) {
    let current = model;
    for (const [index, key] of path.entries()) {
      const attribute = resolve(current, key);
      if (attribute?.kind === 'morph') return { path: ['sort'], message: `cannot order by ${path.slice(0, index + 1).join('.')}: it is a polymorphic relation`, code: 'field.invalid' };
      if (attribute?.kind !== 'relation') break;
      if (index === path.length - 1) {
        return { path: ['sort'], message: `cannot order by the relation ${path.join('.')}: name one of its fields (such as ${path.join('.')}.id)`, code: 'field.invalid' };
      }
      current = attribute.target;
    }
  }
  return null;
};
