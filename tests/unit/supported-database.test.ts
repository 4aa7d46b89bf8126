/**
 * At register, the plugin refuses a database client its raw SQL (the one-statement read query) is not written for;
 * at bootstrap, an SQLite older than the read query needs.
 */
import { assertSupportedDatabaseClient, assertSupportedSqliteVersion, SUPPORTED_DATABASE_CLIENTS } from '../../server/src/data/supported-database';

test.each(['sqlite', 'better-sqlite3', 'postgres'])('%s is accepted', (client) => {
  expect(assertSupportedDatabaseClient(client)).toBe(client);
});

test.each([
  ['mysql', '"mysql"'],
  ['mysql2', '"mysql2"'],
  ['mariadb', '"mariadb"'],
  ['mssql', '"mssql"'],
  ['Postgres', '"Postgres"'],
  ['', 'missing'],
  [undefined, 'missing'],
])('%p is refused with a message naming it and the supported clients', (client, named) => {
  expect(() => assertSupportedDatabaseClient(client)).toThrow(`strapi-plugin-newsroom: database client ${named} is not supported.`);
  expect(() => assertSupportedDatabaseClient(client)).toThrow(/SQLite \(client "sqlite" \/ "better-sqlite3"\) and PostgreSQL \(client "postgres"\)/);
  expect(() => assertSupportedDatabaseClient(client)).toThrow(/MySQL and MariaDB are not/);
});

test('the supported list is what the message names', () => {
  expect([...SUPPORTED_DATABASE_CLIENTS]).toEqual(['sqlite', 'better-sqlite3', 'postgres']);
});

test.each(['3.44.0', '3.44', '3.49.2', '3.53.2', '4.0.0'])('SQLite %s is accepted', (version) => {
  expect(() => assertSupportedSqliteVersion(version)).not.toThrow();
});

test.each(['3.43.2', '3.39.4', '3.9.0', '2.8.17'])('SQLite %s is refused, naming both versions', (version) => {
  expect(() => assertSupportedSqliteVersion(version)).toThrow(`strapi-plugin-newsroom: SQLite ${version} is too old; the plugin needs 3.44.0 or later`);
});
