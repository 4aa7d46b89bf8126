import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core, UID } from '@strapi/strapi';
import { BRIEF_UID, TAG_UID } from '../uids';
import { columnOf, metadataOf, qualifiedTable } from './metadata';

/**
 * The database's guarantee that slugs and agency ids are unique: the unique indexes, their creation at bootstrap,
 * and the reading of the database's unique-violation errors. Every raw SQL statement of this concern lives here.
 *
 * Strapi does not drop these indexes: its schema sync removes only indexes recorded in its previous schema
 * (`strapi_database_schema`), and these are never part of Strapi's metadata.
 */

export type UniqueField = 'slug' | 'externalId';

/** One value that must be unique, in the scope of the other attributes (e.g. a brief slug per locale). */
interface UniqueValueRule {
  uid: UID.ContentType;
  field: UniqueField;
  scope: string[];
}

const UNIQUE_VALUES: UniqueValueRule[] = [
  { uid: BRIEF_UID, field: 'slug', scope: ['locale'] },
  // externalId is shared by all locales of a document, so each locale row of one document carries it once.
  { uid: BRIEF_UID, field: 'externalId', scope: ['locale'] },
  { uid: TAG_UID, field: 'slug', scope: [] },
];

/** Draft and published rows of one document share their values, so draft & publish types get one index per side. */
type RowsCovered = 'drafts' | 'published' | 'all';

export interface UniqueIndex {
  name: string;
  uid: UID.ContentType;
  field: UniqueField;
  table: string;
  columns: string[];
  rowsCovered: RowsCovered;
  publishedAtColumn: string;
}

/** The indexes, named after Strapi's real table and column names (they follow the app's naming and shortening). */
export const uniqueIndexes = (strapi: Core.Strapi): UniqueIndex[] =>
  UNIQUE_VALUES.flatMap((rule): UniqueIndex[] => {
    const metadata = metadataOf(strapi, rule.uid);
    const columns = [rule.field, ...rule.scope].map((attribute) => columnOf(metadata, attribute));
    const base = { uid: rule.uid, field: rule.field, table: metadata.tableName, columns, publishedAtColumn: columnOf(metadata, 'publishedAt') };
    const prefix = `${metadata.tableName}_${columns[0]}`;
    const draftAndPublish = strapi.getModel(rule.uid).options?.draftAndPublish === true;
    return draftAndPublish
      ? [
          { ...base, name: `${prefix}_draft_uq`, rowsCovered: 'drafts' },
          { ...base, name: `${prefix}_live_uq`, rowsCovered: 'published' },
        ]
      : [{ ...base, name: `${prefix}_uq`, rowsCovered: 'all' }];
  });

const isPostgres = (strapi: Core.Strapi) => strapi.db.dialect.client === 'postgres';

const rowsPredicate = (index: UniqueIndex): { sql: string; bindings: string[] } => {
  if (index.rowsCovered === 'drafts') return { sql: ' WHERE ?? IS NULL', bindings: [index.publishedAtColumn] };
  if (index.rowsCovered === 'published') return { sql: ' WHERE ?? IS NOT NULL', bindings: [index.publishedAtColumn] };
  return { sql: '', bindings: [] };
};

const columnList = (columns: string[]) => columns.map(() => '??').join(', ');

export const indexExists = async (strapi: Core.Strapi, name: string): Promise<boolean> => {
  if (isPostgres(strapi)) {
    const result = (await strapi.db.connection.raw('SELECT 1 FROM pg_indexes WHERE schemaname = ? AND indexname = ?', [
      strapi.db.getSchemaName() ?? 'public',
      name,
    ])) as { rows: unknown[] };
    return result.rows.length > 0;
  }
  const rows = (await strapi.db.connection.raw("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?", [name])) as unknown[];
  return rows.length > 0;
};

export interface DuplicateValue {
  values: Record<string, string>;
  rows: number;
}

const MAX_DUPLICATES_REPORTED = 20;

/** Values that already appear twice in the rows an index covers (what keeps it from being created). */
const findDuplicates = async (strapi: Core.Strapi, index: UniqueIndex): Promise<DuplicateValue[]> => {
  const predicate = rowsPredicate(index);
  const notNull = index.columns.map(() => '?? IS NOT NULL').join(' AND ');
  const sql =
    `SELECT ${columnList(index.columns)}, COUNT(*) AS copies FROM ??` +
    (predicate.sql ? `${predicate.sql} AND ${notNull}` : ` WHERE ${notNull}`) +
    ` GROUP BY ${columnList(index.columns)} HAVING COUNT(*) > 1 ORDER BY COUNT(*) DESC LIMIT ${MAX_DUPLICATES_REPORTED}`;
  const bindings = [...index.columns, qualifiedTable(strapi, index.table), ...predicate.bindings, ...index.columns, ...index.columns];
  const result = (await strapi.db.connection.raw(sql, bindings)) as { rows: Record<string, unknown>[] } | Record<string, unknown>[];
  const rows = Array.isArray(result) ? result : result.rows;
  return rows.map((row) => ({
    values: Object.fromEntries(index.columns.map((column) => [column, String(row[column])])),
    rows: Number(row.copies),
  }));
};

