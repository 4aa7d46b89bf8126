/** At register, the plugin refuses a database client its raw SQL (the one-statement read query) is not written for. */
import { assertSupportedDatabaseClient, SUPPORTED_DATABASE_CLIENTS } from '../../server/src/data/supported-database';

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
