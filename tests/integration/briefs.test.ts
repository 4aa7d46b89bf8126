/**
 * Foundation, end to end over HTTP on a real Strapi: editors write through the Content Manager, partners read
 * through the Content API with real API tokens.
 */
import { bootStrapi, DEMO, type TestStrapi } from '../helpers/strapi';
import { contentManager, publishNewBrief } from '../helpers/content-manager';
import { SEED_EXTERNAL_ID, seedDocumentId } from '../helpers/toll-desk';

let app: TestStrapi;
let editor: ReturnType<typeof contentManager>;
let readOnlyKey: string;
let partnerKey: string;

const api = (path: string, key = readOnlyKey) => app.http().get(path).set('Authorization', `Bearer ${key}`);

/**
 * Every describe block boots its own Strapi on a fresh database (one at a time: Strapi's state is process-wide), so
 * the seed block reads the seed alone, whatever the other blocks published or killed, in any order.
 */
const bootForThisBlock = () => {
  beforeAll(async () => {
    app = await bootStrapi();
    editor = contentManager(app, await app.adminToken(DEMO.editor));
    readOnlyKey = (await app.apiToken('read-only')).accessKey;
    partnerKey = (await app.apiToken('custom', [
      'plugin::newsroom.brief.find', 'plugin::newsroom.brief.findOne', 'plugin::newsroom.tag.find', 'plugin::newsroom.toll.find',
    ])).accessKey;
  });
  afterAll(async () => {
    await app?.destroy();
  });
};

