/**
 * Wire import end to end on a real Strapi: agency copy → parse result (nothing written) → a draft brief with credit,
 * tags, related briefs and a proposed toll → confirmed by the desk chief through the toll API → published and read
 * back through the Content API and its ninjs with the same structure as the seed brief.
 */
import fs from 'fs';
import path from 'path';
import { bootStrapi, DEMO, DEMO_PASSWORD, type TestStrapi } from '../helpers/strapi';
import { contentManager } from '../helpers/content-manager';
import { SEED_EXTERNAL_ID, tollDesk } from '../helpers/toll-desk';
import { CONTENT_API_READ_ACTIONS } from '../../server/src/permissions';

const SEED_TEXT = fs.readFileSync(path.resolve(__dirname, '../../playground/seed/afp-idleb-brief.txt'), 'utf8');
const SEED_SLUG = 'at-least-15-civilians-including-a-child-killed-in-russian-strikes-in-syrias-idleb';
const READER = 'reader@newsroom.local';
const AUTHOR = 'author@newsroom.local';
const INTERNAL_ROWS = ['plugin::newsroom.brief', 'plugin::newsroom.tag', 'plugin::newsroom.toll-proposal', 'plugin::newsroom.toll-revision'] as const;

let app: TestStrapi;
const jwt: Record<'editor' | 'deskChief' | 'reader' | 'author', string> = { editor: '', deskChief: '', reader: '', author: '' };
let partnerKey: string;

const importAs = (token: string, body: unknown) => app.http().post('/newsroom/import').set('Authorization', `Bearer ${token}`).send(body as object);
const proposal = (token: string, documentId: string, method: 'get' | 'delete' = 'get') =>
  app.http()[method](`/newsroom/briefs/${documentId}/toll-proposal`).set('Authorization', `Bearer ${token}`);
const publicRead = (route: string) => app.http().get(route).set('Authorization', `Bearer ${partnerKey}`);
const rowCounts = async () => Promise.all(INTERNAL_ROWS.map((uid) => app.strapi.db.query(uid).count({})));

const createAdmin = async (email: string, firstname: string, roleId: number) =>
  app.strapi.service('admin::user').create({ email, firstname, lastname: 'Test', password: DEMO_PASSWORD, isActive: true, registrationToken: null, roles: [roleId] });

beforeAll(async () => {
  app = await bootStrapi();
  const roles = app.strapi.service('admin::role');
  // A role that may read briefs but not create them.
  const reader = (await roles.create({ name: 'Wire reader', description: 'Reads briefs only' })) as { id: number };
  await roles.assignPermissions(reader.id, [{ action: 'plugin::content-manager.explorer.read', subject: 'plugin::newsroom.brief', properties: {}, conditions: [] }]);
  await createAdmin(READER, 'Rita', reader.id);
  await createAdmin(AUTHOR, 'Avery', ((await roles.findOne({ code: 'strapi-author' })) as { id: number }).id);
  [jwt.editor, jwt.deskChief, jwt.reader, jwt.author] = await Promise.all([DEMO.editor, DEMO.deskChief, READER, AUTHOR].map((email) => app.adminToken(email)));
  partnerKey = (await app.apiToken('custom', CONTENT_API_READ_ACTIONS)).accessKey;
});
afterAll(async () => {
  await app?.destroy();
});

