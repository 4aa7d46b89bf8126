/**
 * REST strings ↔ GraphQL enum values: GraphQL names allow only letters, digits and `_`, so `at-least` is `AT_LEAST`
 * and `brief.killed` is `BRIEF_KILLED`. Pure: no Strapi import.
 */
export const enumName = (restValue: string): string => restValue.replace(/[^A-Za-z0-9]+/g, '_').toUpperCase();

/** The REST string behind an enum value, among the values the type allows (`null` for an unknown name). */
export const restValueOf = <Value extends string>(name: string, values: readonly Value[]): Value | null => values.find((value) => enumName(value) === name) ?? null;