describe('the seed brief through the Content API', () => {
  bootForThisBlock();

  test('lists the published, usable briefs newest first with tags, credit, photo, related stories and toll', async () => {
    const response = await api('/api/newsroom/briefs?locale=en');
    expect(response.status).toBe(200);
    expect(response.headers.vary).toMatch(/Authorization/);
    const headlines = response.body.data.map((brief: { headline: string }) => brief.headline);
    expect(headlines).toHaveLength(3);
    expect(headlines[0]).toMatch(/At least 15 civilians/);
    expect(response.body.meta.pagination).toEqual({ page: 1, pageSize: 20, pageCount: 1, total: 3 });
    const seed = response.body.data[0];
    expect(seed).toMatchObject({
      locale: 'en',
      byline: 'AFP',
      dateline: 'Maaret Misrin, Syria',
      slugline: 'SYRIA-CONFLICT',
      editorialStatus: 'usable',
      firstPublishedAt: '2020-03-05T09:12:00.000Z',
      credit: { raw: 'Ahmad al-ATRASH / AFP', photographers: ['Ahmad al-ATRASH'], agencies: ['AFP'], restrictions: [] },
    });
    expect(seed.tags).toEqual([
      { name: 'Air strikes', slug: 'air-strikes', kind: 'subject' },
      { name: 'Russia', slug: 'russia', kind: 'place' },
      { name: 'Syria', slug: 'syria', kind: 'place' },
      { name: 'World', slug: 'world', kind: 'subject' },
      { name: 'Turkey', slug: 'turkey', kind: 'place' },
      { name: 'Offensive', slug: 'offensive', kind: 'subject' },
      { name: 'OSDH', slug: 'osdh', kind: 'organisation' },
    ]);
    expect(seed.relatedBriefs.map((related: { headline: string }) => related.headline)).toEqual([
      'Syria: Macron calls for "a lasting cease-fire" in the Idlib region',
      'Climbing in Syria: Ankara responds to the Assad regime after the death of 33 Turkish soldiers',
    ]);
    expect(seed.photo.url).toMatch(/^https:\/\/news\.example\.test\/uploads\/.+\.png$/);
    expect(seed.photo.formats.thumbnail.url).toMatch(/^https:\/\/news\.example\.test\/uploads\/thumbnail_/);
    expect(seed.photo.caption).toMatch(/were killed Thursday/);
    expect(seed.bodyHtml).toContain('<h2>Many injured in critical condition</h2>');
    expect(seed.toll).toMatchObject({ version: 1, primarySource: 'OSDH', mayRise: true, text: 'At least 15 civilians killed, including a child; toll may rise (OSDH)' });
    for (const forbidden of ['id', 'createdBy', 'updatedBy', 'publishedAt', 'killReason', 'statusChangedAt', 'externalId', 'createdAt']) {
      expect(seed).not.toHaveProperty(forbidden);
    }
  });

  test('serves the French version with its own slug and toll sentence', async () => {
    const list = await api('/api/newsroom/briefs?locale=fr');
    expect(list.status).toBe(200);
    const seed = list.body.data.find((brief: { slugline: string }) => brief.slugline === 'SYRIA-CONFLICT');
    expect(seed.slug).toBe('syrie-au-moins-15-civils-dont-un-enfant-tues-dans-des-frappes-russes-a-idleb');
    expect(seed.toll.text).toBe("Au moins 15 civils tués, dont un enfant ; le bilan pourrait s'alourdir (OSDH)");
    // Related stories come in the reader's locale when they have one.
    expect(seed.relatedBriefs.map((related: { locale: string; headline: string }) => [related.locale, related.headline])).toEqual([
      ['fr', "Syrie : Macron appelle à « un cessez-le-feu durable » dans la région d'Idleb"],
      ['fr', "Escalade en Syrie : Ankara riposte au régime d'Assad après la mort de 33 soldats turcs"],
    ]);
    const one = await api(`/api/newsroom/briefs/${seed.slug}?locale=fr`);
    expect(one.status).toBe(200);
    expect(one.body.data.headline).toBe('Syrie : au moins 15 civils, dont un enfant, tués dans des frappes russes à Idleb');
    // A slug only French published needs no locale=fr: the slug says it (its tolls and ninjs too).
    const bySlug = await api(`/api/newsroom/briefs/${seed.slug}`);
    expect(bySlug.status).toBe(200);
    expect(bySlug.body.data).toMatchObject({ locale: 'fr', headline: one.body.data.headline });
    const tolls = await api(`/api/newsroom/briefs/${seed.slug}/tolls`);
    expect(tolls.status).toBe(200);
    expect(tolls.body.data[0]).toMatchObject({ source: 'OSDH', revision: 1 });
    // An explicit locale still wins: the French slug is not an English brief.
    expect((await api(`/api/newsroom/briefs/${seed.slug}?locale=en`)).status).toBe(404);
  });

  test('filters by tag slug and paginates', async () => {
    const syria = await api('/api/newsroom/briefs?filters[tags][slug]=syria');
    expect(syria.body.data).toHaveLength(1);
    const none = await api('/api/newsroom/briefs?filters[tags][slug][$eq]=nowhere');
    expect(none.body).toEqual({ data: [], meta: { pagination: { page: 1, pageSize: 20, pageCount: 0, total: 0 }, next: null, hasMore: false } });
    const page2 = await api('/api/newsroom/briefs?page=2&pageSize=2');
    expect(page2.body.data).toHaveLength(1);
    expect(page2.body.meta.pagination).toEqual({ page: 2, pageSize: 2, pageCount: 2, total: 3 });
  });

  test('a killed brief is 410 with no content, a draft is 404, and neither is listed', async () => {
    const killed = await api('/api/newsroom/briefs/air-strikes-hit-idleb-region-again');
    expect(killed.status).toBe(410);
    expect(killed.body.data).toBeNull();
    expect(killed.body.error).toMatchObject({ status: 410, name: 'GoneError' });
    expect(killed.body.error.details).toEqual({
      documentId: expect.any(String),
      killedAt: expect.stringMatching(/^\d{4}-/),
      reason: 'Duplicate of an earlier item; please delete it from your systems.',
    });
    expect(JSON.stringify(killed.body)).not.toMatch(/Strikes hit the Idleb region overnight/);
    const draft = await api('/api/newsroom/briefs/putin-and-erdogan-agree-on-a-ceasefire-in-idleb-draft');
    const unknown = await api('/api/newsroom/briefs/no-such-brief');
    expect(draft.status).toBe(404);
    expect(draft.body).toEqual(unknown.body);
    const list = await api('/api/newsroom/briefs?pageSize=100');
    expect(JSON.stringify(list.body)).not.toMatch(/ceasefire in Idleb|Air strikes hit Idleb region again/);
  });

  test('a custom token holding only the plugin read actions reads briefs; no token gets 403 until Public is granted', async () => {
    const withPartner = await api('/api/newsroom/briefs', partnerKey);
    expect(withPartner.status).toBe(200);
    expect(withPartner.body.data[0].tags).toHaveLength(7);
    const tags = await api('/api/newsroom/tags', partnerKey);
    expect(tags.status).toBe(200);
    expect(tags.body.data).toContainEqual({ name: 'OSDH', slug: 'osdh', kind: 'organisation' });
    const anonymousFeed = await app.http().get('/api/newsroom/briefs');
    expect(anonymousFeed.status).toBe(200); // the playground grants Public the read actions
    const badToken = await app.http().get('/api/newsroom/briefs').set('Authorization', 'Bearer not-a-token');
    expect(badToken.status).toBe(401);
  });

  test('query parameters are validated', async () => {
    for (const [query, field] of [
      ['pageSize=101', 'pageSize'],
      ['page=0', 'page'],
      ['page=abc', 'page'],
      ['populate=*', 'populate'],
      ['locale=../../etc', 'locale'],
      ['filters[headline][$contains]=x', 'filters'],
      ['sort=headline', 'sort'],
    ]) {
      const response = await api(`/api/newsroom/briefs?${query}`);
      expect([query, response.status]).toEqual([query, 400]);
      expect(response.body.error.name).toBe('ValidationError');
      expect(response.body.error.message).toContain(field);
    }
    const unknownLocale = await api('/api/newsroom/briefs?locale=de');
    expect(unknownLocale.status).toBe(400);
    expect(unknownLocale.body.error.message).toMatch(/locale de/);
  });
});

