/** The admin data behind the editors' screens: homepage widgets, the credit field's agency list, setup of roles. */
import { bootStrapi, DEMO, type TestStrapi } from '../helpers/strapi';
import { contentManager, publishNewBrief } from '../helpers/content-manager';
import { seedDocumentId, tollDesk } from '../helpers/toll-desk';

let app: TestStrapi;
const asUser = async (email: string, path: string) => app.http().get(path).set('Authorization', `Bearer ${await app.adminToken(email)}`);

beforeAll(async () => {
  app = await bootStrapi();
});
afterAll(async () => {
  await app?.destroy();
});

test('"Tolls that may rise" lists the seed toll in the asked locale, and marks it stale once it has not moved for staleAfterMinutes', async () => {
  const documentId = await seedDocumentId(app);
  const fresh = await asUser(DEMO.editor, '/newsroom/widgets/may-rise?locale=fr');
  expect(fresh.status).toBe(200);
  expect(fresh.body.meta).toEqual({ staleAfterMinutes: 60 });
  expect(fresh.body.data).toEqual([
    expect.objectContaining({ documentId, locale: 'fr', source: 'OSDH', stale: false, version: 1, text: "Au moins 15 civils tués, dont un enfant ; le bilan pourrait s'alourdir (OSDH)" }),
  ]);
  // Arrange: the last change was two hours ago.
  await app.strapi.db.query('plugin::newsroom.toll-state').updateMany({ where: { briefDocumentId: documentId }, data: { changedAt: new Date(Date.now() - 2 * 3_600_000) } });
  const stale = await asUser(DEMO.editor, '/newsroom/widgets/may-rise');
  expect(stale.body.data[0]).toMatchObject({ locale: 'en', stale: true });
});

test('"Breaking briefs" gives each brief its desk status', async () => {
  const editor = contentManager(app, await app.adminToken(DEMO.editor));
  await editor.createBrief({ headline: 'Fresh draft on the desk' });
  await publishNewBrief(editor, { headline: 'Embargoed desk brief', embargoUntil: new Date(Date.now() + 3_600_000).toISOString() });
  const response = await asUser(DEMO.editor, '/newsroom/widgets/breaking');
  expect(response.status).toBe(200);
  const statusOf = (headline: string) => response.body.data.find((brief: { headline: string }) => brief.headline === headline)?.status;
  expect(statusOf('Fresh draft on the desk')).toBe('draft');
  expect(statusOf('Embargoed desk brief')).toBe('embargoed');
  expect(response.body.data.length).toBeLessThanOrEqual(10);
});

test('the desk history carries each revision as a sentence in the asked locale', async () => {
  const history = await tollDesk(app, await app.adminToken(DEMO.deskChief)).history(await seedDocumentId(app), 'fr');
  expect(history.body.data[0].text).toBe("Au moins 15 civils tués, dont un enfant ; le bilan pourrait s'alourdir (OSDH)");
});

test('the credit field gets the agencies the API uses; settings and role setup need their permissions', async () => {
  const agencies = await asUser(DEMO.editor, '/newsroom/credit/known-agencies');
  expect(agencies.status).toBe(200);
  expect(agencies.body.data).toEqual(expect.arrayContaining(['AFP', 'Reuters', 'SANA']));
  expect((await asUser(DEMO.editor, '/newsroom/settings')).status).toBe(403);
  const setup = await app.http().post('/newsroom/settings/setup-roles').set('Authorization', `Bearer ${await app.adminToken(DEMO.admin)}`);
  expect(setup.status).toBe(200);
  expect(setup.body.data).toMatchObject({ deskChiefCreated: false, granted: { editor: 0, author: 0, deskChief: 0 } });
  const refused = await app.http().post('/newsroom/settings/setup-roles').set('Authorization', `Bearer ${await app.adminToken(DEMO.editor)}`);
  expect(refused.status).toBe(403);
  const badSave = await app.http().put('/newsroom/settings').set('Authorization', `Bearer ${await app.adminToken(DEMO.admin)}`).send({ staleAfterMinutes: 0, publicUrl: 'nope' });
  expect(badSave.status).toBe(400);
  expect(badSave.body.error.details.errors.map((error: { path: string[] }) => error.path[0]).sort()).toEqual(['publicUrl', 'staleAfterMinutes']);
});

test('an Author sees only their own briefs in the widgets', async () => {
  const authorRole = await app.strapi.service('admin::role').findOne({ code: 'strapi-author' });
  await app.strapi.service('admin::user').create({
    email: 'author@newsroom.local', firstname: 'Avery', lastname: 'Author', password: 'Newsroom-demo-1', isActive: true, registrationToken: null, roles: [authorRole.id],
  });
  const author = contentManager(app, await app.adminToken('author@newsroom.local'));
  const created = await author.createBrief({ headline: 'Written by the author' });
  expect(created.status).toBe(201);
  const breaking = await asUser('author@newsroom.local', '/newsroom/widgets/breaking');
  expect(breaking.status).toBe(200);
  expect(breaking.body.data.map((brief: { headline: string }) => brief.headline)).toEqual(['Written by the author']);
  const mayRise = await asUser('author@newsroom.local', '/newsroom/widgets/may-rise');
  expect(mayRise.body.data).toEqual([]);
  const forEditor = await asUser(DEMO.editor, '/newsroom/widgets/breaking');
  expect(forEditor.body.data.map((brief: { headline: string }) => brief.headline)).toContain('Written by the author');
  expect(forEditor.body.data.length).toBeGreaterThan(1);
  // Nor the toll desk or the syndication preview of someone else's brief.
  const seedId = await seedDocumentId(app);
  expect((await asUser('author@newsroom.local', `/newsroom/briefs/${seedId}/tolls`)).status).toBe(404);
  expect((await asUser('author@newsroom.local', `/newsroom/briefs/${seedId}/ninjs`)).status).toBe(404);
  expect((await asUser('author@newsroom.local', `/newsroom/briefs/${created.body.data.documentId}/tolls`)).status).toBe(200);
});
