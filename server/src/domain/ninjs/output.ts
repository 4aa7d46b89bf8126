/** Output helpers shared by the per-version serializers. */

/** Drops keys whose value is undefined (JSON would drop them anyway; ajv and deep equality should not see them). */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** The array when it has items, else undefined (so the key is left out). */
export function nonEmptyArray<T>(items: readonly T[]): T[] | undefined {
  return items.length > 0 ? [...items] : undefined;
}
