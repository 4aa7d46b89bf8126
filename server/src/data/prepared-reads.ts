import crypto from 'crypto';
import type { Core } from '@strapi/strapi';

type QueryBuilder = ReturnType<Core.Strapi['db']['connection']['queryBuilder']>;

/** What the read query needs of better-sqlite3's connection and statements. */
interface SqliteStatement {
  all(bindings: unknown[]): Record<string, unknown>[];
}
interface SqliteConnection {
  prepare(sql: string): SqliteStatement;
}

/** Distinct statement texts kept per connection (the read query has a few dozen shapes: filters × page kinds). */
const MAX_STATEMENTS = 64;

const statementsByConnection = new WeakMap<object, Map<string, SqliteStatement>>();

const preparedOn = (connection: SqliteConnection, sql: string): SqliteStatement => {
  let statements = statementsByConnection.get(connection);
  if (!statements) {
    statements = new Map();
    statementsByConnection.set(connection, statements);
  }
  const known = statements.get(sql);
  if (known) {
    // Most recently used last, so the oldest goes first when the map is full.
    statements.delete(sql);
    statements.set(sql, known);
    return known;
  }
  const statement = connection.prepare(sql);
  statements.set(sql, statement);
  if (statements.size > MAX_STATEMENTS) statements.delete(statements.keys().next().value as string);
  return statement;
};

/** better-sqlite3 takes numbers for dates and booleans, as knex's own dialect passes them. */
const sqliteBinding = (value: unknown) => (value instanceof Date ? value.getTime() : typeof value === 'boolean' ? Number(value) : value);

/** PostgreSQL's name for a prepared statement: one per statement text (a name may not be reused for another text). */
const postgresStatementName = (sql: string) => `newsroom_${crypto.createHash('sha1').update(sql).digest('hex')}`;

/**
 * Runs a read-only select and returns its rows, on a statement prepared once instead of parsed and planned again on
 * every call (the read query's JSON aggregates cost as much to prepare as to run):
 * - PostgreSQL: a named prepared statement per text, through knex (`options({ name })`, passed to node-postgres),
 *   kept by each pooled connection;
 * - SQLite (better-sqlite3): a statement prepared once per connection and text (knex prepares again on every call).
 *   Knex's `query` and `query-response` events are emitted as for any statement, so whoever counts or times
 *   statements still sees it.
 * `inTransaction`: the query belongs to a transaction, whose connection must run it; knex runs it as usual, as it does
 * every read when the plugin's config says `preparedStatements: false` (PostgreSQL behind a pooler that does not keep
 * prepared statements, e.g. PgBouncer in transaction mode before 1.21).
 */
export const selectRows = async (strapi: Core.Strapi, query: QueryBuilder, { inTransaction }: { inTransaction: boolean }): Promise<Record<string, unknown>[]> => {
  const db = strapi.db.connection;
  const client = db.client;
  // A read inside a transaction must use its connection: as knex runs it. So does a config without prepared statements.
  if (inTransaction || !strapi.config.get<boolean>('plugin::newsroom.preparedStatements', true)) return (await query) as Record<string, unknown>[];
  if (client.driverName === 'pg') {
    const { sql, bindings } = query.toSQL();
    const result = (await db.raw(sql, bindings).options({ name: postgresStatementName(sql) })) as { rows: Record<string, unknown>[] };
    return result.rows;
  }
  if (client.driverName !== 'better-sqlite3') return (await query) as Record<string, unknown>[];
  const compiled = query.toSQL();
  const connection = (await client.acquireConnection()) as SqliteConnection & { __knexUid?: string };
  try {
    const event = { ...compiled, __knexUid: connection.__knexUid };
    client.emit('query', event);
    const rows = preparedOn(connection, compiled.sql).all(compiled.bindings.map(sqliteBinding));
    client.emit('query-response', rows, event, query);
    return rows;
  } finally {
    await client.releaseConnection(connection);
  }
};
