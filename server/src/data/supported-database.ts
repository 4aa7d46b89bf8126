/**
 * The database clients the plugin's raw SQL is written for (the one-statement read query uses json_group_array /
 * json_agg and row-value comparisons; the document lock uses PostgreSQL advisory locks). Pure: no Strapi import.
 */
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