test('parse only: the seed copy read out (headline, credit, tags, related, toll, other figures), nothing written; no toll is no error', async () => {
  const before = await rowCounts();
  const response = await importAs(jwt.editor, { text: SEED_TEXT, language: 'en' });
  expect(response.status).toBe(200);
  const { result, draft } = response.body.data;
  expect(draft).toBeNull();
  expect(result.language).toBe('en');
  expect(result.headline.value).toMatch(/^At least 15 civilians, including a child, were killed Thursday in Russian air strikes in the Idleb region \(northwest\)\.?$/);
  expect(SEED_TEXT.slice(result.headline.span.start, result.headline.span.end)).toBe(result.headline.value);
  expect(result.photoCredit).toMatchObject({ value: 'Ahmad al-ATRASH / AFP', parsed: { photographers: ['Ahmad al-ATRASH'], agencies: ['AFP'] } });
  expect(result.relatedTitles.map((title: { value: string }) => title.value)).toHaveLength(2);
  expect(result.tags).toHaveLength(7);
  expect(result.toll).toMatchObject({ source: { value: 'OSDH' }, mayRise: true, counts: [{ category: 'killed', value: 15, qualifier: 'at-least', group: 'civilians' }] });
  expect(result.otherFigures.map((figure: { text: string }) => figure.text).join(' | ')).toMatch(/470/);
  expect(await rowCounts()).toEqual(before);

  // A partner's ninjs (here our own newsroom-profile output of the seed brief) reads back to the same structure.
  const seedNinjs = await publicRead(`/api/newsroom/briefs/${SEED_SLUG}/ninjs?version=3.0&profile=newsroom`);
  const fromNinjs = await importAs(jwt.editor, { ninjs: seedNinjs.body, language: 'auto' });
  expect(fromNinjs.status).toBe(200);
  expect(fromNinjs.body.data.result).toMatchObject({
    language: 'en',
    headline: { value: "At least 15 civilians, including a child, killed in Russian strikes in Syria's Idleb" },
    photoCredit: { value: 'Ahmad al-ATRASH / AFP' },
    toll: { source: { value: 'OSDH' }, mayRise: true, counts: [{ category: 'killed', value: 15 }] },
  });
  expect(fromNinjs.body.data.result.tags).toHaveLength(7);
  expect(await rowCounts()).toEqual(before);

  const calm = await importAs(jwt.editor, { text: 'Markets rallied on Tuesday - John DOE / AFP\n\nShares rose in Paris and London as investors cheered the news.', language: 'auto' });
  expect(calm.status).toBe(200);
  expect(calm.body.data.result.toll).toBeNull();
});

test('bad input and missing permission: a 4xx naming the problem, nothing written', async () => {
  const before = await rowCounts();
  const cases: [string, unknown, (string | number)[], string?][] = [
    ['empty text', { text: '  \n ', language: 'en' }, ['text'], 'wire.text_empty'],
    ['text over 100 KB', { text: `${SEED_TEXT}\n${'x'.repeat(100 * 1024)}`, language: 'en' }, ['text'], 'wire.text_too_large'],
    ['NUL and control bytes', { text: `Headline\u0000\u0001\u0002 - AFP`, language: 'en' }, ['text'], 'field.control_characters'],
    ['binary junk decoded as text', { text: `\uFFFDPNG\uFFFD\uFFFD\uFFFD IHDR \uFFFD\uFFFD`, language: 'en' }, ['text'], 'wire.text_binary'],
    ['both text and ninjs', { text: SEED_TEXT, ninjs: { uri: 'urn:x' }, language: 'en' }, ['ninjs'], 'wire.text_or_ninjs'],
    ['neither text nor ninjs', { language: 'en' }, ['text'], 'wire.text_or_ninjs'],
    ['ninjs that is not an object', { ninjs: 'headline', language: 'en' }, ['ninjs']],
    ['ninjs the schema refuses', { ninjs: { headline: 42, language: 'en' }, language: 'en' }, ['ninjs']],
    ['an unknown language', { text: SEED_TEXT, language: 'de' }, ['language']],
    ['edits without create', { text: SEED_TEXT, language: 'en', edits: { headline: 'X' } }, ['edits'], 'wire.edits_without_create'],
    ['an unknown field', { text: SEED_TEXT, language: 'en', publish: true }, ['publish'], 'field.unknown'],
    // The brief's own rules still apply to what was read, and the tags created before them are rolled back.
    ['a first line too long for a headline', { text: `${'Strikes hit the region again and again '.repeat(8)}- AFP\n\nAt least 3 people were killed.\n\n  • Brand-new tag`, language: 'en', create: true }, ['headline']],
  ];
  for (const [label, body, expectedPath, code] of cases) {
    const response = await importAs(jwt.editor, body);
    expect({ label, status: response.status, name: response.body.error?.name }).toEqual({ label, status: 400, name: 'ValidationError' });
    const errors = response.body.error.details.errors as { path: (string | number)[]; code?: string; message: string }[];
    const named = errors.find((error) => expectedPath.every((part, index) => error.path[index] === part));
    expect({ label, named: Boolean(named) }).toEqual({ label, named: true });
    expect(named?.message).toMatch(new RegExp(`^${String(expectedPath[0])}`));
    if (code) expect({ label, code: named?.code }).toEqual({ label, code });
  }
  const create = { text: SEED_TEXT, language: 'en', create: true };
  expect((await app.http().post('/newsroom/import').send(create)).status).toBe(401);
  expect((await app.http().post('/newsroom/import').set('Authorization', `Bearer ${partnerKey}`).send(create)).status).toBe(401);
  const reader = await importAs(jwt.reader, create);
  expect(reader.status).toBe(403);
  expect(await rowCounts()).toEqual(before);
});

