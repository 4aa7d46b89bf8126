/**
 * The playground's SQLite connection settings (playground/config/database.js), applied to a real better-sqlite3
 * connection: the page cache (64 MB unless DATABASE_SQLITE_CACHE_MB says otherwise) and PRAGMA synchronous.
 */
import path from 'path';

/** What the test needs of a better-sqlite3 connection (the package ships no types). */
interface SqliteConnection {
  pragma(source: string, options?: { simple: boolean }): unknown;
  close(): void;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports -- better-sqlite3 ships no type declarations
const Database = require('better-sqlite3') as new (filename: string) => SqliteConnection;

type Env = ((key: string, fallback?: string) => string | undefined) & { int: (key: string, fallback?: number) => number | undefined };
interface SqliteConfig {
  connection: { pool: { afterCreate: (connection: SqliteConnection, done: (error: Error | null, connection: SqliteConnection) => void) => void } };
}

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the playground's config is CommonJS, read as Strapi reads it
const databaseConfig = require(path.resolve(__dirname, '../../playground/config/database.js')) as (context: { env: Env }) => SqliteConfig;

/** Strapi's `env` helper over a fixed set of variables. */
const envOf = (variables: Record<string, string>): Env => {
  const env = ((key: string, fallback?: string) => variables[key] ?? fallback) as Env;
  env.int = (key, fallback) => (variables[key] === undefined ? fallback : parseInt(variables[key], 10));
  return env;
};

const pragmasAfterCreate = (variables: Record<string, string>) => {
  const connection = new Database(':memory:');
  try {
    databaseConfig({ env: envOf(variables) }).connection.pool.afterCreate(connection, () => undefined);
    return { cacheSize: connection.pragma('cache_size', { simple: true }), synchronous: connection.pragma('synchronous', { simple: true }) };
  } finally {
    connection.close();
  }
};

test.each([
  [{}, { cacheSize: -64 * 1024, synchronous: 2 }],
  [{ DATABASE_SQLITE_CACHE_MB: '256' }, { cacheSize: -256 * 1024, synchronous: 2 }],
  [{ DATABASE_SQLITE_SYNCHRONOUS: 'off' }, { cacheSize: -64 * 1024, synchronous: 0 }],
])('%j sets the page cache (KiB, negative) and synchronous on each connection', (variables, expected) => {
  expect(pragmasAfterCreate(variables)).toEqual(expected);
});

test.each([
  [{ DATABASE_SQLITE_CACHE_MB: '0' }, /DATABASE_SQLITE_CACHE_MB/],
  [{ DATABASE_SQLITE_CACHE_MB: 'lots' }, /DATABASE_SQLITE_CACHE_MB/],
  [{ DATABASE_SQLITE_SYNCHRONOUS: 'sometimes' }, /DATABASE_SQLITE_SYNCHRONOUS must be one of OFF, NORMAL, FULL, EXTRA/],
])('%j stops the start with a message naming the variable', (variables, message) => {
  expect(() => databaseConfig({ env: envOf(variables) })).toThrow(message);
});
