const path = require('path');

/**
 * SQLite's `PRAGMA synchronous` from DATABASE_SQLITE_SYNCHRONOUS (unset: SQLite's default, FULL). The test harness
 * sets OFF: a throwaway database need not wait for the disk at every commit (what it gives up is durability across
 * a power loss, which no test exercises).
 */
const SQLITE_SYNCHRONOUS = ['OFF', 'NORMAL', 'FULL', 'EXTRA'];
const sqlitePool = (synchronous) => {
  if (!synchronous) return undefined;
  const level = synchronous.toUpperCase();
  if (!SQLITE_SYNCHRONOUS.includes(level)) throw new Error(`DATABASE_SQLITE_SYNCHRONOUS must be one of ${SQLITE_SYNCHRONOUS.join(', ')}`);
  return {
    afterCreate: (connection, done) => {
      connection.pragma(`synchronous = ${level}`);
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
      pool: sqlitePool(env('DATABASE_SQLITE_SYNCHRONOUS', '')),
    },
  };
};
