import type { Core } from '@strapi/strapi';

/** One SQL statement as knex reports it (its `query` event). */
export interface SqlStatement {
  sql: string;
  bindings: unknown[];
  /** What knex passes to the driver (PostgreSQL: a prepared statement's `name`). */
  options?: unknown;
}

/** Every SQL statement `run` sends through this Strapi's connection, in order. */
export const statementsOf = async (strapi: Core.Strapi, run: () => Promise<unknown>): Promise<SqlStatement[]> => {
  const statements: SqlStatement[] = [];
  const listener = (query: { sql: string; bindings?: unknown[]; options?: unknown }) =>
    statements.push({ sql: query.sql, bindings: query.bindings ?? [], options: query.options });
  strapi.db.connection.on('query', listener);
  try {
    await run();
  } finally {
    strapi.db.connection.off('query', listener);
  }
  return statements;
};
