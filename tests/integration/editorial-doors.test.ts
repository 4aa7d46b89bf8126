/**
 * A kill is final through every door, and status changes of a brief that was ever public go through the editorial
 * actions and their permission: the plugin's actions, the Content Manager (publish, unpublish, update, discard draft,
 * bulk actions, a new locale), a Document Service call from a script, and the Content Manager conditions of the
 * user. Runs on SQLite and PostgreSQL.
 */
import { bootStrapi, DEMO, DEMO_PASSWORD, type TestStrapi } from '../helpers/strapi';
import { contentManager, publishNewBrief } from '../helpers/content-manager';

const BRIEF = 'plugin::newsroom.brief';
const BRIEFS_CM = '/content-manager/collection-types/plugin::newsroom.brief';

let app: TestStrapi;
let chiefJwt: string;
let editorJwt: string;

beforeAll(async () => {
  app = await bootStrapi();
  chiefJwt = await app.adminToken(DEMO.deskChief);
  editorJwt = await app.adminToken(DEMO.editor);
}, 180_000);
afterAll(async () => {
  await app?.destroy();
});

const action = (jwt: string, documentId: string, name: 'kill' | 'withhold' | 'release', reason?: string) =>
  app.http().post(`/newsroom/briefs/${documentId}/${name}`).set('Authorization', `Bearer ${jwt}`).send(reason ? { reason } : {});

const eventsOf = async (documentId: string) =>
  ((await app.strapi.db.query('plugin::newsroom.feed-event').findMany({ where: { briefDocumentId: documentId }, orderBy: { seq: 'asc' } })) as { type: string }[]).map(
    (event) => event.type,
  );

const rowsOf = async (documentId: string) =>
  (await app.strapi.db.query(BRIEF).findMany({ select: ['locale', 'editorialStatus', 'killReason', 'publishedAt'], where: { documentId } })) as {
    locale: string;
    editorialStatus: string;
    killReason: string | null;
    publishedAt: string | null;
  }[];

const slugOf = async (documentId: string) =>
  ((await app.strapi.db.query(BRIEF).findOne({ select: ['slug'], where: { documentId, locale: 'en' } })) as { slug: string }).slug;

let counter = 0;
const newBrief = async () => {
  counter += 1;
  return publishNewBrief(contentManager(app, editorJwt), { headline: `Doors test brief ${counter} ${Date.now()}`, summary: 'Summary.' });
};

