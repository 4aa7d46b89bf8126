import type { Core } from '@strapi/strapi';
import { FEED_COUNTER_UID } from '../uids';
import { quoteIdentifier, tableOf } from './metadata';
import { selectRows } from './prepared-reads';

/** The database to run on: Strapi's connection, or the caller's transaction (`trx`). */
export type Database = Core.Strapi['db']['connection'];

/** The counter row every public change raises (the feed's `seq` and the version of the public data). */
export const FEED_COUNTER = 'feed';
/**
 * The counter row raised by every public change that may change which briefs a list holds (all but toll revisions):
 * the version the list totals are remembered for, so a toll revision a second does not recount the archive.
 */
export const LIST_COUNTER = 'list';

export type CounterName = typeof FEED_COUNTER | typeof LIST_COUNTER;

// The counters' raw SQL: a read (alone, or as a subquery of another statement) and an atomic increment of one row
// (Strapi's query engine has no increment, and a read-then-write would lose concurrent raises).

const counterTable = (strapi: Core.Strapi) => tableOf(strapi, FEED_COUNTER_UID, ['name', 'value'] as const);

/**
 * The named counter's value as a scalar subquery, for a statement that reads it beside its own rows (the list's page
 * and the version of the lists in one statement); null while the row does not exist yet.
 */
export const counterValueSql = (strapi: Core.Strapi, name: CounterName): { sql: string; bindings: [string] } => {
  const { table, columns } = counterTable(strapi);
  const q = quoteIdentifier;
  return { sql: `(select ${q(columns.value)} from ${q(table)} where ${q(columns.name)} = ? limit 1)`, bindings: [name] };
};

/** The named counter's value, undefined while its row does not exist yet. */
export const readCounter = async (strapi: Core.Strapi, name: CounterName, db: Database = strapi.db.connection): Promise<number | undefined> => {
  const { table, columns } = counterTable(strapi);
  const query = db(table).where(columns.name, name).select(`${columns.value} as value`).limit(1);
  // Every cached or counted read asks first: outside a transaction, a statement prepared once (data/prepared-reads).
  const [row] = await selectRows(strapi, query, { inTransaction: db !== strapi.db.connection || strapi.db.inTransaction() });
  return row === undefined ? undefined : Number(row.value);
};

/**
 * Raises the named counter by `by` in one statement (inside `db`'s transaction: its row lock orders concurrent
 * writers; writers raising both raise the feed counter first).
 */
export const raiseCounter = async (strapi: Core.Strapi, name: CounterName, by: number, db: Database = strapi.db.connection): Promise<void> => {
  const { table, columns } = counterTable(strapi);
  await db(table).where(columns.name, name).increment(columns.value, by);
};
