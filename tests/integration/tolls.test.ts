/** The toll desk end to end: append-only revisions with If-Match, rules, permissions, public history. */
import { bootStrapi, DEMO, type TestStrapi } from '../helpers/strapi';
import { contentManager, publishNewBrief } from '../helpers/content-manager';
import { killedCount, seedDocumentId, tollDesk } from '../helpers/toll-desk';

let app: TestStrapi;
let desk: ReturnType<typeof tollDesk>;
let seedId: string;
const SEED_SLUG = 'at-least-15-civilians-including-a-child-killed-in-russian-strikes-in-syrias-idleb';

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
const publicHistory = (slug: string, locale = 'en') => app.http().get(`/api/newsroom/briefs/${slug}/tolls?locale=${locale}`);

beforeAll(async () => {
  app = await bootStrapi();
  desk = tollDesk(app, await app.adminToken(DEMO.deskChief));
  seedId = await seedDocumentId(app);
});
afterAll(async () => {
  await app?.destroy();
});

test('the seed toll goes 15 → 17 → 19, mayRise flipping off at the end, and the public sees each step', async () => {
  const events: unknown[] = [];
  const listener = async (payload: unknown) => {
    events.push(payload);
  };
  app.strapi.eventHub.on('newsroom.toll.updated', listener);

  const initial = await desk.history(seedId);
  expect(initial.status).toBe(200);
  expect(initial.headers.etag).toBe('"1"');
  expect(initial.body.meta).toMatchObject({ version: 1, warnings: [] });
  expect(initial.body.data).toHaveLength(1);
  expect(initial.body.data[0]).toMatchObject({ revision: 1, source: 'OSDH', changeKind: 'initial', mayRise: true, madeBy: 'Newsroom seed' });

  const to17 = await desk.append(seedId, {
    source: 'OSDH', asOf: minutesAgo(30), counts: [killedCount(17, 'at-least', [{ group: 'children', value: 2 }])],
    mayRise: true, mayRiseReason: 'many of the injured are in critical condition',
  }, '"1"');
  expect(to17.status).toBe(201);
  expect(to17.headers.etag).toBe('"2"');
  expect(to17.body.data.revision).toMatchObject({ revision: 2, changeKind: 'update', source: 'OSDH' });
  expect(to17.body.data.toll).toMatchObject({ version: 2, primarySource: 'OSDH', mayRise: true, text: 'At least 17 civilians killed, including two children; toll may rise (OSDH)' });

  const to19 = await desk.append(seedId, {
    source: 'OSDH', asOf: minutesAgo(1), counts: [killedCount(19, 'exact', [{ group: 'children', value: 2 }])], mayRise: false,
  }, '2');
  expect(to19.status).toBe(201);
  expect(to19.body.data.toll).toMatchObject({ version: 3, mayRise: false, mayRiseReason: null, text: '19 civilians killed, including two children (OSDH)' });

  const brief = await app.http().get(`/api/newsroom/briefs/${SEED_SLUG}`);
  expect(brief.body.data.toll).toMatchObject({ version: 3, mayRise: false });
  const french = await app.http().get('/api/newsroom/briefs/syrie-au-moins-15-civils-dont-un-enfant-tues-dans-des-frappes-russes-a-idleb?locale=fr');
  expect(french.body.data.toll.text).toBe('19 civils tués, dont deux enfants (OSDH)');

  const history = await publicHistory(SEED_SLUG);
  expect(history.status).toBe(200);
  expect(history.body.data.map((revision: { revision: number }) => revision.revision)).toEqual([1, 2, 3]);
  expect(history.body.data.map((revision: { counts: { value: number }[] }) => revision.counts[0].value)).toEqual([15, 17, 19]);
  expect(history.body.meta).toEqual({ version: 3 });
  expect(JSON.stringify(history.body)).not.toMatch(/madeBy|Dana|Deskchief|seed|createdBy/);
  expect(Object.keys(history.body.data[0]).sort()).toEqual(['asOf', 'changeKind', 'counts', 'createdAt', 'mayRise', 'mayRiseReason', 'note', 'primary', 'revision', 'source']);

  const admin = await desk.history(seedId);
  expect(admin.body.data.map((revision: { revision: number; madeBy: string }) => [revision.revision, revision.madeBy])).toEqual([
    [3, 'Dana Deskchief'], [2, 'Dana Deskchief'], [1, 'Newsroom seed'],
  ]);
  app.strapi.eventHub.removeListener('newsroom.toll.updated', listener);
  expect(events).toHaveLength(4); // two revisions × the two live locales
  expect(events).toContainEqual(expect.objectContaining({ type: 'toll.updated', documentId: seedId, locale: 'fr', revision: expect.objectContaining({ revision: 3 }), toll: expect.objectContaining({ version: 3, text: '19 civils tués, dont deux enfants (OSDH)' }) }));
});