describe('a killed brief stays killed, whatever door is tried', () => {
  let documentId: string;
  let slug: string;
  let eventsAfterKill: string[];

  beforeAll(async () => {
    documentId = await newBrief();
    slug = await slugOf(documentId);
    expect((await action(chiefJwt, documentId, 'kill', 'Legal: wrong name')).status).toBe(200);
    eventsAfterKill = await eventsOf(documentId);
  });

  const expectStillKilled = async () => {
    const rows = await rowsOf(documentId);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatchObject({ editorialStatus: 'killed', killReason: 'Legal: wrong name' });
    expect(rows.some((row) => row.publishedAt !== null)).toBe(true);
    const publicRead = await app.http().get(`/api/newsroom/briefs/${slug}`);
    expect(publicRead.status).toBe(410);
    expect(await eventsOf(documentId)).toEqual(eventsAfterKill);
  };

  test.each([
    ['kill again', () => action(chiefJwt, documentId, 'kill', 'again')],
    ['withhold', () => action(chiefJwt, documentId, 'withhold', 'hold')],
    ['release', () => action(chiefJwt, documentId, 'release')],
  ])('editorial action %s → 409 naming the current status', async (_name, send) => {
    const response = await send();
    expect(response.status).toBe(409);
    expect(response.body.error).toMatchObject({ name: 'ConflictError', details: { currentStatus: 'killed' } });
    await expectStillKilled();
  });

  test.each([
    ['publish', (cm: ReturnType<typeof contentManager>) => cm.publishBrief(documentId)],
    ['unpublish (would erase the tombstone)', (cm: ReturnType<typeof contentManager>) => cm.unpublishBrief(documentId)],
    ['update of the draft', (cm: ReturnType<typeof contentManager>) => cm.updateBrief(documentId, { headline: 'Back from the dead', editorialStatus: 'usable' })],
    ['update without a status', (cm: ReturnType<typeof contentManager>) => cm.updateBrief(documentId, { summary: 'Edited after the kill' })],
    ['a new French locale', (cm: ReturnType<typeof contentManager>) => cm.updateBrief(documentId, { headline: 'Brève ressuscitée' }, 'fr')],
    ['delete', (cm: ReturnType<typeof contentManager>) => cm.deleteBrief(documentId)],
  ])('Content Manager %s, even as super admin → 409, nothing changes', async (_name, send) => {
    const response = await send(contentManager(app, await app.adminToken(DEMO.admin)));
    expect(response.status).toBe(409);
    expect(response.body.error.details).toMatchObject({ currentStatus: 'killed' });
    await expectStillKilled();
  });

  test('Content Manager discard draft and bulk actions → refused, nothing changes', async () => {
    const auth = { Authorization: `Bearer ${await app.adminToken(DEMO.admin)}` };
    const discard = await app.http().post(`${BRIEFS_CM}/${documentId}/actions/discard?locale=en`).set(auth).send({});
    expect(discard.status).toBe(409);
    const bulkUnpublish = await app.http().post(`${BRIEFS_CM}/actions/bulkUnpublish?locale=en`).set(auth).send({ documentIds: [documentId] });
    expect(bulkUnpublish.status).toBeGreaterThanOrEqual(400);
    expect(bulkUnpublish.status).toBeLessThan(500);
    const bulkPublish = await app.http().post(`${BRIEFS_CM}/actions/bulkPublish?locale=en`).set(auth).send({ documentIds: [documentId] });
    expect(bulkPublish.status).toBeGreaterThanOrEqual(400);
    expect(bulkPublish.status).toBeLessThan(500);
    await expectStillKilled();
  });

  test('a Document Service call from another plugin or a script cannot revive it', async () => {
    const documents = app.strapi.documents(BRIEF);
    await expect(documents.publish({ documentId, locale: 'en' })).rejects.toMatchObject({ status: 409 });
    await expect(documents.unpublish({ documentId, locale: 'en' })).rejects.toMatchObject({ status: 409 });
    await expect(documents.update({ documentId, locale: 'en', data: { editorialStatus: 'usable' } as never, status: 'published' })).rejects.toMatchObject({ status: 409 });
    await expect(documents.discardDraft({ documentId, locale: 'en' })).rejects.toMatchObject({ status: 409 });
    await expect(documents.delete({ documentId, locale: 'en' })).rejects.toMatchObject({ status: 409 });
    await expectStillKilled();
  });

  test('the embargo release job never publishes it', async () => {
    await app.strapi.db.query(BRIEF).updateMany({ where: { documentId }, data: { embargoUntil: new Date(Date.now() - 60_000) } });
    await app.strapi.plugin('newsroom').service('embargo').releaseDue();
    await expectStillKilled();
  });
});

describe('status changes of a brief that was ever public go through the editorial actions', () => {
  test('an Editor cannot release a withheld brief by unpublish → edit status → publish', async () => {
    const documentId = await newBrief();
    const slug = await slugOf(documentId);
    expect((await action(chiefJwt, documentId, 'withhold', 'Checking the toll')).status).toBe(200);
    const cm = contentManager(app, editorJwt);
    expect((await action(editorJwt, documentId, 'release')).status).toBe(403);
    expect((await cm.unpublishBrief(documentId)).status).toBe(200);
    const edit = await cm.updateBrief(documentId, { editorialStatus: 'usable' });
    expect(edit.status).toBe(400);
    expect(edit.body.error.details.errors).toEqual([expect.objectContaining({ path: ['editorialStatus'] })]);
    expect((await cm.publishBrief(documentId)).status).toBe(200);
    for (const row of await rowsOf(documentId)) expect(row.editorialStatus).toBe('withheld');
    expect((await app.http().get(`/api/newsroom/briefs/${slug}`)).status).toBe(404);
    expect(await eventsOf(documentId)).toEqual(['brief.published', 'brief.withheld']);
  });

  test('a Document Service update cannot change the status of a brief that was published', async () => {
    const documentId = await newBrief();
    await expect(
      app.strapi.documents(BRIEF).update({ documentId, locale: 'en', data: { editorialStatus: 'withheld' } as never, status: 'published' }),
    ).rejects.toMatchObject({ details: { errors: [expect.objectContaining({ path: ['editorialStatus'] })] } });
    for (const row of await rowsOf(documentId)) expect(row.editorialStatus).toBe('usable');
  });

  test('a new locale of a withheld brief is withheld too, and publishing it shows nothing', async () => {
    const documentId = await newBrief();
    expect((await action(chiefJwt, documentId, 'withhold', 'Hold all versions')).status).toBe(200);
    const cm = contentManager(app, editorJwt);
    const fr = await cm.updateBrief(documentId, { headline: `Version française ${Date.now()}`, editorialStatus: 'usable' }, 'fr');
    expect(fr.status).toBe(400);
    const frWithoutStatus = await cm.updateBrief(documentId, { headline: `Version française ${Date.now()}` }, 'fr');
    expect(frWithoutStatus.status).toBe(200);
    expect((await cm.publishBrief(documentId, 'fr')).status).toBe(200);
    for (const row of await rowsOf(documentId)) expect(row.editorialStatus).toBe('withheld');
    const list = await app.http().get('/api/newsroom/briefs?locale=fr&pageSize=100');
    expect(list.body.data.map((brief: { documentId: string }) => brief.documentId)).not.toContain(documentId);
  });

  test('create and update with status "published" go through the publish rules and write their feed event', async () => {
    const created = await app.strapi.documents(BRIEF).create({ data: { headline: `Scripted brief ${Date.now()}` } as never, status: 'published' });
    const documentId = (created as { documentId: string }).documentId;
    const rows = await rowsOf(documentId);
    expect(rows.filter((row) => row.publishedAt !== null)).toHaveLength(1);
    expect(await eventsOf(documentId)).toEqual(['brief.published']);
    const firstPublished = (await app.strapi.db.query(BRIEF).findOne({ select: ['firstPublishedAt'], where: { documentId, publishedAt: { $notNull: true } } })) as {
      firstPublishedAt: string | null;
    };
    expect(firstPublished.firstPublishedAt).not.toBeNull();
    await app.strapi.documents(BRIEF).update({ documentId, locale: 'en', data: { summary: 'Updated by a script' } as never, status: 'published' });
    expect(await eventsOf(documentId)).toEqual(['brief.published', 'brief.updated']);
  });
});

