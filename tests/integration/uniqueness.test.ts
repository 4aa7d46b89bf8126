/**
 * Slugs and agency ids are unique because the database says so: the plugin's unique indexes exist after boot,
 * survive Strapi's schema sync and a second boot on the same database, refuse a duplicate written around the
 * plugin's rules, and a unique violation through any door is a 400 naming the field.
 */
import { SEED_EXTERNAL_ID } from '../helpers/toll-desk';
import { bootStrapi, DEMO, spawnStrapiInstance, type TestStrapi } from '../helpers/strapi';
import { contentManager, publishNewBrief } from '../helpers/content-manager';
import { ensureUniqueIndexes } from '../../server/src/data/unique-indexes';

const BRIEF = 'plugin::newsroom.brief';
const TAG = 'plugin::newsroom.tag';

/** What each index must cover: its columns and which rows. */
const EXPECTED_INDEXES = {
  newsroom_briefs_slug_draft_uq: { table: 'newsroom_briefs', columns: ['slug', 'locale'], where: /published_at["`]?\)? IS NULL/i },
  newsroom_briefs_slug_live_uq: { table: 'newsroom_briefs', columns: ['slug', 'locale'], where: /published_at["`]?\)? IS NOT NULL/i },
  newsroom_briefs_external_id_draft_uq: { table: 'newsroom_briefs', columns: ['external_id', 'locale'], where: /published_at["`]?\)? IS NULL/i },
  newsroom_briefs_external_id_live_uq: { table: 'newsroom_briefs', columns: ['external_id', 'locale'], where: /published_at["`]?\)? IS NOT NULL/i },
  // Tags have no draft & publish: one row per tag, one index over all of them.
  newsroom_tags_slug_uq: { table: 'newsroom_tags', columns: ['slug'], where: null },
} as const;
type IndexName = keyof typeof EXPECTED_INDEXES;

/**
 * The driver's unique-violation error. Matched by its message, not with toThrow(): a native driver loaded by an
 * earlier test file in the same jest worker raises errors from that file's realm, which are not `instanceof Error` here.
 */
const REFUSED_AS_DUPLICATE = { message: expect.stringMatching(/UNIQUE constraint failed|duplicate key value violates unique constraint/) };

let app: TestStrapi & { schema?: string; filename?: string };
let cm: ReturnType<typeof contentManager>;

const isPostgres = () => app.strapi.db.dialect.client === 'postgres';

/** The database's own description of an index (catalog), or undefined when it does not exist. */
const indexDefinition = async (name: string): Promise<{ sql: string; identity: string } | undefined> => {
  if (isPostgres()) {
    const result = (await app.strapi.db.connection.raw(
      'SELECT indexdef, (quote_ident(schemaname) || \'.\' || quote_ident(indexname))::regclass::oid::text AS identity FROM pg_indexes WHERE schemaname = ? AND indexname = ?',
      [app.schema, name],
    )) as { rows: { indexdef: string; identity: string }[] };
    const row = result.rows[0];
    return row ? { sql: row.indexdef, identity: row.identity } : undefined;
  }
  const rows = (await app.strapi.db.connection.raw("SELECT sql, rootpage FROM sqlite_master WHERE type = 'index' AND name = ?", [name])) as { sql: string; rootpage: number }[];
  return rows[0] ? { sql: rows[0].sql, identity: String(rows[0].rootpage) } : undefined;
};

const expectPluginIndexes = async (): Promise<Record<IndexName, string>> => {
  const identities = {} as Record<IndexName, string>;
  for (const [name, expected] of Object.entries(EXPECTED_INDEXES) as [IndexName, (typeof EXPECTED_INDEXES)[IndexName]][]) {
    const definition = await indexDefinition(name);
    expect({ name, exists: Boolean(definition) }).toEqual({ name, exists: true });
    const sql = definition?.sql ?? '';
    expect(sql).toMatch(/CREATE UNIQUE INDEX/i);
    expect(sql).toMatch(new RegExp(`ON [^(]*${expected.table}`));
    const quote = '["`]?'; // PostgreSQL quotes with ", SQLite keeps knex's backticks
    expect(sql).toMatch(new RegExp(`\\(${expected.columns.map((column) => `${quote}${column}${quote}`).join(', ')}\\)`));
    if (expected.where) expect(sql).toMatch(expected.where);
    else expect(sql).not.toMatch(/WHERE/i);
    identities[name] = definition?.identity ?? '';
  }
  return identities;
};

beforeAll(async () => {
  app = await bootStrapi();
  cm = contentManager(app, await app.adminToken(DEMO.admin));
}, 180_000);
afterAll(async () => {
  await app?.destroy();
});

test('after boot the database holds the unique indexes for brief slug and externalId per locale and tag slug', async () => {
  await expectPluginIndexes();
});

test('a duplicate written around the plugin (db.query) is refused by the database; other locales and a document’s own rows are not', async () => {
  // The seed brief's draft and published rows (same slug, same agency id).
  const seedRow = (published: boolean) =>
    app.strapi.db.query(BRIEF).findOne({ where: { locale: 'en', externalId: SEED_EXTERNAL_ID, publishedAt: published ? { $notNull: true } : null } }) as Promise<{
      slug: string;
      externalId: string;
    }>;
  const [seed, seedLive] = await Promise.all([seedRow(false), seedRow(true)]);
  expect(seedLive.slug).toBe(seed.slug);
  const before = await app.strapi.db.query(BRIEF).count({});
  const row = (data: Record<string, unknown>) => ({ documentId: `bypass${Math.random().toString(36).slice(2, 12)}`, headline: 'Bypass', locale: 'en', ...data });
  await expect(app.strapi.db.query(BRIEF).create({ data: row({ slug: seed.slug, publishedAt: null }) })).rejects.toMatchObject(REFUSED_AS_DUPLICATE);
  await expect(app.strapi.db.query(BRIEF).create({ data: row({ slug: seedLive.slug, publishedAt: new Date() }) })).rejects.toMatchObject(REFUSED_AS_DUPLICATE);
  await expect(app.strapi.db.query(BRIEF).create({ data: row({ slug: 'bypass-unique', externalId: seed.externalId, publishedAt: null }) })).rejects.toMatchObject(REFUSED_AS_DUPLICATE);
  await expect(app.strapi.db.query(BRIEF).create({ data: row({ slug: 'bypass-unique-2', externalId: seed.externalId, publishedAt: new Date() }) })).rejects.toMatchObject(REFUSED_AS_DUPLICATE);
  const seedTag = (await app.strapi.db.query(TAG).findOne({ where: { slug: 'syria' } })) as { slug: string } | null;
  expect(seedTag).not.toBeNull();
  await expect(app.strapi.db.query(TAG).create({ data: { documentId: 'bypasstag0000000000000001', name: 'Syria again', slug: 'syria', kind: 'place', publishedAt: new Date() } })).rejects.toMatchObject(REFUSED_AS_DUPLICATE);
  expect(await app.strapi.db.query(BRIEF).count({})).toBe(before);
  // The same slug in another locale is another brief's business; NULL externalIds never clash.
  const otherLocale = await app.strapi.db.query(BRIEF).create({ data: row({ slug: seed.slug, locale: 'fr-bypass', publishedAt: null }) });
  const noExternalId = await app.strapi.db.query(BRIEF).create({ data: row({ slug: 'bypass-no-external-id', externalId: null, publishedAt: null }) });
  await app.strapi.db.query(BRIEF).deleteMany({ where: { id: { $in: [otherLocale.id, noExternalId.id] } } });
});

test('a typed duplicate slug or externalId through the Content Manager is a 400 naming the field, with code field.taken', async () => {
  const documentId = await publishNewBrief(cm, { headline: 'Uniqueness: first of its name', externalId: 'UNIQ-TYPED-1' });
  const first = await cm.getBrief(documentId);
  const slug = first.body.data.slug as string;
  const before = await cm.countBriefs();
  const typedSlug = await cm.createBrief({ headline: 'Another headline', slug });
  expect(typedSlug.status).toBe(400);
  expect(typedSlug.body.error.name).toBe('ValidationError');
  expect(typedSlug.body.error.details.errors).toEqual([expect.objectContaining({ path: ['slug'], code: 'field.taken', params: { value: slug, locale: 'en' } })]);
  const typedExternalId = await cm.createBrief({ headline: 'Yet another headline', externalId: 'UNIQ-TYPED-1' });
  expect(typedExternalId.status).toBe(400);
  expect(typedExternalId.body.error.details.errors).toEqual([expect.objectContaining({ path: ['externalId'], code: 'field.taken' })]);
  expect(await cm.countBriefs()).toBe(before);
});

test('concurrent creates on one instance: one headline gives distinct slugs, a typed slug and a tag slug have one winner', async () => {
  const headline = `Uniqueness race ${Date.now()}`;
  const generated = await Promise.all(Array.from({ length: 6 }, () => cm.createBrief({ headline })));
  expect(generated.map((response) => response.status)).toEqual([201, 201, 201, 201, 201, 201]);
  expect(new Set(generated.map((response) => response.body.data.slug)).size).toBe(6);

  const typedSlug = `typed-race-${Date.now()}`;
  const typed = await Promise.all(Array.from({ length: 6 }, (_, index) => cm.createBrief({ headline: `${headline} typed ${index}`, slug: typedSlug })));
  expect(typed.map((response) => response.status).sort()).toEqual([201, 400, 400, 400, 400, 400]);
  for (const refused of typed.filter((response) => response.status === 400)) expect(refused.body.error.details.errors[0].path).toEqual(['slug']);

  const tagName = `Race tag ${Date.now()}`;
  const tags = await Promise.all(Array.from({ length: 6 }, () => cm.createTag({ name: tagName, kind: 'subject' })));
  expect(tags.map((response) => response.status)).toEqual([201, 201, 201, 201, 201, 201]);
  expect(new Set(tags.map((response) => response.body.data.slug)).size).toBe(6);
});

test('creates side by side inside one transaction (a script) take turns and get distinct slugs', async () => {
  const headline = `Script batch ${Date.now()}`;
  const created = (await app.strapi.db.transaction(() =>
    Promise.all(Array.from({ length: 4 }, () => app.strapi.documents(BRIEF).create({ locale: 'en', data: { headline } }))),
  )) as unknown as { slug: string }[];
  expect(new Set(created.map((brief) => brief.slug)).size).toBe(4);
});

test('a bulk publish (several publishes side by side in one transaction) still publishes them all', async () => {
  const documentIds: string[] = [];
  for (const index of [1, 2, 3]) {
    const created = await cm.createBrief({ headline: `Bulk unique ${Date.now()} ${index}` });
    expect(created.status).toBe(201);
    documentIds.push(created.body.data.documentId);
  }
  const auth = { Authorization: `Bearer ${await app.adminToken(DEMO.admin)}` };
  const bulk = await app.http().post(`/content-manager/collection-types/${BRIEF}/actions/bulkPublish?locale=en`).set(auth).send({ documentIds });
  expect(bulk.status).toBe(200);
  expect(await app.strapi.db.query(BRIEF).count({ where: { documentId: { $in: documentIds }, publishedAt: { $notNull: true } } })).toBe(3);
});

test('a unique violation found by the database on discard draft or publish is a 400 naming slug, never a 500', async () => {
  // A: published as `unique-discard-a`, its draft renamed; B: a draft holding A's published slug (written around the rules).
  const documentA = await publishNewBrief(cm, { headline: 'Unique discard A', slug: 'unique-discard-a' });
  expect((await cm.updateBrief(documentA, { headline: 'Unique discard A', slug: 'unique-discard-a-renamed' })).status).toBe(200);
  const createdB = await cm.createBrief({ headline: 'Unique discard B', slug: 'unique-discard-b' });
  expect(createdB.status).toBe(201);
  await app.strapi.db.query(BRIEF).update({ where: { documentId: createdB.body.data.documentId, locale: 'en', publishedAt: null }, data: { slug: 'unique-discard-a' } });

  const auth = { Authorization: `Bearer ${await app.adminToken(DEMO.admin)}` };
  const discard = await app.http().post(`/content-manager/collection-types/${BRIEF}/${documentA}/actions/discard?locale=en`).set(auth).send({});
  expect(discard.status).toBe(400);
  expect(discard.body.error.details.errors).toEqual([expect.objectContaining({ path: ['slug'], code: 'field.taken', params: { value: 'unique-discard-a', locale: 'en' } })]);
  expect((await cm.getBrief(documentA)).body.data.slug).toBe('unique-discard-a-renamed');

  const publishB = await cm.publishBrief(createdB.body.data.documentId);
  expect(publishB.status).toBe(400);
  expect(publishB.body.error.details.errors[0].path).toEqual(['slug']);
});

test('publishing a draft whose externalId another brief has live is refused by the database inside the Content Manager’s transaction: 400 naming externalId', async () => {
  // A: live with AFP-LIVE-1, its draft moved on to another id; B: a draft holding AFP-LIVE-1 (written around the rules).
  const documentA = await publishNewBrief(cm, { headline: 'Unique live externalId A', externalId: 'AFP-LIVE-1' });
  expect((await cm.updateBrief(documentA, { headline: 'Unique live externalId A', externalId: 'AFP-LIVE-1-CORRECTED' })).status).toBe(200);
  const createdB = await cm.createBrief({ headline: 'Unique live externalId B' });
  expect(createdB.status).toBe(201);
  const documentB = createdB.body.data.documentId as string;
  await app.strapi.db.query(BRIEF).update({ where: { documentId: documentB, locale: 'en', publishedAt: null }, data: { externalId: 'AFP-LIVE-1' } });

  const publishB = await cm.publishBrief(documentB);
  expect(publishB.status).toBe(400);
  expect(publishB.body.error.details.errors).toEqual([expect.objectContaining({ path: ['externalId'], code: 'field.taken', params: { value: 'AFP-LIVE-1' } })]);
  expect(await app.strapi.db.query(BRIEF).count({ where: { documentId: documentB, publishedAt: { $notNull: true } } })).toBe(0);
});

test('Strapi’s schema sync leaves the indexes alone, even when it alters the table', async () => {
  const before = await expectPluginIndexes();
  // Drop one of Strapi's own indexes so the sync has a real change to apply to the briefs table.
  const strapiIndex = 'newsroom_briefs_documents_idx';
  expect(await indexDefinition(strapiIndex)).toBeDefined();
  await app.strapi.db.connection.raw('DROP INDEX ??', [isPostgres() ? `${app.schema}.${strapiIndex}` : strapiIndex]);
  expect(await app.strapi.db.schema.syncSchema()).toBe('CHANGED');
  expect(await indexDefinition(strapiIndex)).toBeDefined();
  expect(await expectPluginIndexes()).toEqual(before);
});

test('a second boot on the same database (schema changed since) keeps the indexes', async () => {
  const before = await expectPluginIndexes();
  // A changed hash makes the next boot diff the whole schema against the stored one, as after a plugin upgrade.
  await app.strapi.db.getConnection('strapi_database_schema').update({ hash: 'changed-by-test' });
  const second = await spawnStrapiInstance({ schema: app.schema, filename: app.filename });
  try {
    expect((await second.http().get('/_health')).status).toBe(204);
  } finally {
    await second.stop();
  }
  const stored = (await app.strapi.db.getConnection('strapi_database_schema').select('hash').first()) as { hash: string };
  expect(stored.hash).not.toBe('changed-by-test');
  // Same index objects: not dropped by the sync and created again by the plugin.
  expect(await expectPluginIndexes()).toEqual(before);
}, 180_000);

test('duplicates already in the database do not stop the boot: the index is skipped and the duplicates are named', async () => {
  await app.strapi.db.connection.raw('DROP INDEX ??', [isPostgres() ? `${app.schema}.newsroom_tags_slug_uq` : 'newsroom_tags_slug_uq']);
  const duplicate = await app.strapi.db.query(TAG).create({ data: { documentId: 'duplicatetag0000000000001', name: 'Syria twice', slug: 'syria', kind: 'place', publishedAt: new Date() } });
  const notCreated = await ensureUniqueIndexes(app.strapi);
  expect(notCreated).toEqual([
    expect.objectContaining({ index: 'newsroom_tags_slug_uq', duplicates: [{ values: { slug: 'syria' }, rows: 2 }] }),
  ]);
  expect(await indexDefinition('newsroom_tags_slug_uq')).toBeUndefined();
  await app.strapi.db.query(TAG).delete({ where: { id: duplicate.id } });
  expect(await ensureUniqueIndexes(app.strapi)).toEqual([]);
  await expectPluginIndexes();
});
