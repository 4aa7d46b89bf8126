/**
 * "Grant public read" (Settings → Newsroom): POST /newsroom/settings/grant-public-read gives the Users & Permissions
 * Public role exactly the plugin's public read actions, idempotently, so anonymous callers can read briefs, tags,
 * tolls and the ninjs schemas while the feed and ninjs stay behind partner tokens.
 */
import { bootStrapi, DEMO, type TestStrapi } from '../helpers/strapi';

const PUBLIC_READ = [
  'plugin::newsroom.brief.find',
  'plugin::newsroom.brief.findOne',
  'plugin::newsroom.tag.find',
  'plugin::newsroom.toll.find',
  'plugin::newsroom.correction.find',
  'plugin::newsroom.schema.findOne',
];

let app: TestStrapi;
let seedSlug: string;

const publicRoleId = async () =>
  ((await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } })) as { id: number }).id;
const publicPluginActions = async () =>
  ((await app.strapi.db.query('plugin::users-permissions.permission').findMany({
    where: { role: await publicRoleId(), action: { $startsWith: 'plugin::newsroom.' } },
  })) as { action: string }[])
    .map((permission) => permission.action)
    .sort();
const grant = async (email: string) =>
  app.http().post('/newsroom/settings/grant-public-read').set('Authorization', `Bearer ${await app.adminToken(email)}`).send({});
const anonymousStatuses = async () => ({
  briefs: (await app.http().get('/api/newsroom/briefs')).status,
  brief: (await app.http().get(`/api/newsroom/briefs/${seedSlug}`)).status,
  tolls: (await app.http().get(`/api/newsroom/briefs/${seedSlug}/tolls`)).status,
  tags: (await app.http().get('/api/newsroom/tags')).status,
  schema: (await app.http().get('/api/newsroom/schemas/ninjs-newsroom-2.2.json')).status,
  ninjs: (await app.http().get(`/api/newsroom/briefs/${seedSlug}/ninjs`)).status,
  feed: (await app.http().get('/api/newsroom/feed')).status,
});

beforeAll(async () => {
  app = await bootStrapi();
  const seed = (await app.strapi.db.query('plugin::newsroom.brief').findOne({
    where: { externalId: { $notNull: true }, publishedAt: { $notNull: true }, editorialStatus: 'usable', locale: 'en' },
    orderBy: { id: 'asc' },
  })) as { slug: string };
  seedSlug = seed.slug;
});
// Each test starts from a fresh app's Public role: none of the plugin's actions (the playground seed grants some),
// whatever an earlier test granted.
beforeEach(async () => {
  await app.strapi.db.query('plugin::users-permissions.permission').deleteMany({
    where: { role: await publicRoleId(), action: { $startsWith: 'plugin::newsroom.' } },
  });
});
afterAll(async () => {
  await app?.destroy();
});

test('before the grant every plugin route is 403 to anonymous callers', async () => {
  expect(await anonymousStatuses()).toEqual({ briefs: 403, brief: 403, tolls: 403, tags: 403, schema: 403, ninjs: 403, feed: 403 });
});

test('the grant needs settings.update: an editor gets 403, no token 401, and nothing is granted', async () => {
  expect((await grant(DEMO.editor)).status).toBe(403);
  expect((await app.http().post('/newsroom/settings/grant-public-read').send({})).status).toBe(401);
  expect(await publicPluginActions()).toEqual([]);
});

test('a super admin grants exactly the public read actions; briefs, tags, tolls and schemas open, feed and ninjs stay closed', async () => {
  const granted = await grant(DEMO.admin);
  expect(granted.status).toBe(200);
  expect(granted.body.data).toEqual({ actions: PUBLIC_READ, granted: PUBLIC_READ });
  expect(await publicPluginActions()).toEqual([...PUBLIC_READ].sort());
  expect(await anonymousStatuses()).toEqual({ briefs: 200, brief: 200, tolls: 200, tags: 200, schema: 200, ninjs: 403, feed: 403 });
});

test('granting again adds nothing and keeps one row per action; an action granted by hand is not removed', async () => {
  const first = await grant(DEMO.admin);
  expect(first.status).toBe(200);
  expect(first.body.data.granted).toEqual(PUBLIC_READ);
  await app.strapi.db.query('plugin::users-permissions.permission').create({ data: { action: 'plugin::newsroom.feed.find', role: await publicRoleId() } });
  const again = await grant(DEMO.admin);
  expect(again.status).toBe(200);
  expect(again.body.data).toEqual({ actions: PUBLIC_READ, granted: [] });
  expect(await publicPluginActions()).toEqual([...PUBLIC_READ, 'plugin::newsroom.feed.find'].sort());
});
