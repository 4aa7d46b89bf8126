/**
 * Public briefs remembered by content (server/src/services/rendered-briefs.ts) are never stale and never another
 * caller's: with the read cache off (so every request reads the rows again), a brief read twice answers the same, a
 * caller with other permissions gets their own shape, and after each change a partner must see (a tag renamed, a
 * photo edited in the Media Library, a toll revision, a related brief killed, the public URL changed) the list and
 * the feed answer the change at once.
 */
import { contentManager, publishNewBrief } from '../helpers/content-manager';
import { DEMO } from '../helpers/demo-accounts';
import { bootStrapi, type TestStrapi } from '../helpers/strapi';
import { killedCount, seedDocumentId, tollDesk } from '../helpers/toll-desk';

type Brief = {
  documentId: string;
  headline: string;
  tags: { name: string; slug: string }[];
  photo: { url: string; alternativeText: string | null } | null;
  relatedBriefs: { documentId: string }[];
  toll: { version: number; text: string } | null;
};
type FeedEvent = { documentId: string; locale: string; brief: Brief | null };

let app: TestStrapi;
let partner: string;
let briefsOnly: string;
let deskChief: string;
let seedId: string;

const get = (path: string, key = partner) => app.http().get(path).set('Authorization', `Bearer ${key}`);

/** The first page of the English list, 50 briefs (the seed among them), read cold. */
const list = async (key = partner): Promise<Brief[]> => {
  const response = await get('/api/newsroom/briefs?locale=en&pageSize=50', key);
  expect(response.status).toBe(200);
  return response.body.data as Brief[];
};

const inList = async (documentId: string, key = partner): Promise<Brief> => {
  const brief = (await list(key)).find((item) => item.documentId === documentId);
  if (!brief) throw new Error(`${documentId} is not on the list's first page`);
  return brief;
};

/** The brief the feed's latest English event of `documentId` carries (the whole feed read, page by page). */
const inFeed = async (documentId: string): Promise<Brief | null> => {
  let path = '/api/newsroom/feed?limit=50&locale=en';
  let found: FeedEvent | undefined;
  for (;;) {
    const response = await get(path);
    expect(response.status).toBe(200);
    const events = response.body.data as FeedEvent[];
    found = [...events].reverse().find((event) => event.documentId === documentId) ?? found;
    if (!response.body.meta.hasMore) break;
    path = `/api/newsroom/feed?limit=50&locale=en&since=${encodeURIComponent(response.body.meta.next)}`;
  }
  if (!found) throw new Error(`${documentId} has no English event in the feed`);
  return found.brief;
};

beforeAll(async () => {
  app = await bootStrapi();
  partner = (await app.apiToken('read-only')).accessKey;
  briefsOnly = (await app.apiToken('custom', ['plugin::newsroom.brief.find', 'plugin::newsroom.feed.find'])).accessKey;
  deskChief = await app.adminToken(DEMO.deskChief);
  seedId = await seedDocumentId(app);
  (app.strapi.plugin('newsroom').service('readCache') as { setEnabled: (on: boolean) => void }).setEnabled(false);
}, 180_000);

afterAll(async () => {
  await app?.destroy();
});

test('a page read again answers the same; a caller who may not read tags never gets the tags another caller got', async () => {
  const first = await list();
  expect(await list()).toEqual(first);
  const seed = first.find((brief) => brief.documentId === seedId) as Brief;
  expect(seed.tags.length).toBeGreaterThan(0);
  expect((await inList(seedId, briefsOnly)).tags).toEqual([]);
  expect((await inList(seedId)).tags).toEqual(seed.tags);
  const feedSeed = await app.http().get('/api/newsroom/feed?limit=50&locale=en').set('Authorization', `Bearer ${briefsOnly}`);
  expect(feedSeed.status).toBe(200);
  expect((feedSeed.body.data as FeedEvent[]).every((event) => event.brief === null || event.brief.tags.length === 0)).toBe(true);
});