describe('on a fresh brief', () => {
  let documentId: string;
  let slug: string;
  let version: number;

  // Each test its own brief with one revision: none depends on what another appended (or on the brief not being killed).
  beforeEach(async () => {
    const editor = contentManager(app, await app.adminToken(DEMO.editor));
    documentId = await publishNewBrief(editor, { headline: 'Flood toll rises in the north' });
    slug = (await editor.getBrief(documentId)).body.data.slug as string;
    const first = await desk.append(documentId, { source: 'Civil defence', asOf: minutesAgo(60), counts: [{ category: 'killed', value: 47, qualifier: 'exact' }, { category: 'injured', value: 120, qualifier: 'about' }] }, '"0"');
    expect(first.status).toBe(201);
    version = 1;
  });

  test('a downward revision needs changeKind correction and a note, then says the previous toll', async () => {
    const down = { source: 'Civil defence', asOf: minutesAgo(50), counts: [{ category: 'killed', value: 45, qualifier: 'exact' }] };
    const refused = await desk.append(documentId, down, `"${version}"`);
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.errors[0].path).toEqual(['counts', 0, 'value']);
    expect(refused.body.error.message).toMatch(/47/);
    const noNote = await desk.append(documentId, { ...down, changeKind: 'correction' }, `"${version}"`);
    expect(noNote.status).toBe(400);
    expect(noNote.body.error.details.errors.map((error: { path: string[] }) => error.path[0])).toContain('note');
    const accepted = await desk.append(documentId, { ...down, changeKind: 'correction', note: 'Two victims were counted twice' }, `"${version}"`);
    expect(accepted.status).toBe(201);
    version += 1;
    expect(accepted.body.data.revision).toMatchObject({ changeKind: 'correction', note: 'Two victims were counted twice' });
    expect(accepted.body.data.toll.text).toMatch(/45 killed/);
  });

  test('wounded who died: the injured fall by what the dead rose as a plain update, not by more', async () => {
    const tooFew = await desk.append(documentId, { source: 'Civil defence', asOf: minutesAgo(50), counts: [{ category: 'killed', value: 50, qualifier: 'exact' }, { category: 'injured', value: 110, qualifier: 'about' }] }, `"${version}"`);
    expect(tooFew.status).toBe(400);
    expect(tooFew.body.error.details.errors[0]).toMatchObject({ path: ['counts', 1, 'value'], code: 'toll.lower_without_correction' });
    const died = await desk.append(documentId, { source: 'Civil defence', asOf: minutesAgo(50), counts: [{ category: 'killed', value: 50, qualifier: 'exact' }, { category: 'injured', value: 117, qualifier: 'about' }] }, `"${version}"`);
    expect(died.status).toBe(201);
    version += 1;
    expect(died.body.data.revision.changeKind).toBe('update');
    expect(died.body.data.toll.correction).toBeNull();
    expect(died.body.data.toll.text).toMatch(/50 killed/);
    expect((await publicHistory(slug)).body.data.map((revision: { changeKind: string }) => revision.changeKind)).toEqual(['initial', 'update']);
  });

  test('a second source is recorded apart, never merged into the first', async () => {
    const response = await desk.append(documentId, { source: 'UN OCHA', asOf: minutesAgo(40), counts: [{ category: 'killed', value: 50, qualifier: 'more-than' }], changeKind: 'source-change' }, `"${version}"`);
    expect(response.status).toBe(201);
    version += 1;
    expect(response.body.data.toll.primarySource).toBe('Civil defence');
    expect(response.body.data.toll.sources.map((source: { source: string }) => source.source).sort()).toEqual(['Civil defence', 'UN OCHA']);
  });

  test('two desk chiefs sending the same If-Match: one 201, one 412 with who changed it, revisions stay gapless', async () => {
    const other = tollDesk(app, await app.adminToken(DEMO.deskChief2));
    const body = (value: number) => ({ source: 'Civil defence', asOf: minutesAgo(10), counts: [{ category: 'killed', value, qualifier: 'exact' }] });
    const [a, b] = await Promise.all([desk.append(documentId, body(60), `"${version}"`), other.append(documentId, body(61), `"${version}"`)]);
    expect([a.status, b.status].sort()).toEqual([201, 412]);
    const [winner, loser] = a.status === 201 ? [a, b] : [b, a];
    expect(loser.body.error).toMatchObject({ status: 412, name: 'PreconditionFailedError' });
    expect(loser.body.error.details).toEqual({ currentVersion: version + 1, changedAt: expect.any(String), changedBy: winner === a ? 'Dana Deskchief' : 'Sam Secondchief' });
    version += 1;
    const history = await desk.history(documentId);
    expect(history.body.data.map((revision: { revision: number }) => revision.revision)).toEqual(Array.from({ length: version }, (_, index) => version - index));
  });

  test('If-Match is required and must be current; unknown briefs are 404', async () => {
    const body = { source: 'Civil defence', asOf: minutesAgo(5), counts: [{ category: 'killed', value: 70, qualifier: 'exact' }] };
    const missing = await desk.append(documentId, body, null);
    expect(missing.status).toBe(428);
    expect(missing.body.error.name).toBe('PreconditionRequiredError');
    const stale = await desk.append(documentId, body, `"${version - 1}"`);
    expect(stale.status).toBe(412);
    expect(stale.body.error.details.currentVersion).toBe(version);
    const unknown = await desk.append('nosuchdocumentid', body, '"0"');
    expect(unknown.status).toBe(404);
  });

  test('every bad input is a 400 naming its field, and the history is unchanged', async () => {
    const good = { source: 'Civil defence', asOf: minutesAgo(1), counts: [{ category: 'killed', value: 80, qualifier: 'exact' }] };
    const count = (patch: Record<string, unknown>) => ({ ...good, counts: [{ ...good.counts[0], ...patch }] });
    const cases: [string, unknown, (string | number)[]][] = [
      ['negative value', count({ value: -1 }), ['counts', 0, 'value']],
      ['fractional value', count({ value: 1.5 }), ['counts', 0, 'value']],
      ['huge value', count({ value: 10_000_001 }), ['counts', 0, 'value']],
      ['string value', count({ value: '80' }), ['counts', 0, 'value']],
      ['unknown category', count({ category: 'dead' }), ['counts', 0, 'category']],
      ['unknown qualifier', count({ qualifier: 'roughly' }), ['counts', 0, 'qualifier']],
      ['between without valueMax', count({ qualifier: 'between' }), ['counts', 0, 'valueMax']],
      ['includes larger than parent', count({ group: 'civilians', includes: [{ group: 'children', value: 81 }] }), ['counts', 0, 'includes', 0, 'value']],
      ['mayRise without reason', { ...good, mayRise: true }, ['mayRiseReason']],
      ['asOf in the future', { ...good, asOf: new Date(Date.now() + 10 * 60_000).toISOString() }, ['asOf']],
      ['asOf before the previous revision', { ...good, asOf: minutesAgo(600) }, ['asOf']],
      ['asOf not a date', { ...good, asOf: 'yesterday' }, ['asOf']],
      ['empty counts', { ...good, counts: [] }, ['counts']],
      ['missing source', { ...good, source: '' }, ['source']],
      ['unknown field', { ...good, mayrise: true }, ['mayrise']],
      ['unknown changeKind', { ...good, changeKind: 'revision' }, ['changeKind']],
    ];
    const before = await desk.history(documentId);
    for (const [label, body, path] of cases) {
      const response = await desk.append(documentId, body, `"${version}"`);
      expect([label, response.status]).toEqual([label, 400]);
      expect([label, response.body.error.details.errors.map((error: { path: unknown[] }) => error.path)]).toEqual([label, expect.arrayContaining([path])]);
      expect(response.body.error.message).toContain(String(path[path.length - 1] === 0 ? path[0] : path[path.length - 1]));
    }
    const after = await desk.history(documentId);
    expect(after.body).toEqual(before.body);
  });

  test('an editor can read the history but gets 403 on append', async () => {
    const editorDesk = tollDesk(app, await app.adminToken(DEMO.editor));
    expect((await editorDesk.history(documentId)).status).toBe(200);
    const response = await editorDesk.append(documentId, { source: 'Civil defence', asOf: minutesAgo(1), counts: [{ category: 'killed', value: 90, qualifier: 'exact' }] }, `"${version}"`);
    expect(response.status).toBe(403);
    expect((await desk.history(documentId)).body.meta.version).toBe(version);
  });

  test('the public history follows the brief: 404 for a draft or an embargoed brief, 410 once killed', async () => {
    expect((await publicHistory(slug)).status).toBe(200);
    const editor = contentManager(app, await app.adminToken(DEMO.editor));
    const draft = await editor.createBrief({ headline: 'Draft with a toll' });
    expect((await desk.append(draft.body.data.documentId, { source: 'Police', asOf: minutesAgo(1), counts: [{ category: 'injured', value: 3, qualifier: 'exact' }] }, '"0"')).status).toBe(201);
    expect((await publicHistory('draft-with-a-toll')).status).toBe(404);
    await publishNewBrief(editor, { headline: 'Embargoed toll', embargoUntil: new Date(Date.now() + 3_600_000).toISOString() });
    expect((await publicHistory('embargoed-toll')).status).toBe(404);
    const kill = await app.http().post(`/newsroom/briefs/${documentId}/kill`).set('Authorization', `Bearer ${await app.adminToken(DEMO.deskChief)}`).send({ reason: 'Wrong town' });
    expect(kill.status).toBe(200);
    expect((await publicHistory(slug)).status).toBe(410);
  });
});