export interface IndexNotCreated {
  index: string;
  duplicates: DuplicateValue[];
  error: string;
}

/**
 * Creates the missing unique indexes (idempotent, safe when instances boot together). Existing duplicates do not
 * stop the boot: the index is skipped and a warning names them, so an operator can fix the rows and restart.
 */
export const ensureUniqueIndexes = async (strapi: Core.Strapi): Promise<IndexNotCreated[]> => {
  const notCreated: IndexNotCreated[] = [];
  for (const index of uniqueIndexes(strapi)) {
    const predicate = rowsPredicate(index);
    try {
      await strapi.db.connection.raw(`CREATE UNIQUE INDEX IF NOT EXISTS ?? ON ?? (${columnList(index.columns)})${predicate.sql}`, [
        index.name,
        qualifiedTable(strapi, index.table),
        ...index.columns,
        ...predicate.bindings,
      ]);
    } catch (error) {
      // Another instance booting at the same moment may have created it first.
      if (await indexExists(strapi, index.name)) continue;
      const duplicates = await findDuplicates(strapi, index);
      const reason = error instanceof Error ? error.message : String(error);
      notCreated.push({ index: index.name, duplicates, error: reason });
      const listed = duplicates.map((duplicate) => `${JSON.stringify(duplicate.values)} × ${duplicate.rows}`).join(', ');
      strapi.log.warn(
        `newsroom: ${index.field} of ${index.uid} is NOT guaranteed unique by the database: index ${index.name} could not be created` +
          (duplicates.length > 0 ? ` because these values are already duplicated (${index.rowsCovered} rows): ${listed}.` : `: ${reason}.`) +
          ' Fix those rows and restart.',
      );
    }
  }
  return notCreated;
};

export interface UniqueViolation {
  uid: UID.ContentType;
  field: UniqueField;
  index: string;
}

interface DatabaseError {
  code?: unknown;
  constraint?: unknown;
  message?: unknown;
}

/** The field behind a database unique violation on one of these indexes: PostgreSQL names the index, SQLite the columns. */
export const uniqueViolationOf = (strapi: Core.Strapi, error: unknown): UniqueViolation | undefined => {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, constraint, message } = error as DatabaseError;
  const indexes = uniqueIndexes(strapi);
  let match: UniqueIndex | undefined;
  if (code === '23505' && typeof constraint === 'string') {
    match = indexes.find((index) => index.name === constraint);
  } else if (code === 'SQLITE_CONSTRAINT_UNIQUE' && typeof message === 'string') {
    // "UNIQUE constraint failed: newsroom_briefs.slug, newsroom_briefs.locale"
    const failed = /UNIQUE constraint failed: (.+)$/m.exec(message)?.[1]?.split(',').map((column) => column.trim()) ?? [];
    match = indexes.find(
      (index) => failed.length === index.columns.length && index.columns.every((column) => failed.includes(`${index.table}.${column}`)),
    );
  }
  return match ? { uid: match.uid, field: match.field, index: match.name } : undefined;
};

let savepointCounter = 0;
/** Set while a savepoint is open in this async context: a nested write joins it rather than opening another. */
const insideSavepoint = new AsyncLocalStorage<true>();
/** Per transaction, the end of the last savepoint section: writes running side by side in one transaction take turns. */
const savepointTurns = new WeakMap<object, Promise<void>>();

/**
 * Runs `work` so that its failure leaves the surrounding transaction usable (a savepoint), so a write that hit a
 * unique violation can be retried in it; outside a transaction each attempt has its own and needs none.
 */
export const withSavepoint = async <Result>(strapi: Core.Strapi, work: () => Promise<Result>): Promise<Result> => {
  if (!strapi.db.inTransaction() || insideSavepoint.getStore()) return work();
  return strapi.db.transaction(async ({ trx }) => {
    const previousTurn = savepointTurns.get(trx) ?? Promise.resolve();
    let endTurn = () => {};
    const turn = new Promise<void>((resolve) => {
      endTurn = resolve;
    });
    savepointTurns.set(trx, previousTurn.then(() => turn));
    await previousTurn;
    savepointCounter += 1;
    const savepoint = `newsroom_unique_${savepointCounter}`;
    try {
      await trx.raw(`SAVEPOINT ${savepoint}`);
      try {
        const result = await insideSavepoint.run(true, work);
        await trx.raw(`RELEASE SAVEPOINT ${savepoint}`);
        return result;
      } catch (error) {
        await trx.raw(`ROLLBACK TO SAVEPOINT ${savepoint}`);
        throw error;
      }
    } finally {
      endTurn();
    }
  });
};
