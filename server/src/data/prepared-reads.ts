import type { Core } from '@strapi/strapi';

type Database = Core.Strapi['db']['connection'];
type QueryBuilder = ReturnType<Database['queryBuilder']>;

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

/**
 * Runs a read-only select and returns its rows. On SQLite (better-sqlite3) the statement is prepared once per
 * connection and text, then reused: knex prepares every statement again on every call, which for the read query's
 * JSON aggregates costs as much as running it. Knex's `query` and `query-response` events are emitted as for any
 * statement, so whoever counts or times statements still sees it. Other databases (and reads inside a transaction,
 * which must use its connection) go through knex as usual.
 */
export const selectRows = async (db: Database, query: QueryBuilder, inTransaction: boolean): Promise<Record<string, unknown>[]> => {
  const client = db.client;
  if (client.driverName !== 'better-sqlite3' || inTransaction) return (await query) as Record<string, unknown>[];
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