describe('an editor writing through the Content Manager', () => {
  bootForThisBlock();

  test('creates a brief with tags, a related brief and links, publishes it, and a token reads it', async () => {
    const tags = await editor.listTags();
    const syria = tags.body.results.find((tag: { slug: string }) => tag.slug === 'syria');
    const seedId = await seedDocumentId(app);
    const seedList = await api('/api/newsroom/briefs?locale=en&pageSize=100');
    const seed = seedList.body.data.find((brief: { documentId: string }) => brief.documentId === seedId);
    expect(seed).toBeDefined();
    const documentId = await publishNewBrief(editor, {
      headline: 'Alep : 15 morts dans des frappes',
      summary: 'Au moins 15 personnes ont été tuées.',
      urgency: 2,
      photoCredit: 'OMAR HAJ KADOUR / AFP / TURKEY OUT',
      tags: { connect: [{ documentId: syria.documentId }] },
      relatedBriefs: { connect: [{ documentId: seed.documentId, locale: 'en' }] },
      relatedLinks: [{ title: 'UN statement', url: 'https://news.un.org/en/story' }],
    });
    const read = await api('/api/newsroom/briefs/alep-15-morts-dans-des-frappes');
    expect(read.status).toBe(200);
    expect(read.body.data).toMatchObject({
      documentId,
      slug: 'alep-15-morts-dans-des-frappes',
      urgency: 2,
      tags: [{ name: 'Syria', slug: 'syria', kind: 'place' }],
      relatedBriefs: [{ documentId: seed.documentId, locale: 'en', slug: seed.slug, headline: seed.headline }],
      relatedLinks: [{ title: 'UN statement', url: 'https://news.un.org/en/story' }],
      credit: { photographers: ['OMAR HAJ KADOUR'], agencies: ['AFP'], restrictions: ['TURKEY OUT'] },
      toll: null,
    });
    expect(new Date(read.body.data.firstPublishedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  test('slugs are filled from the headline, folded, and made unique with -2, -3', async () => {
    const first = await editor.createBrief({ headline: 'Séisme à Alep : 15 morts' });
    const second = await editor.createBrief({ headline: 'Séisme à Alep: 15 morts!' });
    const third = await editor.createBrief({ headline: 'SÉISME À ALEP — 15 MORTS' });
    expect([first.body.data.slug, second.body.data.slug, third.body.data.slug]).toEqual(['seisme-a-alep-15-morts', 'seisme-a-alep-15-morts-2', 'seisme-a-alep-15-morts-3']);
  });

  test('firstPublishedAt is set once and kept when the brief is republished', async () => {
    const documentId = await publishNewBrief(editor, { headline: 'Republish keeps the first publication time' });
    const first = (await api('/api/newsroom/briefs/republish-keeps-the-first-publication-time')).body.data.firstPublishedAt;
    await editor.updateBrief(documentId, { headline: 'Republish keeps the first publication time', summary: 'Updated' });
    expect((await editor.publishBrief(documentId)).status).toBe(200);
    const again = (await api('/api/newsroom/briefs/republish-keeps-the-first-publication-time')).body.data;
    expect(again.summary).toBe('Updated');
    expect(again.firstPublishedAt).toBe(first);
    const forged = await editor.updateBrief(documentId, { firstPublishedAt: '2001-01-01T00:00:00.000Z' });
    expect(forged.status).toBe(200);
    await editor.publishBrief(documentId);
    expect((await api('/api/newsroom/briefs/republish-keeps-the-first-publication-time')).body.data.firstPublishedAt).toBe(first);
  });

  test('related briefs that are not public are left out of a public brief', async () => {
    const draft = await editor.createBrief({ headline: 'A draft nobody may see' });
    const killedList = await app.strapi.db.query('plugin::newsroom.brief').findOne({ where: { externalId: 'seed-killed-duplicate-idleb' } });
    const documentId = await publishNewBrief(editor, {
      headline: 'Brief with hidden relations',
      relatedBriefs: { connect: [{ documentId: draft.body.data.documentId, locale: 'en' }, { documentId: killedList.documentId, locale: 'en' }] },
    });
    const read = await api('/api/newsroom/briefs/brief-with-hidden-relations');
    expect(read.body.data.documentId).toBe(documentId);
    expect(read.body.data.relatedBriefs).toEqual([]);
    expect(JSON.stringify(read.body)).not.toMatch(/A draft nobody may see|Air strikes hit Idleb/);
  });

  test('an embargoed brief is 404 and unlisted until its time', async () => {
    const embargoUntil = new Date(Date.now() + 3_600_000).toISOString();
    await publishNewBrief(editor, { headline: 'Embargoed results', embargoUntil });
    expect((await api('/api/newsroom/briefs/embargoed-results')).status).toBe(404);
    expect(JSON.stringify((await api('/api/newsroom/briefs?pageSize=100')).body)).not.toMatch(/Embargoed results/);
  });

  test('a published brief cannot be deleted: it must be killed', async () => {
    const documentId = await publishNewBrief(editor, { headline: 'Do not delete me' });
    const response = await editor.deleteBrief(documentId);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/kill it instead/);
    expect((await api('/api/newsroom/briefs/do-not-delete-me')).status).toBe(200);
  });
});

describe('bad input is refused with the field named, and nothing is written', () => {
  bootForThisBlock();

  const cases: [string, Record<string, unknown>, string][] = [
    ['missing headline', { summary: 'No headline' }, 'headline'],
    ['blank headline', { headline: '   ' }, 'headline'],
    ['201-character headline', { headline: 'x'.repeat(201) }, 'headline'],
    ['urgency 0', { headline: 'Urgency zero', urgency: 0 }, 'urgency'],
    ['urgency 10', { headline: 'Urgency ten', urgency: 10 }, 'urgency'],
    ['urgency "high"', { headline: 'Urgency high', urgency: 'high' }, 'urgency'],
    ['urgency 2.5', { headline: 'Urgency fraction', urgency: 2.5 }, 'urgency'],
    ['javascript: link', { headline: 'Bad link', relatedLinks: [{ title: 'x', url: 'javascript:alert(1)' }] }, 'relatedLinks'],
    ['relative link', { headline: 'Relative link', relatedLinks: [{ title: 'x', url: '/relative/path' }] }, 'relatedLinks'],
    ['link without title', { headline: 'Untitled link', relatedLinks: [{ url: 'https://example.org' }] }, 'relatedLinks'],
    ['relatedLinks not a list', { headline: 'Links object', relatedLinks: { url: 'https://example.org' } }, 'relatedLinks'],
    ['unknown editorialStatus', { headline: 'Bad status', editorialStatus: 'published' }, 'editorialStatus'],
    ['slugline of 65 characters', { headline: 'Long slugline', slugline: 'S'.repeat(65) }, 'slugline'],
    ['malformed embargo', { headline: 'Bad embargo', embargoUntil: 'tomorrow' }, 'embargoUntil'],
    ['duplicate slug in one locale', { headline: 'Another headline', slug: 'at-least-15-civilians-including-a-child-killed-in-russian-strikes-in-syrias-idleb' }, 'slug'],
    ['duplicate externalId', { headline: 'Same agency id', externalId: SEED_EXTERNAL_ID }, 'externalId'],
  ];

  test.each(cases)('%s', async (_label, data, field) => {
    const before = await editor.countBriefs();
    const response = await editor.createBrief(data);
    expect(response.status).toBe(400);
    expect(response.body.error.name).toBe('ValidationError');
    expect(response.body.error.message).toContain(field);
    expect(response.body.error.details.errors[0].path[0]).toBe(field);
    expect(await editor.countBriefs()).toBe(before);
  });

  test('an update with bad fields changes nothing', async () => {
    const created = await editor.createBrief({ headline: 'Stays as it is', urgency: 5 });
    const response = await editor.updateBrief(created.body.data.documentId, { headline: 'x'.repeat(201), urgency: 0 });
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors.map((error: { path: string[] }) => error.path[0])).toEqual(['headline', 'urgency']);
    const stored = await editor.getBrief(created.body.data.documentId);
    expect(stored.body.data).toMatchObject({ headline: 'Stays as it is', urgency: 5 });
  });

  test('a tag kind outside the enum, a missing tag name and a duplicate tag slug are refused', async () => {
    const before = await app.strapi.db.query('plugin::newsroom.tag').count({});
    const badKind = await editor.createTag({ name: 'Somewhere', kind: 'country' });
    expect(badKind.status).toBe(400);
    expect(badKind.body.error.message).toContain('kind');
    const noName = await editor.createTag({ kind: 'place' });
    expect(noName.status).toBe(400);
    expect(noName.body.error.message).toContain('name');
    const duplicate = await editor.createTag({ name: 'Syrie', slug: 'syria', kind: 'place' });
    expect(duplicate.status).toBe(400);
    expect(duplicate.body.error.message).toContain('slug');
    expect(await app.strapi.db.query('plugin::newsroom.tag').count({})).toBe(before);
    const generated = await editor.createTag({ name: 'Syria!', kind: 'place' });
    expect(generated.status).toBe(201);
    expect(generated.body.data.slug).toBe('syria-2');
  });
});

describe('keyset pages (?after=<cursor> from meta.next)', () => {
  bootForThisBlock();

  type ListBody = { data: { slug: string; documentId: string }[]; meta: { next: string | null; hasMore: boolean; pagination: { page: number; total: number } } };
  const list = async (query: string): Promise<ListBody> => {
    const response = await api(`/api/newsroom/briefs?${query}`);
    expect([query, response.status]).toEqual([query, 200]);
    return response.body as ListBody;
  };
  /** Every page from the first, following meta.next; `between` runs after the first page. */
  const walk = async (pageSize: number, between: () => Promise<void> = async () => {}) => {
    const pages: ListBody[] = [await list(`pageSize=${pageSize}`)];
    await between();
    while (pages[pages.length - 1].meta.hasMore) pages.push(await list(`pageSize=${pageSize}&after=${pages[pages.length - 1].meta.next}`));
    return pages;
  };

  test('walking the cursor returns the list once, in order, with page numbers and totals; bad cursors are 400 naming after', async () => {
    for (const index of [1, 2, 3, 4]) await publishNewBrief(editor, { headline: `Keyset walk brief ${index}` });
    const all = (await list('pageSize=100')).data.map((brief) => brief.slug);
    expect(all.length).toBeGreaterThanOrEqual(5);
    const pages = await walk(2);
    expect(pages.flatMap((page) => page.data.map((brief) => brief.slug))).toEqual(all);
    expect(pages.map((page) => page.meta.pagination.page)).toEqual(pages.map((_page, index) => index + 1));
    expect(pages.every((page) => page.meta.pagination.total === all.length)).toBe(true);
    // Page numbers and cursors agree: page 2 by number is the first cursor's page.
    expect((await list('pageSize=2&page=2')).data).toEqual(pages[1].data);
    expect((await list('pageSize=2&page=2')).meta.next).toBe(pages[1].meta.next);
    // Past the end: nothing, the cursor sent back, no more.
    const last = pages[pages.length - 1].meta.next as string;
    expect((await list(`pageSize=2&after=${last}`))).toMatchObject({ data: [], meta: { next: last, hasMore: false } });

    for (const [query, message] of [
      ['after=nope', /after/],
      [`after=${last}~`, /after/],
      ['after=b1.bm9wZQ', /after/],
      [`after=${last}&page=2`, /after/],
      [`after=${last}&after=${last}`, /after/],
    ] as const) {
      const response = await api(`/api/newsroom/briefs?${query}`);
      expect([query, response.status]).toEqual([query, 400]);
      expect(response.body.error.details.errors[0].path).toEqual(['after']);
      expect(response.body.error.message).toMatch(message);
    }
  });

  test('a brief published, killed or embargoed during the walk causes no duplicate and no gap, and nothing unlisted appears', async () => {
    // Its own victim, with two briefs after it: newest first, the victim is past the first page of two (read before
    // the kill), so its kill happens ahead of the walk.
    const victimId = await publishNewBrief(editor, { headline: 'Keyset victim brief' });
    for (const index of [1, 2]) await publishNewBrief(editor, { headline: `Keyset brief after the victim ${index}` });
    const before = (await list('pageSize=100')).data;
    const victim = before.find((brief) => brief.documentId === victimId) as ListBody['data'][number];
    expect(before.indexOf(victim)).toBeGreaterThanOrEqual(2);
    const deskChief = await app.adminToken(DEMO.deskChief);
    let fresh = '';
    const pages = await walk(2, async () => {
      fresh = (await app.strapi.documents('plugin::newsroom.brief').findOne({ documentId: await publishNewBrief(editor, { headline: 'Keyset breaking brief' }), locale: 'en' }))?.slug as string;
      await publishNewBrief(editor, { headline: 'Keyset embargoed brief', embargoUntil: new Date(Date.now() + 3_600_000).toISOString() });
      const kill = await app.http().post(`/newsroom/briefs/${victim.documentId}/kill`).set('Authorization', `Bearer ${deskChief}`).send({ reason: 'Wrong town' });
      expect(kill.status).toBe(200);
    });
    const walked = pages.flatMap((page) => page.data.map((brief) => brief.slug));
    // The new brief is newer than the cursor (it heads the next first page), the killed one leaves, the rest stay in order.
    expect(walked).toEqual(before.map((brief) => brief.slug).filter((slug) => slug !== victim.slug));
    expect(new Set(walked).size).toBe(walked.length);
    const now = (await list('pageSize=100')).data.map((brief) => brief.slug);
    expect(now[0]).toBe(fresh);
    expect(now).not.toContain(victim.slug);
    expect(now.some((slug) => slug.startsWith('keyset-embargoed-brief'))).toBe(false);
  });
});
