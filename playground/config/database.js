const path = require('path');

/**
 * SQLite's `PRAGMA synchronous` from DATABASE_SQLITE_SYNCHRONOUS (unset: SQLite's default, FULL). The test harness
 * sets OFF: a throwaway database need not wait for the disk at every commit (what it gives up is durability across
 * a power loss, which no test exercises).
 */
const SQLITE_SYNCHRONOUS = ['OFF', 'NORMAL', 'FULL', 'EXTRA'];

/**
 * SQLite's page cache, DATABASE_SQLITE_CACHE_MB per connection (64 by default; SQLite's own default is 2 MB). With
 * 2 MB, an archive of 100,000 briefs (about 600 MB) keeps few of its index pages between requests: every read of an
 * older page goes back to the operating system for the B-tree pages above its rows.
 */
const DEFAULT_SQLITE_CACHE_MB = 64;

const sqlitePool = (synchronous, cacheMb) => {
  const level = synchronous ? synchronous.toUpperCase() : null;
  if (level && !SQLITE_SYNCHRONOUS.includes(level)) throw new Error(`DATABASE_SQLITE_SYNCHRONOUS must be one of ${SQLITE_SYNCHRONOUS.join(', ')}`);
  if (!Number.isInteger(cacheMb) || cacheMb < 1) throw new Error('DATABASE_SQLITE_CACHE_MB must be a whole number of megabytes, at least 1');
  return {
    afterCreate: (connection, done) => {
      if (level) connection.pragma(`synchronous = ${level}`);
      // A negative cache_size is in KiB.
      connection.pragma(`cache_size = -${cacheMb * 1024}`);
      done(null, connection);
    },
  };
};

/** SQLite in playground/.tmp by default; DATABASE_CLIENT=postgres for PostgreSQL (DATABASE_URL or the DATABASE_* parts). */
module.exports = ({ env }) => {
  const client = env('DATABASE_CLIENT', 'sqlite');
  if (client === 'postgres') {
    return {
      connection: {
        client: 'postgres',
        connection: env('DATABASE_URL')
          ? { connectionString: env('DATABASE_URL'), schema: env('DATABASE_SCHEMA', 'public') }
          : {
              host: env('DATABASE_HOST', '127.0.0.1'),
              port: env.int('DATABASE_PORT', 5432),
              database: env('DATABASE_NAME', 'test'),
              user: env('DATABASE_USERNAME', 'postgres'),
              password: env('DATABASE_PASSWORD', ''),
              schema: env('DATABASE_SCHEMA', 'public'),
            },
        pool: { min: env.int('DATABASE_POOL_MIN', 0), max: env.int('DATABASE_POOL_MAX', 10) },
      },
    };
  }
  return {
    connection: {
      client: 'sqlite',
      connection: { filename: path.resolve(__dirname, '..', env('DATABASE_FILENAME', '.tmp/data.db')) },
      useNullAsDefault: true,
      pool: sqlitePool(env('DATABASE_SQLITE_SYNCHRONOUS', ''), env.int('DATABASE_SQLITE_CACHE_MB', DEFAULT_SQLITE_CACHE_MB)),
    },
  };
};
