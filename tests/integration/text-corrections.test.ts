/**
 * Text corrections end to end, on one Strapi: an editor republishes a live brief as a correction through the admin
 * route; the public brief, /corrections, the feed (`brief.corrected`), a signed webhook and ninjs (`ednote`, version)
 * all carry it; bad inputs and refused states write nothing; a correction can never be changed.
 */
import { bootStrapi, DEMO, type TestStrapi } from '../helpers/strapi';
import { contentManager, publishNewBrief } from '../helpers/content-manager';
import { killedCount, tollDesk } from '../helpers/toll-desk';
import { startReceiver } from '../helpers/webhook-receiver';
import { formatNinjsErrors, validateNinjs } from '../helpers/ninjs-validator';
import { verifyWebhook } from '../../server/src/domain/webhooks/signature';
import { CONTENT_API_READ_ACTIONS } from '../../server/src/permissions';
import { NINJS_VERSIONS } from '../../server/src/domain/ninjs/types';

const CORRECTIONS_UID = 'plugin::newsroom.brief-correction';
const NOTE = 'An earlier version said 12 people died; the prefecture counts 11.';

let app: TestStrapi;
let editorJwt: string;
let partner: string;
let cm: ReturnType<typeof contentManager>;

const correct = (documentId: string, body: unknown, jwt = editorJwt) =>
  app.http().post(`/newsroom/briefs/${documentId}/corrections`).set('Authorization', `Bearer ${jwt}`).send(body as object);
const asPartner = (path: string) => app.http().get(path).set('Authorization', `Bearer ${partner}`);
/** What a refused request must leave untouched: no correction row, no feed event. */
const written = async () => ({
  corrections: await app.strapi.db.query(CORRECTIONS_UID).count({}),
  events: await app.strapi.db.query('plugin::newsroom.feed-event').count({}),
});
const ninjsOf = async (slug: string, query = '') => {
  const response = await asPartner(`/api/newsroom/briefs/${slug}/ninjs${query}`);
  expect(response.status).toBe(200);
  return response.body as Record<string, unknown>;
};

beforeAll(async () => {
  app = await bootStrapi();
  editorJwt = await app.adminToken(DEMO.editor);
  cm = contentManager(app, editorJwt);
  partner = (await app.apiToken('custom', CONTENT_API_READ_ACTIONS)).accessKey;
});
afterAll(async () => {
  await app?.destroy();
});