test('headline numbers that contradict the toll come back as warnings in the desk history', async () => {
  const editor = contentManager(app, await app.adminToken(DEMO.editor));
  const documentId = await publishNewBrief(editor, { headline: 'Blast kills 12 in market', summary: 'Twelve people were killed.' });
  await desk.append(documentId, { source: 'Police', asOf: minutesAgo(2), counts: [{ category: 'killed', value: 14, qualifier: 'exact' }] }, '"0"');
  const history = await desk.history(documentId);
  expect(history.body.meta.warnings).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'headline', category: 'killed', stated: 12, current: 14 })]));
  expect(history.body.meta.warnings[0].message).toMatch(/headline says 12 killed, current toll is 14 killed \(Police, revision 1\)/);
});

test('with blockPublishOnTollMismatch, a headline contradicting the toll cannot be published', async () => {
  const admin = await app.adminToken(DEMO.admin);
  const editor = contentManager(app, await app.adminToken(DEMO.editor));
  const documentId = await publishNewBrief(editor, { headline: 'Bus crash kills 9 on mountain road' });
  await desk.append(documentId, { source: 'Police', asOf: minutesAgo(1), counts: [{ category: 'killed', value: 11, qualifier: 'exact' }] }, '"0"');
  expect((await app.http().put('/newsroom/settings').set('Authorization', `Bearer ${admin}`).send({ blockPublishOnTollMismatch: true })).status).toBe(200);
  try {
    await editor.updateBrief(documentId, { headline: 'Bus crash kills 9 on mountain road, police say' });
    const refused = await editor.publishBrief(documentId);
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.errors[0].path).toEqual(['headline']);
    expect(refused.body.error.message).toMatch(/headline says 9 killed, current toll is 11 killed/);
    await editor.updateBrief(documentId, { headline: 'Bus crash kills 11 on mountain road, police say' });
    expect((await editor.publishBrief(documentId)).status).toBe(200);
  } finally {
    await app.http().put('/newsroom/settings').set('Authorization', `Bearer ${admin}`).send({ blockPublishOnTollMismatch: false });
  }
});