describe('editorial actions and toll appends apply the Content Manager conditions', () => {
  let ownChiefJwt: string;

  beforeAll(async () => {
    // A desk chief limited to their own briefs: kill and toll permissions, Content Manager update only as creator.
    const roles = app.strapi.service('admin::role');
    const role = await roles.create({ name: `Own-briefs chief ${Date.now()}`, description: 'Kill and tolls on own briefs' });
    const cm = 'plugin::content-manager.explorer';
    const conditionsOf: Record<string, string[]> = { read: [], create: [], update: ['admin::is-creator'], publish: ['admin::is-creator'] };
    const { actionProvider } = app.strapi.service('admin::permission');
    const definitions = Object.keys(conditionsOf).map((name) => ({ ...actionProvider.get(`${cm}.${name}`), subjects: [BRIEF] }));
    const withFields = app.strapi.service('admin::content-type').getPermissionsWithNestedFields(definitions) as { action: string; subject: string; properties: Record<string, unknown> }[];
    await roles.assignPermissions(role.id, [
      { action: 'plugin::newsroom.briefs.kill', subject: null, conditions: [] },
      { action: 'plugin::newsroom.tolls.update', subject: null, conditions: [] },
      ...withFields.map((permission) => ({
        ...permission,
        properties: { ...permission.properties, locales: ['en', 'fr'] },
        conditions: conditionsOf[permission.action.slice(cm.length + 1)],
      })),
    ]);
    const email = `own-chief-${Date.now()}@newsroom.local`;
    await app.strapi.service('admin::user').create({ email, firstname: 'Own', lastname: 'Chief', password: DEMO_PASSWORD, isActive: true, registrationToken: null, roles: [role.id] });
    ownChiefJwt = await app.adminToken(email);
  });

  test('kill, withhold and toll append on another editor\'s brief → 403, nothing written', async () => {
    const documentId = await newBrief();
    const before = await eventsOf(documentId);
    expect((await action(ownChiefJwt, documentId, 'kill', 'not mine')).status).toBe(403);
    expect((await action(ownChiefJwt, documentId, 'withhold', 'not mine')).status).toBe(403);
    const toll = await app
      .http()
      .post(`/newsroom/briefs/${documentId}/tolls`)
      .set('Authorization', `Bearer ${ownChiefJwt}`)
      .set('If-Match', '"0"')
      .send({ source: 'OSDH', asOf: new Date().toISOString(), counts: [{ category: 'killed', value: 3, qualifier: 'exact' }] });
    expect(toll.status).toBe(403);
    for (const row of await rowsOf(documentId)) expect(row.editorialStatus).toBe('usable');
    expect(await eventsOf(documentId)).toEqual(before);
    expect(await app.strapi.db.query('plugin::newsroom.toll-state').count({ where: { briefDocumentId: documentId } })).toBe(0);
  });

  test('on their own brief the same user may withhold and release', async () => {
    const documentId = await publishNewBrief(contentManager(app, ownChiefJwt), { headline: `Own brief ${Date.now()}` });
    expect((await action(ownChiefJwt, documentId, 'withhold', 'mine')).status).toBe(200);
    expect((await action(ownChiefJwt, documentId, 'release')).status).toBe(200);
  });
});

