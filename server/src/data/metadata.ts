import type { Core, UID } from '@strapi/strapi';

/**
 * Table and column names from Strapi's own metadata (they follow the app's naming and identifier shortening), for
 * the plugin's raw SQL: every data-access module under data/ takes its names from here, so a schema change breaks in
 * one place instead of in hand-written snake_case.
 */

export interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
  orderColumnName?: string;
}

export interface MorphJoinTable {
  name: string;
  joinColumn: { name: string };
  morphColumn: { idColumn: { name: string }; typeColumn: { name: string }; typeField?: string };
}

export interface ModelMetadata {
  tableName: string;
  attributes: Record<string, { columnName?: string; joinTable?: JoinTable | MorphJoinTable }>;
}

export const metadataOf = (strapi: Core.Strapi, uid: UID.Schema | 'plugin::upload.file'): ModelMetadata =>
  strapi.db.metadata.get(uid) as unknown as ModelMetadata;

export const columnOf = (metadata: ModelMetadata, attribute: string): string => {
  const columnName = metadata.attributes[attribute]?.columnName;
  if (!columnName) throw new Error(`newsroom: no column for ${attribute} in ${metadata.tableName}`);
  return columnName;
};

/** The table of `uid` and the columns of the named attributes: `{ table, columns: { attribute: column } }`. */
export const tableOf = <Attribute extends string>(
  strapi: Core.Strapi,
  uid: UID.Schema | 'plugin::upload.file',
  attributes: readonly Attribute[],
): { table: string; columns: Record<Attribute, string> } => {
  const metadata = metadataOf(strapi, uid);
  const columns = Object.fromEntries(attributes.map((attribute) => [attribute, columnOf(metadata, attribute)])) as Record<Attribute, string>;
  return { table: metadata.tableName, columns };
};

export const joinTableOf = (metadata: ModelMetadata, attribute: string): JoinTable => {
  const joinTable = metadata.attributes[attribute]?.joinTable;
  if (!joinTable || !('inverseJoinColumn' in joinTable)) throw new Error(`newsroom: no join table for ${attribute} in ${metadata.tableName}`);
  return joinTable;
};

export const morphJoinTableOf = (metadata: ModelMetadata, attribute: string): MorphJoinTable => {
  const joinTable = metadata.attributes[attribute]?.joinTable;
  if (!joinTable || !('morphColumn' in joinTable)) throw new Error(`newsroom: no morph join table for ${attribute} in ${metadata.tableName}`);
  return joinTable;
};

/** `"identifier"`, quoted for raw SQL on SQLite and PostgreSQL. */
export const quoteIdentifier = (identifier: string): string => `"${identifier.replace(/"/g, '""')}"`;

/** `schema.table` on PostgreSQL (knex quotes each part of `??`), the bare table on SQLite. */
export const qualifiedTable = (strapi: Core.Strapi, table: string): string => {
  const schema = strapi.db.dialect.client === 'postgres' ? strapi.db.getSchemaName() : undefined;
  return schema ? `${schema}.${table}` : table;
};
