/**
 * What the databases can store, so that a value that validates is always storable on SQLite and PostgreSQL alike.
 * PostgreSQL is the strict one: Strapi's `string` is varchar(255), `integer` is a 32-bit int, text refuses NUL.
 */
export const STORAGE_LIMITS = {
  /** Strapi `string` / `uid` / `email` attributes: varchar(255) on PostgreSQL. */
  varchar: 255,
  /** Strapi `integer`: PostgreSQL int4. */
  intMax: 2_147_483_647,
  intMin: -2_147_483_648,
  /** Strapi `biginteger` and our feed sequence numbers: kept within exact JavaScript integers. */
  safeIntegerMax: Number.MAX_SAFE_INTEGER,
} as const;

/** Shape limits of JSON bodies and query strings (Strapi's own cast overflows the stack at ~1,000 levels). */
export const JSON_LIMITS = {
  maxDepth: 32,
  maxNodes: 20_000,
  /** Query strings are flat for every plugin route; `filters[tags][slug][$eq]` is the deepest legitimate one. */
  maxQueryDepth: 4,
} as const;
