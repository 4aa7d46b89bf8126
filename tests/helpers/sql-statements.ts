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

/**
 * Whether a statement is one of the reads an instance repeats at most every 2 s (CONFIG_REFRESH_MS), whichever request
 * comes then, not per request: the saved settings (core store), the enabled locales and i18n's default locale (its
 * core store key). A count of what a request costs leaves them out, or it depends on when the 2 s ran out.
 */
export const isRefreshRead = (strapi: Core.Strapi) => {
  const tables = [strapi.db.metadata.get('strapi::core-store').tableName, strapi.db.metadata.get('plugin::i18n.locale').tableName];
  // `from "table"`, or `from "schema"."table"` on PostgreSQL with a schema.
  const patterns = tables.map((table) => new RegExp(`\\bfrom ([\`"][^\`"]+[\`"]\\.)?[\`"]${table}[\`"]`));
  return ({ sql }: Pick<SqlStatement, 'sql'>): boolean => patterns.some((pattern) => pattern.test(sql));
};
