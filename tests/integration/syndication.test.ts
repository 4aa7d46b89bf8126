/**
 * Syndication end to end: ninjs validated against the official IPTC schemas and the served extension schema,
 * the changes feed with cursors and 304s, embargo entitlement, kill tombstones, and what partner tokens may do.
 */
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { bootStrapi, DEMO, type TestStrapi } from '../helpers/strapi';
import { contentManager, publishNewBrief } from '../helpers/content-manager';
import { seedDocumentId, tollDesk } from '../helpers/toll-desk';
import { formatNinjsErrors, validateNinjs } from '../helpers/ninjs-validator';
import { geoJsonJsonSchema, officialNinjsSchema } from '../../server/src/domain/ninjs/schema-registry';

let app: TestStrapi;
let partner: { id: number; accessKey: string };
let entitled: { id: number; accessKey: string };
const SEED_SLUG = 'at-least-15-civilians-including-a-child-killed-in-russian-strikes-in-syrias-idleb';
const PARTNER_ACTIONS = [
  'plugin::newsroom.brief.find', 'plugin::newsroom.brief.findOne', 'plugin::newsroom.tag.find', 'plugin::newsroom.toll.find',
  'plugin::newsroom.feed.find', 'plugin::newsroom.ninjs.findOne', 'plugin::newsroom.schema.findOne',
];

const get = (path: string, key = partner.accessKey) => app.http().get(path).set('Authorization', `Bearer ${key}`);

interface FeedEventBody {
  id: string;
  type: string;
  documentId: string;
  locale: string;
  slug: string;
  brief: { headline: string; toll: unknown } | null;
  ninjs?: Record<string, unknown>;
}

/** Reads the whole feed from a cursor, page by page. */
const readFeed = async (since: string | null, key = partner.accessKey, limit = 3, extra = '') => {
  const events: FeedEventBody[] = [];
  let cursor = since;
  for (let page = 0; page < 500; page += 1) {
    const response = await get(`/api/newsroom/feed?limit=${limit}${cursor ? `&since=${cursor}` : ''}${extra}`, key);
    expect(response.status).toBe(200);
    events.push(...response.body.data);
    cursor = response.body.meta.next;
    if (!response.body.meta.hasMore) break;
  }
  return { events, cursor: cursor as string };
};

beforeAll(async () => {
  app = await bootStrapi();
  partner = await app.apiToken('custom', PARTNER_ACTIONS);
  entitled = await app.apiToken('custom', PARTNER_ACTIONS);
  const admin = await app.adminToken(DEMO.admin);
  const saved = await app.http().put('/newsroom/settings').set('Authorization', `Bearer ${admin}`).send({ entitledTokenIds: [entitled.id] });
  expect(saved.status).toBe(200);
});
afterAll(async () => {
  await app?.destroy();
});