test('an editor publishes a change to a live brief as a correction: brief, /corrections, feed, webhook and ninjs show it', async () => {
  const adminJwt = await app.adminToken(DEMO.admin);
  const receiver = await startReceiver(() => 200);
  const hubEvents: Record<string, unknown>[] = [];
  const onCorrected = async (payload: Record<string, unknown>) => {
    hubEvents.push(payload);
  };
  app.strapi.eventHub.on('newsroom.brief.corrected', onCorrected);
  try {
    const endpoint = await app.http().post('/newsroom/webhooks').set('Authorization', `Bearer ${adminJwt}`).send({ name: 'Corrections desk', url: receiver.url, events: ['brief.corrected'] });
    expect(endpoint.status).toBe(201);
    const documentId = await publishNewBrief(cm, { headline: 'Flood kills 12 in river town', summary: 'Twelve people died when the river burst its banks.' });
    const slug = (await cm.getBrief(documentId)).body.data.slug as string;
    const before = await ninjsOf(slug, '?version=3.1');
    expect(before.edNote).toBeUndefined();

    // Nothing changed since the publish: nothing to correct.
    const untouched = await written();
    const nothing = await correct(documentId, { note: NOTE, locale: 'en' });
    expect(nothing.status).toBe(400);
    expect(nothing.body.error.details.errors[0]).toMatchObject({ path: [], code: 'correction.nothing_changed' });
    expect(await written()).toEqual(untouched);

    const edited = await cm.updateBrief(documentId, { headline: 'Flood kills 11 in river town', slug, summary: 'Eleven people died when the river burst its banks.' });
    expect(edited.status).toBe(200);
    const corrected = await correct(documentId, { note: NOTE, locale: 'en' });
    expect(corrected.status).toBe(201);
    const correction = corrected.body.data.correction;
    expect(correction).toEqual({ at: expect.any(String), note: NOTE, fields: ['headline', 'summary'] });
    expect(JSON.stringify(corrected.body)).not.toMatch(/Eddie|editor@/);

    const brief = await asPartner(`/api/newsroom/briefs/${slug}`);
    expect(brief.status).toBe(200);
    expect(brief.body.data).toMatchObject({ headline: 'Flood kills 11 in river town', corrections: [correction] });
    const listed = await asPartner('/api/newsroom/briefs?pageSize=5');
    expect(listed.body.data.find((item: { documentId: string }) => item.documentId === documentId).corrections).toEqual([correction]);

    const history = await asPartner(`/api/newsroom/briefs/${slug}/corrections?locale=en`);
    expect(history.status).toBe(200);
    expect(history.body.data).toEqual([{ kind: 'text', ...correction }]);
    expect(JSON.stringify(history.body)).not.toMatch(/madeBy|Eddie/);

    const feed = await asPartner('/api/newsroom/feed?limit=100');
    const ofBrief = (feed.body.data as { type: string; documentId: string; correction?: unknown; brief: { headline: string } | null }[]).filter((event) => event.documentId === documentId);
    expect(ofBrief.map((event) => event.type)).toEqual(['brief.published', 'brief.updated', 'brief.corrected']);
    expect(ofBrief[2]).toMatchObject({ correction, brief: { headline: 'Flood kills 11 in river town', corrections: [correction] } });
    expect(hubEvents).toEqual([expect.objectContaining({ type: 'brief.corrected', documentId, locale: 'en', correction })]);

    const dispatcher = app.strapi.plugin('newsroom').service('webhookDispatcher') as { dispatchDue: (now?: Date) => Promise<number> };
    expect(await dispatcher.dispatchDue()).toBe(1);
    expect(receiver.received).toHaveLength(1);
    const [delivery] = receiver.received;
    expect(delivery.headers['x-newsroom-event-type']).toBe('brief.corrected');
    expect(verifyWebhook(endpoint.body.data.secret, Number(delivery.headers['x-newsroom-timestamp']), delivery.body, String(delivery.headers['x-newsroom-signature']), Math.floor(Date.now() / 1000))).toBe(true);
    expect(JSON.parse(delivery.body)).toMatchObject({ type: 'brief.corrected', documentId, correction, brief: { corrections: [correction] } });

    // ninjs: the corrected version carries the note as ednote, its counter raised, and still validates.
    const after = await ninjsOf(slug, '?version=3.1');
    expect(after.edNote).toBe(`Correction: ${NOTE}`);
    expect(Number(after.version)).toBeGreaterThan(Number(before.version));
    for (const version of NINJS_VERSIONS) {
      const doc = await ninjsOf(slug, `?version=${version}`);
      expect(doc[version === '2.2' ? 'ednote' : 'edNote']).toBe(`Correction: ${NOTE}`);
      expect(formatNinjsErrors(validateNinjs(doc, version))).toBe('valid');
      const profiled = await ninjsOf(slug, `?version=${version}&profile=newsroom`);
      expect(formatNinjsErrors(validateNinjs(profiled, version, { profile: 'newsroom' }))).toBe('valid');
    }

    // A correction of a correction is a new one: appended, and its note is the new ednote.
    expect((await cm.updateBrief(documentId, { headline: 'Flood kills 11 in river city', slug })).status).toBe(200);
    const again = await correct(documentId, { note: 'The correction above called the city a town.' });
    expect(again.status).toBe(201);
    const second = again.body.data.correction;
    expect(second.fields).toEqual(['headline']);
    expect((await asPartner(`/api/newsroom/briefs/${slug}`)).body.data.corrections).toEqual([correction, second]);
    expect((await ninjsOf(slug, '?version=2.2')).ednote).toBe('Correction: The correction above called the city a town.');

    // A toll correction is the latest public change: it leads the history and gives the ednote.
    const desk = tollDesk(app, await app.adminToken(DEMO.deskChief));
    const asOf = new Date(Date.now() - 60_000).toISOString();
    expect((await desk.append(documentId, { source: 'Prefecture', asOf, counts: [killedCount(12, 'exact')] }, '"0"')).status).toBe(201);
    const tollFix = await desk.append(documentId, { source: 'Prefecture', asOf: new Date().toISOString(), counts: [killedCount(11, 'exact')], changeKind: 'correction', note: 'One victim was counted twice' }, '"1"');
    expect(tollFix.status).toBe(201);
    const both = await asPartner(`/api/newsroom/briefs/${slug}/corrections`);
    expect(both.body.data).toEqual([
      { kind: 'toll', at: expect.any(String), note: 'One victim was counted twice', source: 'Prefecture', revision: 2 },
      { kind: 'text', ...second },
      { kind: 'text', ...correction },
    ]);
    expect((await ninjsOf(slug, '?version=3.1')).edNote).toBe('Correction: One victim was counted twice');

    // The desk's history says who made each one.
    const adminHistory = await app.http().get(`/newsroom/briefs/${documentId}/corrections?locale=en`).set('Authorization', `Bearer ${editorJwt}`);
    expect(adminHistory.status).toBe(200);
    expect(adminHistory.body.data.map((item: { kind: string; madeBy: string | null }) => [item.kind, item.madeBy])).toEqual([['toll', 'Dana Deskchief'], ['text', 'Eddie Editor'], ['text', 'Eddie Editor']]);

    // The preview shows the corrections partners keep.
    const preview = await app.http().get(`/newsroom/briefs/${documentId}/ninjs?locale=en`).set('Authorization', `Bearer ${editorJwt}`);
    expect(preview.body.meta).toEqual({ corrections: [correction, second] });
  } finally {
    app.strapi.eventHub.removeListener('newsroom.brief.corrected', onCorrected);
    await receiver.close();
  }
});