test('the seed copy imported as a draft, its toll confirmed by the desk chief, published: same structure as the seed brief', async () => {
  const extra = 'A story no brief has as headline';
  const created = await importAs(jwt.editor, {
    text: SEED_TEXT,
    language: 'en',
    create: true,
    edits: { relatedTitles: ['SYRIA: MACRON CALLS FOR “A LASTING CEASE-FIRE” IN THE IDLIB REGION', 'Climbing in Sýria:  Ankara responds to the Assad regime after the death of 33 Turkish soldiers.', extra] },
  });
  expect(created.status).toBe(201);
  const { draft } = created.body.data;
  expect(draft).toMatchObject({ locale: 'en', tollProposed: true, unmatchedRelatedTitles: [extra] });
  expect(draft.relatedBriefs).toHaveLength(2);
  expect(draft.tags.every((tag: { created: boolean }) => !tag.created)).toBe(true);
  const { documentId } = draft;

  const editorCm = contentManager(app, jwt.editor);
  const stored = await editorCm.getBrief(documentId);
  expect(stored.status).toBe(200);
  expect(stored.body.data).toMatchObject({ publishedAt: null, photoCredit: 'Ahmad al-ATRASH / AFP', createdBy: { id: expect.any(Number) } });
  expect(stored.body.data.slug).toMatch(/^at-least-15-civilians-including-a-child-were-killed-thursday/);

  // The proposal stands apart from the history: no revision yet; the editor sees it but cannot make it revision 1.
  expect((await tollDesk(app, jwt.editor).history(documentId)).body.meta.version).toBe(0);
  const proposed = await proposal(jwt.editor, documentId);
  expect(proposed.status).toBe(200);
  expect(proposed.body.data).toMatchObject({ source: 'OSDH', mayRise: true, counts: [{ category: 'killed', value: 15, qualifier: 'at-least', group: 'civilians', includes: [{ group: 'children', value: 1 }] }] });
  const { source, counts, mayRise, mayRiseReason } = proposed.body.data;
  const revision = { source, counts, mayRise, mayRiseReason, asOf: new Date().toISOString() };
  expect((await tollDesk(app, jwt.editor).append(documentId, revision, '"0"')).status).toBe(403);
  expect((await proposal(jwt.editor, documentId, 'delete')).status).toBe(403);

  const confirmed = await tollDesk(app, jwt.deskChief).append(documentId, revision, '"0"');
  expect(confirmed.status).toBe(201);
  expect(confirmed.body.data.revision).toMatchObject({ revision: 1, changeKind: 'initial', source: 'OSDH' });
  expect((await proposal(jwt.deskChief, documentId, 'delete')).status).toBe(200);
  expect((await proposal(jwt.deskChief, documentId)).body.data).toBeNull();

  expect((await editorCm.publishBrief(documentId)).status).toBe(200);
  const [imported, seed] = await Promise.all([
    publicRead(`/api/newsroom/briefs/${stored.body.data.slug}?locale=en`),
    publicRead(`/api/newsroom/briefs/${SEED_SLUG}?locale=en`),
  ]);
  expect(imported.status).toBe(200);
  const structure = (brief: Record<string, unknown>) => ({
    credit: brief.credit,
    tags: brief.tags,
    related: (brief.relatedBriefs as { documentId: string }[]).map((related) => related.documentId),
    toll: { ...(brief.toll as Record<string, unknown>), asOf: undefined, sources: undefined },
  });
  expect(structure(imported.body.data)).toEqual(structure(seed.body.data));
  expect(imported.body.data.bodyHtml).toContain('<h2>Many injured in critical condition</h2>');

  // ninjs 3.0 with the newsroom profile: the same concepts (tags by kind) and the same toll.
  const [importedNinjs, seedNinjs] = await Promise.all([
    publicRead(`/api/newsroom/briefs/${stored.body.data.slug}/ninjs?version=3.0&profile=newsroom`),
    publicRead(`/api/newsroom/briefs/${SEED_SLUG}/ninjs?version=3.0&profile=newsroom`),
  ]);
  expect(importedNinjs.status).toBe(200);
  const ninjsStructure = (doc: Record<string, unknown>) => ({
    subjects: doc.subjects,
    places: doc.places,
    organisations: doc.organisations,
    toll: { ...(doc.toll as Record<string, unknown>), asOf: undefined, sources: undefined },
  });
  expect(ninjsStructure(importedNinjs.body).places).toHaveLength(3);
  expect(ninjsStructure(importedNinjs.body)).toEqual(ninjsStructure(seedNinjs.body));

  // An Author may create briefs but reads only their own: the related titles stay unmatched for them.
  const byAuthor = await importAs(jwt.author, { text: SEED_TEXT, language: 'en', create: true });
  expect(byAuthor.status).toBe(201);
  expect(byAuthor.body.data.draft.relatedBriefs).toEqual([]);
  expect(byAuthor.body.data.draft.unmatchedRelatedTitles).toHaveLength(2);
  expect((await tollDesk(app, jwt.author).append(byAuthor.body.data.draft.documentId, revision, '"0"')).status).toBe(403);

  // French copy with language "auto": a French draft, related titles matched to the French versions, French tags created with their kinds.
  const frenchCopy = [
    "Au moins 15 civils, dont un enfant, ont été tués jeudi dans des frappes russes à Idleb - Ahmad al-ATRASH / AFP",
    "Au moins 15 civils, dont un enfant, ont été tués jeudi dans des frappes aériennes russes dans la région d'Idleb, selon l'Observatoire syrien des droits de l'Homme (OSDH).",
    "Selon l'OSDH, le bilan risque de s'alourdir car de nombreux blessés sont dans un état critique.",
    "\nSYRIE : MACRON APPELLE A « UN CESSEZ-LE-FEU DURABLE » DANS LA REGION D'IDLEB",
    '  • Syrie\n  • Frappes aériennes',
  ].join('\n\n');
  const french = await importAs(jwt.editor, { text: frenchCopy, language: 'auto', create: true });
  expect(french.status).toBe(201);
  expect(french.body.data.result.language).toBe('fr');
  expect(french.body.data.draft).toMatchObject({ locale: 'fr', unmatchedRelatedTitles: [], tollProposed: true });
  expect(french.body.data.draft.relatedBriefs).toEqual([expect.objectContaining({ locale: 'fr', headline: "Syrie : Macron appelle à « un cessez-le-feu durable » dans la région d'Idleb" })]);
  expect(french.body.data.draft.tags).toEqual([
    expect.objectContaining({ name: 'Syrie', kind: 'place', created: true }),
    expect.objectContaining({ name: 'Frappes aériennes', kind: 'subject', created: true }),
  ]);
  expect((await editorCm.getBrief(french.body.data.draft.documentId, 'fr')).body.data).toMatchObject({ locale: 'fr', publishedAt: null });

  // The seed brief itself was built by the importer and kept its agency id.
  expect(await app.strapi.db.query('plugin::newsroom.brief').count({ where: { externalId: SEED_EXTERNAL_ID } })).toBeGreaterThan(0);
});