describe('ninjs', () => {
  test.each(['2.2', '3.0', '3.1'])('the seed brief validates against the official ninjs %s schema', async (version) => {
    const response = await get(`/api/newsroom/briefs/${SEED_SLUG}/ninjs?version=${version}`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    const errors = validateNinjs(response.body, version as '2.2');
    expect(formatNinjsErrors(errors)).toBe('valid');
    const doc = response.body;
    const status = version === '2.2' ? doc.pubstatus : doc.pubStatus;
    expect(status).toBe('usable');
    expect(doc.uri).toBe(`urn:newsroom:brief:${await seedDocumentId(app)}:en`);
    expect(doc.headlines).toEqual([{ role: 'main', value: expect.stringMatching(/^At least 15 civilians/) }]);
    expect(doc.descriptions).toContainEqual({ role: 'toll', value: 'At least 15 civilians killed, including a child; toll may rise (OSDH)' });
    expect(doc.located).toBe('Maaret Misrin, Syria');
    expect(doc.places.map((place: { name: string }) => place.name)).toEqual(['Russia', 'Syria', 'Turkey']);
    expect(doc.organisations.map((organisation: { name: string }) => organisation.name)).toEqual(['OSDH']);
    const photo = doc.associations.find((association: { name: string }) => association.name === 'featuremedia');
    expect(photo).toMatchObject({ type: 'picture', by: 'Ahmad al-ATRASH' });
    expect(photo.descriptions).toContainEqual({ role: 'creditline', value: 'Ahmad al-ATRASH / AFP' });
    expect(doc.associations.filter((association: { name: string }) => association.name.startsWith('related-'))).toHaveLength(3);
    expect(doc).not.toHaveProperty('toll');
  });

  test.each(['2.2', '3.0', '3.1'])('the newsroom profile (%s) validates against the schema the API serves', async (version) => {
    const response = await get(`/api/newsroom/briefs/${SEED_SLUG}/ninjs?version=${version}&profile=newsroom`);
    expect(response.status).toBe(200);
    expect(response.body.toll).toMatchObject({ version: 1, primarySource: 'OSDH', mayRise: true });
    const schemaUrl = response.body.standard.schema as string;
    expect(schemaUrl).toBe(`https://news.example.test/api/newsroom/schemas/ninjs-newsroom-${version}.json`);
    const served = await get(new URL(schemaUrl).pathname);
    expect(served.status).toBe(200);
    const ajv = new Ajv2020({ allErrors: true });
    addFormats(ajv);
    ajv.addSchema(geoJsonJsonSchema());
    ajv.addSchema(officialNinjsSchema(version as '2.2'));
    const validate = ajv.compile(served.body);
    expect(validate(response.body) ? '' : JSON.stringify(validate.errors)).toBe('');
    expect(validate({ ...response.body, toll: { ...response.body.toll, version: 'three' } })).toBe(false);
  });

  test('ETag and If-None-Match give 304; a toll revision changes the version', async () => {
    // Its own brief and toll: the seed's toll stays as the other ninjs tests read it.
    const editor = contentManager(app, await app.adminToken(DEMO.editor));
    const desk = tollDesk(app, await app.adminToken(DEMO.deskChief));
    const documentId = await publishNewBrief(editor, { headline: 'Strikes hit a market in Idleb' });
    const slug = (await editor.getBrief(documentId)).body.data.slug as string;
    const counts = (value: number) => [{ category: 'killed', value, qualifier: 'at-least', group: 'civilians', includes: [{ group: 'children', value: 1 }] }];
    expect((await desk.append(documentId, { source: 'OSDH', asOf: new Date(Date.now() - 60_000).toISOString(), counts: counts(15), mayRise: true, mayRiseReason: 'many are injured' }, '"0"')).status).toBe(201);
    const first = await get(`/api/newsroom/briefs/${slug}/ninjs`);
    expect(first.headers.etag).toBeTruthy();
    expect(first.headers['last-modified']).toBeTruthy();
    const again = await get(`/api/newsroom/briefs/${slug}/ninjs`).set('If-None-Match', first.headers.etag);
    expect(again.status).toBe(304);
    const version = (await desk.history(documentId)).body.meta.version;
    const appended = await desk.append(documentId, { source: 'OSDH', asOf: new Date().toISOString(), counts: counts(16), mayRise: true, mayRiseReason: 'rescuers are still searching' }, `"${version}"`);
    expect(appended.status).toBe(201);
    const changed = await get(`/api/newsroom/briefs/${slug}/ninjs`).set('If-None-Match', first.headers.etag);
    expect(changed.status).toBe(200);
    expect(Number(changed.body.version)).toBeGreaterThan(Number(first.body.version));
    expect(changed.body.descriptions).toContainEqual({ role: 'toll', value: 'At least 16 civilians killed, including a child; toll may rise (OSDH)' });
  });

  test('a killed brief is a canceled tombstone with the reason and no content; a draft is 404', async () => {
    const response = await get('/api/newsroom/briefs/air-strikes-hit-idleb-region-again/ninjs?version=3.1');
    expect(response.status).toBe(200);
    expect(formatNinjsErrors(validateNinjs(response.body, '3.1'))).toBe('valid');
    expect(response.body).toMatchObject({ pubStatus: 'canceled', edNote: 'Duplicate of an earlier item; please delete it from your systems.' });
    expect(response.body).not.toHaveProperty('headlines');
    expect(JSON.stringify(response.body)).not.toMatch(/Strikes hit the Idleb region overnight/);
    expect((await get('/api/newsroom/briefs/putin-and-erdogan-agree-on-a-ceasefire-in-idleb-draft/ninjs')).status).toBe(404);
  });

  test('bad parameters are 400; unknown schemas are 404', async () => {
    expect((await get(`/api/newsroom/briefs/${SEED_SLUG}/ninjs?version=1.5`)).status).toBe(400);
    expect((await get(`/api/newsroom/briefs/${SEED_SLUG}/ninjs?profile=afp`)).status).toBe(400);
    expect((await get('/api/newsroom/schemas/ninjs-newsroom-9.9.json')).status).toBe(404);
  });
});

describe('feed', () => {
  test('reads from the beginning in commit order, with the brief as it is now; nothing new gives [] and the same cursor, or 304', async () => {
    const { events, cursor } = await readFeed(null);
    const types = events.map((event) => `${event.type}:${event.locale}`);
    expect(types).toContain('brief.published:en');
    expect(types).toContain('brief.killed:en');
    expect(types).toContain('toll.updated:fr');
    const killed = events.find((event) => event.type === 'brief.killed');
    expect(killed?.brief).toBeNull();
    expect(new Set(events.map((event) => event.id)).size).toBe(events.length);
    const empty = await get(`/api/newsroom/feed?since=${cursor}`);
    expect(empty.body).toEqual({ data: [], meta: { next: cursor, hasMore: false } });
    const notModified = await get(`/api/newsroom/feed?since=${cursor}`).set('If-None-Match', empty.headers.etag);
    expect(notModified.status).toBe(304);
  });

  test('format=ninjs carries valid ninjs, a canceled tombstone for a kill, and no draft or killed content anywhere', async () => {
    const { events } = await readFeed(null, partner.accessKey, 50, '&format=ninjs');
    for (const event of events) {
      expect([event.id, formatNinjsErrors(validateNinjs(event.ninjs, '2.2'))]).toEqual([event.id, 'valid']);
    }
    const killed = events.find((event) => event.type === 'brief.killed');
    expect(killed?.ninjs).toMatchObject({ pubstatus: 'canceled' });
    const all = JSON.stringify(events);
    expect(all).not.toMatch(/Strikes hit the Idleb region overnight|ceasefire in Idleb \(draft\)|Draft: not yet confirmed/);
  });

  test('an invalid cursor, limit or format is a 400', async () => {
    for (const query of ['since=garbage', 'since=f1.LTE', 'limit=0', 'limit=201', 'format=xml', 'from=1']) {
      const response = await get(`/api/newsroom/feed?${query}`);
      expect([query, response.status]).toEqual([query, 400]);
    }
  });

  test('paging while a writer adds events yields every event exactly once', async () => {
    const { cursor: start } = await readFeed(null);
    const editor = contentManager(app, await app.adminToken(DEMO.editor));
    const seen: FeedEventBody[] = [];
    let cursor = start;
    const writer = (async () => {
      for (let index = 0; index < 12; index += 1) await publishNewBrief(editor, { headline: `Concurrent brief ${index}` });
    })();
    let writing = true;
    void writer.finally(() => {
      writing = false;
    });
    while (writing) {
      const response = await get(`/api/newsroom/feed?limit=2&since=${cursor}`);
      seen.push(...response.body.data);
      cursor = response.body.meta.next;
    }
    await writer;
    const rest = await readFeed(cursor, partner.accessKey, 2);
    seen.push(...rest.events);
    const published = seen.filter((event) => event.type === 'brief.published').map((event) => event.brief?.headline);
    expect(published.sort()).toEqual(Array.from({ length: 12 }, (_, index) => `Concurrent brief ${index}`).sort());
    expect(new Set(seen.map((event) => event.id)).size).toBe(seen.length);
  });

  test('an embargoed brief reaches entitled partners at once, everyone else only when the embargo passes', async () => {
    const { cursor: partnerStart } = await readFeed(null);
    const { cursor: entitledStart } = await readFeed(null, entitled.accessKey);
    const editor = contentManager(app, await app.adminToken(DEMO.editor));
    const embargoUntil = new Date(Date.now() + 3_600_000).toISOString();
    await publishNewBrief(editor, { headline: 'Embargoed election results', embargoUntil });
    expect((await get('/api/newsroom/briefs/embargoed-election-results')).status).toBe(404);
    const forEntitled = await get('/api/newsroom/briefs/embargoed-election-results', entitled.accessKey);
    expect(forEntitled.status).toBe(200);
    expect(forEntitled.body.data.embargoUntil).toBe(embargoUntil);
    const entitledNinjs = await get('/api/newsroom/briefs/embargoed-election-results/ninjs?version=3.1', entitled.accessKey);
    expect(entitledNinjs.body.embargoedUntil).toBe(embargoUntil);
    expect((await readFeed(entitledStart, entitled.accessKey)).events.map((event) => event.brief?.headline)).toContain('Embargoed election results');
    expect(JSON.stringify((await readFeed(partnerStart)).events)).not.toMatch(/Embargoed election results/);

    const embargo = app.strapi.plugin('newsroom').service('embargo') as { releaseDue: (now?: Date) => Promise<number> };
    expect(await embargo.releaseDue(new Date())).toBe(0);
    const afterEmbargo = new Date(Date.now() + 3_600_000 + 1000);
    expect(await embargo.releaseDue(afterEmbargo)).toBe(1);
    expect(await embargo.releaseDue(afterEmbargo)).toBe(0);
    const released = (await readFeed(partnerStart)).events.filter((event) => event.slug === 'embargoed-election-results');
    expect(released.map((event) => event.type)).toEqual(['brief.published']);
    // The release ran at a time still ahead of the clock: bring the embargo to that past, as the clock would have, so
    // no later test meets a released brief that the clock says is still embargoed (which production cannot have).
    await app.strapi.db.query('plugin::newsroom.brief').updateMany({ where: { slug: 'embargoed-election-results' }, data: { embargoUntil: new Date(Date.now() - 1000) } });
  });
});

describe('partner tokens', () => {
  test('a custom token with the read actions gets 401/403 on every write and admin route, and nothing outside the plugin', async () => {
    const documentId = await seedDocumentId(app);
    const calls: [string, string][] = [
      ['post', `/newsroom/briefs/${documentId}/tolls`],
      ['get', `/newsroom/briefs/${documentId}/tolls`],
      ['post', `/newsroom/briefs/${documentId}/kill`],
      ['put', '/newsroom/settings'],
      ['get', '/newsroom/webhooks'],
      ['post', '/content-manager/collection-types/plugin::newsroom.brief'],
      ['get', '/admin/users'],
      ['post', '/api/newsroom/briefs'],
      ['put', `/api/newsroom/briefs/${SEED_SLUG}`],
      ['delete', `/api/newsroom/briefs/${SEED_SLUG}`],
      ['get', '/api/users'],
      ['get', '/api/upload/files'],
      ['get', '/api/i18n/locales'],
    ];
    for (const [method, path] of calls) {
      const response = await (app.http() as unknown as Record<string, (url: string) => ReturnType<ReturnType<TestStrapi['http']>['get']>>)[method](path).set('Authorization', `Bearer ${partner.accessKey}`).send({});
      expect([method, path, [401, 403, 404, 405].includes(response.status)]).toEqual([method, path, true]);
      expect(JSON.stringify(response.body ?? {})).not.toMatch(/"email"|At least 15 civilians/);
    }
  });
});

test('the desk previews a draft as partners will get it (admin only)', async () => {
  const editorJwt = await app.adminToken(DEMO.editor);
  const editor = contentManager(app, editorJwt);
  const draft = await editor.createBrief({ headline: 'Preview me before publishing', summary: 'Not yet public.' });
  const preview = await app.http().get(`/newsroom/briefs/${draft.body.data.documentId}/ninjs?version=3.1`).set('Authorization', `Bearer ${editorJwt}`);
  expect(preview.status).toBe(200);
  expect(formatNinjsErrors(validateNinjs(preview.body.data, '3.1'))).toBe('valid');
  expect(preview.body.data.headlines).toEqual([{ role: 'main', value: 'Preview me before publishing' }]);
  const seedPreview = await app.http().get(`/newsroom/briefs/${await seedDocumentId(app)}/ninjs?locale=fr`).set('Authorization', `Bearer ${editorJwt}`);
  const related = seedPreview.body.data.associations.filter((association: { name: string }) => association.name.startsWith('related-'));
  expect(related.map((association: { headlines: { value: string }[] }) => association.headlines[0].value)).toEqual([
    "Syrie : Macron appelle à « un cessez-le-feu durable » dans la région d'Idleb",
    "Escalade en Syrie : Ankara riposte au régime d'Assad après la mort de 33 soldats turcs",
    'Syrian Observatory for Human Rights',
  ]);
  expect((await get(`/newsroom/briefs/${draft.body.data.documentId}/ninjs`)).status).toBe(401);
  expect((await get('/api/newsroom/briefs/preview-me-before-publishing/ninjs')).status).toBe(404);
});

test('a read-only API token reads every partner route (all read handlers are find / findOne)', async () => {
  const readOnly = (await app.apiToken('read-only')).accessKey;
  for (const path of [
    '/api/newsroom/briefs',
    `/api/newsroom/briefs/${SEED_SLUG}`,
    `/api/newsroom/briefs/${SEED_SLUG}/tolls`,
    `/api/newsroom/briefs/${SEED_SLUG}/ninjs`,
    '/api/newsroom/tags',
    '/api/newsroom/feed',
    '/api/newsroom/schemas/ninjs-newsroom-3.1.json',
  ]) {
    expect([path, (await get(path, readOnly)).status]).toEqual([path, 200]);
  }
});