test('bad notes, locales, callers and states are refused with a 4xx naming the problem, and write nothing', async () => {
  const documentId = await publishNewBrief(cm, { headline: 'Bridge closed after crack found' });
  const slug = (await cm.getBrief(documentId)).body.data.slug as string;
  expect((await cm.updateBrief(documentId, { headline: 'Bridge closed after cracks found', slug })).status).toBe(200);
  const draftOnly = (await cm.createBrief({ headline: 'Never published yet' })).body.data.documentId as string;
  const untouched = await written();

  const cases: [string, () => Promise<{ status: number; body: { error: { details: { errors?: { path: string[]; code?: string }[]; currentStatus?: string } } } }>, number, unknown][] = [
    ['no note', () => correct(documentId, { locale: 'en' }), 400, { path: ['note'], code: 'field.required' }],
    ['blank note', () => correct(documentId, { note: '   ' }), 400, { path: ['note'], code: 'field.required' }],
    ['note too long', () => correct(documentId, { note: 'x'.repeat(1001) }), 400, { path: ['note'], code: 'field.too_long' }],
    ['unknown field', () => correct(documentId, { note: NOTE, fields: ['headline'] }), 400, { path: ['fields'], code: 'field.unknown' }],
    ['locale not enabled', () => correct(documentId, { note: NOTE, locale: 'de' }), 400, { path: ['locale'] }],
    ['not an object', () => correct(documentId, ['note']), 400, { path: ['body'], code: 'field.invalid_type' }],
  ];
  for (const [, call, status, error] of cases) {
    const response = await call();
    expect(response.status).toBe(status);
    expect(response.body.error.details.errors?.[0]).toMatchObject(error as object);
  }
  const neverPublished = await correct(draftOnly, { note: NOTE });
  expect(neverPublished.status).toBe(409);
  expect(neverPublished.body.error.message).toMatch(/not published/);
  expect((await correct('nosuchdocument000000000', { note: NOTE })).status).toBe(404);
  expect((await app.http().post(`/newsroom/briefs/${documentId}/corrections`).send({ note: NOTE })).status).toBe(401);
  expect((await app.http().post(`/newsroom/briefs/${documentId}/corrections`).set('Authorization', `Bearer ${partner}`).send({ note: NOTE })).status).toBe(401);

  const deskChief = { Authorization: `Bearer ${await app.adminToken(DEMO.deskChief)}` };
  expect((await app.http().post(`/newsroom/briefs/${documentId}/withhold`).set(deskChief).send({ reason: 'Legal check' })).status).toBe(200);
  const afterWithhold = await written();
  const withheld = await correct(documentId, { note: NOTE });
  expect(withheld.status).toBe(409);
  expect(withheld.body.error.details).toMatchObject({ currentStatus: 'withheld' });
  expect(await written()).toEqual(afterWithhold);
  expect((await asPartner(`/api/newsroom/briefs/${slug}/corrections`)).status).toBe(404);
  expect((await app.http().post(`/newsroom/briefs/${documentId}/release`).set(deskChief).send({})).status).toBe(200);
  const kill = await app.http().post(`/newsroom/briefs/${documentId}/kill`).set(deskChief).send({ reason: 'Hoax' });
  expect(kill.status).toBe(200);
  const afterKill = await written();
  const killed = await correct(documentId, { note: NOTE });
  expect(killed.status).toBe(409);
  expect(killed.body.error.details).toMatchObject({ currentStatus: 'killed' });
  expect(await written()).toEqual(afterKill);
  expect(afterKill.corrections).toBe(untouched.corrections);
  expect((await asPartner(`/api/newsroom/briefs/${slug}/corrections`)).status).toBe(410);
  expect((await asPartner(`/api/newsroom/briefs/${(await cm.getBrief(draftOnly)).body.data.slug}/corrections`)).status).toBe(404);
});