test('a renamed tag shows on the list and in the feed at once', async () => {
  const seed = await inList(seedId);
  const tag = (await app.strapi.db.query('plugin::newsroom.tag').findOne({ where: { slug: seed.tags[0].slug } })) as { documentId: string; name: string };
  const renamed = await app
    .http()
    .put(`/content-manager/collection-types/plugin::newsroom.tag/${tag.documentId}`)
    .set('Authorization', `Bearer ${deskChief}`)
    .send({ name: `${tag.name} (renamed)` });
  expect(renamed.status).toBe(200);
  expect((await inList(seedId)).tags.map((item) => item.name)).toContain(`${tag.name} (renamed)`);
  expect((await inFeed(seedId))?.tags.map((item) => item.name)).toContain(`${tag.name} (renamed)`);
});

test("a photo's alternative text edited in the Media Library shows at once", async () => {
  const seed = await inList(seedId);
  expect(seed.photo).not.toBeNull();
  const files = (await app.strapi.db.query('plugin::upload.file').findMany({ select: ['id', 'url'] })) as { id: number; url: string }[];
  const file = files.find((candidate) => seed.photo?.url.endsWith(candidate.url)) as { id: number };
  await app.strapi.db.query('plugin::upload.file').update({ where: { id: file.id }, data: { alternativeText: 'Rescuers at the site, edited' } });
  expect((await inList(seedId)).photo?.alternativeText).toBe('Rescuers at the site, edited');
  expect((await inFeed(seedId))?.photo?.alternativeText).toBe('Rescuers at the site, edited');
});

test('a toll revision shows at once', async () => {
  const before = (await inList(seedId)).toll;
  expect(before).not.toBeNull();
  const appended = await tollDesk(app, deskChief).append(seedId, { source: 'OSDH', asOf: new Date().toISOString(), counts: [killedCount(40)], mayRise: true, mayRiseReason: 'many people still under the rubble' }, `"${before?.version}"`);
  expect({ status: appended.status, error: appended.body.error }).toEqual({ status: 201, error: undefined });
  const after = await inList(seedId);
  expect(after.toll?.version).toBe((before?.version ?? 0) + 1);
  expect(after.toll?.text).toMatch(/40/);
  expect((await inFeed(seedId))?.toll?.version).toBe(after.toll?.version);
});

test('a related brief killed leaves the briefs that link it at once', async () => {
  const desk = contentManager(app, deskChief);
  const related = await publishNewBrief(desk, { headline: 'Rendered briefs: the related one' });
  const linking = await publishNewBrief(desk, { headline: 'Rendered briefs: the linking one', relatedBriefs: { connect: [{ documentId: related, locale: 'en' }] } });
  expect((await inList(linking)).relatedBriefs.map((brief) => brief.documentId)).toEqual([related]);
  expect((await inFeed(linking))?.relatedBriefs.map((brief) => brief.documentId)).toEqual([related]);
  const kill = await app.http().post(`/newsroom/briefs/${related}/kill`).set('Authorization', `Bearer ${deskChief}`).send({ reason: 'Wrong town' });
  expect(kill.status).toBe(200);
  expect((await inList(linking)).relatedBriefs).toEqual([]);
  expect((await inFeed(linking))?.relatedBriefs).toEqual([]);
});

test('a new public URL in the settings shows in every photo URL at once', async () => {
  const admin = await app.adminToken(DEMO.admin);
  const saved = await app.http().put('/newsroom/settings').set('Authorization', `Bearer ${admin}`).send({ publicUrl: 'https://cdn.rendered.example' });
  expect(saved.status).toBe(200);
  try {
    expect((await inList(seedId)).photo?.url).toMatch(/^https:\/\/cdn\.rendered\.example\//);
    expect((await inFeed(seedId))?.photo?.url).toMatch(/^https:\/\/cdn\.rendered\.example\//);
  } finally {
    await app.http().put('/newsroom/settings').set('Authorization', `Bearer ${admin}`).send({ publicUrl: null });
  }
});

test("the feed's events keep the contract's field order, their briefs written from the remembered bytes", async () => {
  for (const format of ['json', 'ninjs']) {
    const response = await get(`/api/newsroom/feed?limit=5&format=${format}`);
    expect(response.status).toBe(200);
    const { data } = JSON.parse(response.text) as { data: Record<string, unknown>[] };
    expect(Object.keys(data[0])).toEqual(['id', 'type', 'occurredAt', 'documentId', 'locale', 'slug', 'brief', ...(format === 'ninjs' ? ['ninjs'] : [])]);
    expect(data[0].brief).toMatchObject({ documentId: data[0].documentId, locale: data[0].locale });
  }
});
