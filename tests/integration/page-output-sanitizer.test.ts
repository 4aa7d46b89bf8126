/**
 * A page of briefs is sanitized once for the page (server/src/sanitizers/page-output-sanitizer.ts), and the outcome is
 * what Strapi's own Content API sanitizer gives record by record: on the read rows themselves (private columns
 * included), and through HTTP for each kind of token, where a page of several briefs (the page path) must answer the
 * same briefs as pages of one (a single record takes Strapi's own path).
 */
import { createPageOutputSanitizer, decidesByKeysIn } from '../../server/src/sanitizers/page-output-sanitizer';
import { BRIEF_UID, TAG_UID } from '../../server/src/uids';
import { contentManager, publishNewBrief } from '../helpers/content-manager';
import { DEMO } from '../helpers/demo-accounts';
import { bootStrapi, type TestStrapi } from '../helpers/strapi';

let app: TestStrapi;
const keys = new Map<string, string>();
const PAGE = 5;

beforeAll(async () => {
  app = await bootStrapi();
  const desk = contentManager(app, await app.adminToken(DEMO.deskChief));
  const tags = (await desk.listTags()).body.results as { documentId: string; slug: string }[];
  const syria = tags.find((tag) => tag.slug === 'syria') as { documentId: string };
  const seed = (await app.strapi.db.query(BRIEF_UID).findOne({ where: { locale: 'en', publishedAt: { $notNull: true } } })) as { documentId: string };
  for (let index = 0; index < PAGE; index += 1) {
    await publishNewBrief(desk, {
      headline: `Sanitized page brief ${index}`,
      ...(index % 2 === 0 ? { tags: { connect: [{ documentId: syria.documentId }] } } : {}),
      ...(index % 3 === 0 ? { relatedBriefs: { connect: [{ documentId: seed.documentId, locale: 'en' }] } } : {}),
    });
  }
  keys.set('full-access', (await app.apiToken('full-access')).accessKey);
  keys.set('read-only', (await app.apiToken('read-only')).accessKey);
  keys.set('briefs only', (await app.apiToken('custom', ['plugin::newsroom.brief.find'])).accessKey);
  keys.set('briefs and tags', (await app.apiToken('custom', ['plugin::newsroom.brief.find', 'plugin::newsroom.tag.find'])).accessKey);
}, 180_000);

afterAll(async () => {
  await app?.destroy();
});

test('on the read rows, private columns included, the page sanitizer gives what Strapi gives record by record', async () => {
  const { strapi } = app;
  const rows = (await strapi.plugin('newsroom').service('briefReadQuery').select({ published: true }, { limit: 50, offset: 0 })) as Record<string, unknown>[];
  const records = rows.map(({ toll: _toll, ...record }) => record);
  expect(records.length).toBeGreaterThan(PAGE);
  expect(records.some((record) => typeof record.killReason !== 'undefined')).toBe(true);
  const page = createPageOutputSanitizer(strapi).sanitizePage;
  const sanitized = await page(records, BRIEF_UID, undefined);
  expect(sanitized).toEqual(await strapi.contentAPI.sanitize.output(records, strapi.getModel(BRIEF_UID), {}));
  expect(sanitized.every((record) => !('killReason' in record) && !('statusChangedAt' in record))).toBe(true);
  expect(sanitized.some((record) => Array.isArray(record.tags) && record.tags.length > 0)).toBe(true);

  const tags = (await strapi.db.query(TAG_UID).findMany({})) as Record<string, unknown>[];
  expect(await page(tags, TAG_UID, undefined)).toEqual(await strapi.contentAPI.sanitize.output(tags, strapi.getModel(TAG_UID), {}));
});

type Brief = { slug: string; tags: unknown[]; relatedBriefs: unknown[] };

describe.each([
  ['full-access', { tags: true }],
  ['read-only', { tags: true }],
  ['briefs only', { tags: false }],
  ['briefs and tags', { tags: true }],
])('a %s token', (name, expected) => {
  const list = (query: string) => app.http().get(`/api/newsroom/briefs?locale=en&${query}`).set('Authorization', `Bearer ${keys.get(name)}`);

  test('reads a page of briefs as it reads them one by one', async () => {
    const page = await list(`pageSize=${PAGE + 1}`);
    expect(page.status).toBe(200);
    const briefs = page.body.data as Brief[];
    expect(briefs).toHaveLength(PAGE + 1);
    for (const [index, brief] of briefs.entries()) {
      const one = await list(`pageSize=1&page=${index + 1}`);
      expect(one.status).toBe(200);
      expect(one.body.data).toEqual([brief]);
    }
    // What the token may not read is gone from both: a brief's tags need the tag's find action.
    expect(briefs.some((brief) => brief.tags.length > 0)).toBe(expected.tags);
    expect(briefs.some((brief) => brief.relatedBriefs.length > 0)).toBe(true);
  });
});

test("the sanitizers registered for Content API output (the plugin's and users-permissions') are all applied through the page's probe", () => {
  const registered = app.strapi.sanitizers.get('content-api.output');
  expect(registered).toHaveLength(2);
  // If this fails after a Strapi upgrade, users-permissions' file moved: pages still come out right, record by record, but slower.
  expect(registered.filter(decidesByKeysIn(app.strapi))).toEqual(registered);
});

// Last in the file: a sanitizer cannot be unregistered, and this one changes what the other tests read.
test("a sanitizer the app registers runs on every record of a page, after users-permissions' own, with its values", async () => {
  const { strapi } = app;
  type Registered = Parameters<typeof strapi.sanitizers.add>[1];
  const marksBriefOne = (schema: { uid: string }) => async (entity: Record<string, unknown>) =>
    schema.uid === BRIEF_UID && typeof entity.headline === 'string' && entity.headline.endsWith(' 1') ? { ...entity, headline: `${entity.headline} (checked)` } : entity;
  strapi.sanitizers.add('content-api.output', marksBriefOne as unknown as Registered);
  const rows = (await strapi.plugin('newsroom').service('briefReadQuery').select({ published: true }, { limit: 50, offset: 0 })) as Record<string, unknown>[];
  const records = rows.map(({ toll: _toll, ...record }) => record);
  const sanitized = await createPageOutputSanitizer(strapi).sanitizePage(records, BRIEF_UID, undefined);
  expect(sanitized).toEqual(await strapi.contentAPI.sanitize.output(records, strapi.getModel(BRIEF_UID), {}));
  expect(sanitized.map((record) => record.headline)).toContain('Sanitized page brief 1 (checked)');

  // A page size no earlier test read (the read cache answers those).
  const page = await app.http().get(`/api/newsroom/briefs?locale=en&pageSize=${PAGE + 2}`).set('Authorization', `Bearer ${keys.get('read-only')}`);
  expect(page.status).toBe(200);
  expect((page.body.data as Brief[]).map((brief) => (brief as unknown as { headline: string }).headline)).toContain('Sanitized page brief 1 (checked)');
});