test('a correction cannot be changed: no route edits or deletes one, the Content Manager and GraphQL do not know the type', async () => {
  // Its own correction to try to change.
  const documentId = await publishNewBrief(cm, { headline: 'Fire destroys 3 homes' });
  const slug = (await cm.getBrief(documentId)).body.data.slug as string;
  expect((await cm.updateBrief(documentId, { headline: 'Fire destroys 4 homes', slug })).status).toBe(200);
  expect((await correct(documentId, { note: NOTE })).status).toBe(201);
  const stored = (await app.strapi.db.query(CORRECTIONS_UID).findOne({ where: { briefDocumentId: documentId } })) as { id: number; documentId: string };
  expect(stored).toMatchObject({ id: expect.any(Number), note: NOTE });
  const admin = await app.adminToken(DEMO.admin);
  const auth = { Authorization: `Bearer ${admin}` };
  for (const method of ['put', 'delete'] as const) {
    expect([404, 405]).toContain((await app.http()[method](`/newsroom/briefs/x/corrections`).set(auth).send({ note: 'y' })).status);
    expect([404, 405]).toContain((await app.http()[method](`/newsroom/briefs/x/corrections/${stored.id}`).set(auth).send({ note: 'y' })).status);
  }
  const cmPath = `/content-manager/collection-types/${CORRECTIONS_UID}`;
  expect((await app.http().get(cmPath).set(auth)).status).toBe(404);
  expect((await app.http().put(`${cmPath}/${stored.documentId}`).set(auth).send({ note: 'rewritten' })).status).toBe(404);
  expect((await app.http().delete(`${cmPath}/${stored.documentId}`).set(auth)).status).toBe(404);
  expect((await app.http().get('/api/newsroom/brief-corrections').set('Authorization', `Bearer ${partner}`)).status).toBe(404);
  const graphql = await app.http().post('/graphql').set('Authorization', `Bearer ${partner}`).send({ query: '{ briefCorrections { note } }' });
  expect(JSON.stringify(graphql.body)).toMatch(/Cannot query field/);
  expect(await app.strapi.db.query(CORRECTIONS_UID).findOne({ where: { id: stored.id } })).toMatchObject({ note: NOTE });
});
