/**
 * The database clients the plugin's raw SQL is written for (the one-statement read query uses json_group_array /
 * json_agg and row-value comparisons; the document lock uses PostgreSQL advisory locks). Pure: no Strapi import.
 */

/** The oldest SQLite the read query runs on: ORDER BY inside json_group_array came with 3.44 (better-sqlite3 12 bundles 3.49+). */
export const MIN_SQLITE_VERSION = '3.44.0';

const versionParts = (version: string) => version.split('.').map((part) => Number.parseInt(part, 10) || 0);

/** Whether dotted version `a` is older than `b` (missing parts are 0). */
const isOlder = (a: string, b: string): boolean => {
  const [left, right] = [versionParts(a), versionParts(b)];
  for (let index = 0; index < Math.max(left.length, right.length); index += 1) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return difference < 0;
  }
  return false;
};

/** Throws, naming both versions, when `version` (`select sqlite_version()`) is older than MIN_SQLITE_VERSION. */
export const assertSupportedSqliteVersion = (version: string): void => {
  if (isOlder(version, MIN_SQLITE_VERSION)) {
    throw new Error(`strapi-plugin-newsroom: SQLite ${version} is too old; the plugin needs ${MIN_SQLITE_VERSION} or later (better-sqlite3 12 bundles it).`);
  }
};

export const SUPPORTED_DATABASE_CLIENTS = ['sqlite', 'better-sqlite3', 'postgres'] as const;

export type SupportedDatabaseClient = (typeof SUPPORTED_DATABASE_CLIENTS)[number];

export const isSupportedDatabaseClient = (client: unknown): client is SupportedDatabaseClient =>
  typeof client === 'string' && (SUPPORTED_DATABASE_CLIENTS as readonly string[]).includes(client);

/** Throws, naming the client and the supported ones, unless `client` (config `database.connection.client`) is supported. */
export const assertSupportedDatabaseClient = (client: unknown): SupportedDatabaseClient => {
  if (isSupportedDatabaseClient(client)) return client;
  const named = typeof client === 'string' && client !== '' ? `"${client}"` : 'missing';
  throw new Error(
    `strapi-plugin-newsroom: database client ${named} is not supported. ` +
      `The plugin runs on SQLite (client "sqlite" / "better-sqlite3") and PostgreSQL (client "postgres"); ` +
      'MySQL and MariaDB are not (the public read query is one SQL statement written for those two).',
  );
};
