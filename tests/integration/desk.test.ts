/** The admin data behind the editors' screens: homepage widgets, the credit field's agency list, setup of roles. */
import { bootStrapi, DEMO, type TestStrapi } from '../helpers/strapi';
import { contentManager, publishNewBrief } from '../helpers/content-manager';
import { killedCount, seedDocumentId, tollDesk } from '../helpers/toll-desk';

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

test('"Breaking briefs" ranks by urgency, then latest activity (a toll revision, a publish), and says why each brief is there', async () => {
  const editor = contentManager(app, await app.adminToken(DEMO.editor));
  const desk = tollDesk(app, await app.adminToken(DEMO.deskChief));
  const flash = (await editor.createBrief({ headline: 'Flash: quake hits the coast', urgency: 1 })).body.data.documentId as string;
  const lead = (await editor.createBrief({ headline: 'Lead story with a toll', urgency: 3 })).body.data.documentId as string;
  const published = await publishNewBrief(editor, { headline: 'Published ranking brief', urgency: 3 });
  const fresh = (await editor.createBrief({ headline: 'Fresher urgency-3 draft', urgency: 3 })).body.data.documentId as string;
  const routine = (await editor.createBrief({ headline: 'Routine urgency-4 draft', urgency: 4 })).body.data.documentId as string;
  // The lead's toll is revised after every other brief was written: it moves above the fresher draft.
  const revised = await desk.append(lead, { source: 'Civil defence', asOf: new Date(Date.now() - 60_000).toISOString(), counts: [killedCount(12)] }, '"0"');
  expect(revised.status).toBe(201);

  const response = await asUser(DEMO.editor, '/newsroom/widgets/breaking');
  expect(response.status).toBe(200);
  const ids = (response.body.data as { documentId: string }[]).map((brief) => brief.documentId);
  const ours = ids.filter((id) => [flash, lead, published, fresh, routine].includes(id));
  expect(ours).toEqual([flash, lead, fresh, published, routine]);
  const reasonOf = (documentId: string) => response.body.data.find((brief: { documentId: string }) => brief.documentId === documentId).reason;
  expect(reasonOf(flash)).toEqual({ urgency: 1, urgent: true, latest: { kind: 'edited', at: expect.any(String) } });
  expect(reasonOf(lead)).toEqual({ urgency: 3, urgent: false, latest: { kind: 'toll_revised', at: revised.body.data.toll.changedAt ?? expect.any(String) } });
  expect(reasonOf(published)).toMatchObject({ urgency: 3, latest: { kind: 'published' } });
  expect(reasonOf(routine)).toMatchObject({ urgency: 4, urgent: false, latest: { kind: 'edited' } });
  expect(response.body.data.find((brief: { documentId: string }) => brief.documentId === lead).toll).toMatchObject({ text: expect.stringContaining('12') });
  // A kill is the latest activity of the brief it ends.
  const kill = await app.http().post(`/newsroom/briefs/${published}/kill`).set('Authorization', `Bearer ${await app.adminToken(DEMO.deskChief)}`).send({ reason: 'Wrong town' });
  expect(kill.status).toBe(200);
  const afterKill = await asUser(DEMO.editor, '/newsroom/widgets/breaking');
  expect(afterKill.body.data.find((brief: { documentId: string }) => brief.documentId === published)).toMatchObject({ status: 'killed', reason: { latest: { kind: 'killed' } } });
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