test("an agency's ninjs 1.x item (AP's shape, its own fields and a numeric version) becomes a draft with its slugline, dateline and byline", async () => {
  const ap = {
    uri: 'https://api.ap.org/media/v/content/0f3c1b2a',
    version: 3,
    type: 'text',
    language: 'en-US',
    pubstatus: 'usable',
    headline: 'Quake in Hatay: rescuers pull survivors from rubble',
    slugline: 'TR-Quake-Hatay',
    bylines: [{ by: 'By SUZAN FRASER', title: 'Associated Press' }],
    byline: 'SUZAN FRASER',
    description_summary: 'Rescuers pulled survivors from collapsed buildings in Hatay.',
    place: [{ name: 'Hatay' }],
    associations: { main: { uri: 'https://api.ap.org/media/v/content/p1', type: 'picture', byline: 'Emrah Gurel', copyrightholder: 'AP' } },
    body_html: '<p>ANTAKYA, Turkey (AP) — Rescuers pulled survivors from collapsed buildings in Hatay on Tuesday.</p>',
  };
  const created = await importAs(jwt.editor, { ninjs: ap, language: 'auto', create: true });
  expect(created.status).toBe(201);
  expect(created.body.data.result).toMatchObject({ language: 'en', dateline: { value: 'ANTAKYA, Turkey' }, slugline: { value: 'TR-Quake-Hatay' } });
  const stored = await contentManager(app, jwt.editor).getBrief(created.body.data.draft.documentId);
  expect(stored.status).toBe(200);
  expect(stored.body.data).toMatchObject({
    headline: 'Quake in Hatay: rescuers pull survivors from rubble',
    slugline: 'TR-Quake-Hatay',
    dateline: 'ANTAKYA, Turkey',
    byline: 'SUZAN FRASER',
    summary: 'Rescuers pulled survivors from collapsed buildings in Hatay.',
    photoCredit: 'Emrah Gurel / AP',
    publishedAt: null,
  });
  expect(JSON.stringify(stored.body.data.body)).not.toContain('(AP)');

  // The editor's corrections of the preview win: a slugline replaced, the byline removed.
  const edited = await importAs(jwt.editor, { ninjs: ap, language: 'auto', create: true, edits: { slugline: 'TR-QUAKE', byline: null } });
  expect(edited.status).toBe(201);
  const editedBrief = (await contentManager(app, jwt.editor).getBrief(edited.body.data.draft.documentId)).body.data;
  expect(editedBrief).toMatchObject({ slugline: 'TR-QUAKE', dateline: 'ANTAKYA, Turkey' });
  expect(editedBrief.byline ?? null).toBeNull();

  // What the import reads must be what 1.5 says it is: a 400 naming the field, nothing written.
  const before = await rowCounts();
  const refused = await importAs(jwt.editor, { ninjs: { ...ap, byline: ['SUZAN FRASER'] }, language: 'auto', create: true });
  expect(refused.status).toBe(400);
  expect(refused.body.error.details.errors[0]).toMatchObject({ path: ['ninjs', 'byline'], code: 'wire.ninjs_invalid' });
  const tooLong = await importAs(jwt.editor, { ninjs: ap, language: 'auto', create: true, edits: { slugline: 'S'.repeat(65) } });
  expect(tooLong.status).toBe(400);
  expect(tooLong.body.error.details.errors[0]).toMatchObject({ path: ['edits', 'slugline'], code: 'field.too_long' });
  expect(await rowCounts()).toEqual(before);
});