describe('editorial actions are idempotent in effect', () => {
  test('withhold twice, release twice: one event per real transition, the repeat is 409', async () => {
    const documentId = await newBrief();
    expect((await action(chiefJwt, documentId, 'withhold', 'one')).status).toBe(200);
    const again = await action(chiefJwt, documentId, 'withhold', 'two');
    expect(again.status).toBe(409);
    expect(again.body.error.details).toEqual({ currentStatus: 'withheld' });
    expect((await action(chiefJwt, documentId, 'release')).status).toBe(200);
    expect((await action(chiefJwt, documentId, 'release')).status).toBe(409);
    expect(await eventsOf(documentId)).toEqual(['brief.published', 'brief.withheld', 'brief.released']);
  });
});

describe('a Content Manager duplicate is a new brief', () => {
  test('of a killed brief: own slug, usable, never published, no kill reason or agency id', async () => {
    const cm = contentManager(app, editorJwt);
    const created = await cm.createBrief({ headline: `Clone source ${Date.now()}`, externalId: `agency-item-${Date.now()}` });
    expect(created.status).toBe(201);
    const documentId = created.body.data.documentId as string;
    expect((await cm.publishBrief(documentId)).status).toBe(200);
    expect((await action(chiefJwt, documentId, 'kill', 'Wrong place')).status).toBe(200);
    const source = (await app.strapi.db.query(BRIEF).findOne({ where: { documentId, locale: 'en', publishedAt: null } })) as { id: number; slug: string; headline: string };
    const clone = await app
      .http()
      .post(`${BRIEFS_CM}/clone/${documentId}?locale=en`)
      .set('Authorization', `Bearer ${editorJwt}`)
      .send({ headline: source.headline, slug: source.slug });
    expect(clone.status).toBe(200);
    const copyId = clone.body.data.documentId as string;
    expect(copyId).not.toBe(documentId);
    const copies = (await app.strapi.db.query(BRIEF).findMany({ where: { documentId: copyId } })) as Record<string, unknown>[];
    expect(copies.length).toBeGreaterThan(0);
    for (const copy of copies) {
      expect(copy).toMatchObject({ editorialStatus: 'usable', killReason: null, firstPublishedAt: null, externalId: null, publishedAt: null });
      expect(copy.slug).not.toBe(source.slug);
    }
    expect(await eventsOf(copyId)).toEqual([]);
  });
});

describe('a brief unpublished after partners had it can still be killed', () => {
  test('kill after an unpublish: 410 with the reason on every route, a brief.killed event with its tombstone, never published again', async () => {
    const documentId = await newBrief();
    const slug = await slugOf(documentId);
    const token = await app.apiToken('full-access');
    const partner = { Authorization: `Bearer ${token.accessKey}` };
    expect((await contentManager(app, editorJwt).unpublishBrief(documentId)).status).toBe(200);
    expect((await app.http().get(`/api/newsroom/briefs/${slug}`)).status).toBe(404);
    expect((await action(chiefJwt, documentId, 'kill', 'Legal: unpublished but already syndicated')).status).toBe(200);
    for (const row of await rowsOf(documentId)) expect(row).toMatchObject({ editorialStatus: 'killed', killReason: 'Legal: unpublished but already syndicated' });
    const read = await app.http().get(`/api/newsroom/briefs/${slug}`);
    expect(read.status).toBe(410);
    expect(read.body.error.details).toMatchObject({ documentId, reason: 'Legal: unpublished but already syndicated' });
    expect((await app.http().get(`/api/newsroom/briefs/${slug}/tolls`)).status).toBe(410);
    const ninjs = await app.http().get(`/api/newsroom/briefs/${slug}/ninjs`).set(partner);
    expect(ninjs.status).toBe(200);
    expect(ninjs.body).toMatchObject({ pubstatus: 'canceled' });
    expect(await eventsOf(documentId)).toEqual(['brief.published', 'brief.unpublished', 'brief.killed']);
    const feed = await app.http().get('/api/newsroom/feed?format=ninjs&limit=200').set(partner);
    const killed = (feed.body.data as { type: string; documentId: string; brief: unknown; ninjs?: { pubstatus?: string } }[]).find(
      (event) => event.documentId === documentId && event.type === 'brief.killed',
    );
    expect(killed).toMatchObject({ brief: null, ninjs: { pubstatus: 'canceled' } });
    expect((await contentManager(app, editorJwt).publishBrief(documentId)).status).toBe(409);
    expect((await app.http().get(`/api/newsroom/briefs/${slug}`)).status).toBe(410);
  });
});
