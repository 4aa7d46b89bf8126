/**
 * Toll sequences as agencies write them, replayed through HTTP as a desk chief: an upward series, a stale primary,
 * a cross-source correction (police 359 → health ministry 253), a same-source downward correction, missing people
 * found while the dead rise. After every step: the public toll and its text (en and fr), the public history, the
 * toll.updated feed event and the ninjs newsroom profile (validated against the served schema).
 */
import { bootStrapi, DEMO, type TestStrapi } from '../helpers/strapi';
import { contentManager } from '../helpers/content-manager';
import { formatNinjsErrors, validateNinjs } from '../helpers/ninjs-validator';
import { tollDesk } from '../helpers/toll-desk';
import { startReceiver } from '../helpers/webhook-receiver';
import { statementsOf } from '../helpers/sql-statements';

let app: TestStrapi;
let desk: ReturnType<typeof tollDesk>;
let chiefJwt: string;
let feedCursor: string | undefined;
let partnerKey: string;

/** A partner's read: a custom API token holding exactly the plugin's read actions. */
const PARTNER_ACTIONS = ['brief.find', 'brief.findOne', 'tag.find', 'toll.find', 'feed.find', 'ninjs.findOne', 'schema.findOne'].map((action) => `plugin::newsroom.${action}`);
const get = (path: string) => app.http().get(path).set('Authorization', `Bearer ${partnerKey}`);

interface PublicBriefPair {
  documentId: string;
  slug: { en: string; fr: string };
  version: number;
}

interface Count {
  category: string;
  value: number;
  qualifier?: string;
  group?: string | null;
}

interface Expected {
  en: string;
  fr: string;
  primarySource: string;
  /** Who made the step's revision, when not the primary source. */
  source?: string;
  /** The replaced primary figure and the note, or null when the step is no correction. */
  correction: { previousSource: string; previous: number; note: string } | null;
  changeKind: string;
}

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

/** A brief published in English and French, so that each step can be read in both languages. */
const publishPair = async (headline: string, titre: string): Promise<PublicBriefPair> => {
  const editor = contentManager(app, await app.adminToken(DEMO.editor));
  const created = await editor.createBrief({ headline });
  expect(created.status).toBe(201);
  const documentId = created.body.data.documentId as string;
  expect((await editor.publishBrief(documentId)).status).toBe(200);
  expect((await editor.updateBrief(documentId, { headline: titre }, 'fr')).status).toBe(200);
  expect((await editor.publishBrief(documentId, 'fr')).status).toBe(200);
  const [en, fr] = await Promise.all(['en', 'fr'].map((locale) => editor.getBrief(documentId, locale)));
  return { documentId, slug: { en: en.body.data.slug, fr: fr.body.data.slug }, version: 0 };
};

/** Reads the feed to its end and returns the events after the previous read. */
const newFeedEvents = async (): Promise<Record<string, unknown>[]> => {
  const events: Record<string, unknown>[] = [];
  for (;;) {
    const page = await get(`/api/newsroom/feed?limit=100${feedCursor ? `&since=${encodeURIComponent(feedCursor)}` : ''}`);
    expect(page.status).toBe(200);
    events.push(...page.body.data);
    feedCursor = page.body.meta.next;
    if (!page.body.meta.hasMore) return events;
  }
};

const append = async (brief: PublicBriefPair, body: Record<string, unknown>) => {
  const response = await desk.append(brief.documentId, { asOf: minutesAgo(1), mayRise: false, ...body }, `"${brief.version}"`);
  expect([response.status, response.body.error]).toEqual([201, undefined]);
  brief.version += 1;
  return response;
};

const refused = async (brief: PublicBriefPair, body: Record<string, unknown>) => {
  const response = await desk.append(brief.documentId, { asOf: minutesAgo(1), mayRise: false, ...body }, `"${brief.version}"`);
  expect(response.status).toBe(400);
  return response.body.error.details.errors as { path: (string | number)[]; code: string; params?: Record<string, unknown>; message: string }[];
};

const correctionOf = (expected: Expected) =>
  expected.correction === null
    ? null
    : {
        previousSource: expected.correction.previousSource,
        previous: [expect.objectContaining({ value: expected.correction.previous })],
        note: expected.correction.note,
        at: expect.any(String),
      };

/** Everything partners see after a step: public toll (en, fr), public history, feed events, ninjs (newsroom profile). */
const expectPublished = async (brief: PublicBriefPair, expected: Expected) => {
  const [en, fr] = await Promise.all([
    get(`/api/newsroom/briefs/${brief.slug.en}?locale=en`),
    get(`/api/newsroom/briefs/${brief.slug.fr}?locale=fr`),
  ]);
  expect(en.body.data.toll).toMatchObject({ version: brief.version, primarySource: expected.primarySource, text: expected.en, correction: correctionOf(expected) });
  expect(fr.body.data.toll).toMatchObject({ version: brief.version, text: expected.fr, correction: correctionOf(expected) });

  const history = await get(`/api/newsroom/briefs/${brief.slug.en}/tolls?locale=en`);
  expect(history.status).toBe(200);
  const last = history.body.data[history.body.data.length - 1];
  expect(last).toMatchObject({ revision: brief.version, changeKind: expected.changeKind, source: expected.source ?? expected.primarySource, note: expected.correction?.note ?? null });

  const events = (await newFeedEvents()).filter((event) => event.documentId === brief.documentId && event.type === 'toll.updated');
  expect(events.map((event) => event.locale).sort()).toEqual(['en', 'fr']);
  for (const event of events) {
    const text = event.locale === 'fr' ? expected.fr : expected.en;
    expect((event.brief as { toll: { text: string } }).toll.text).toBe(text);
    if (expected.correction === null) {
      expect(event).not.toHaveProperty('correction');
    } else {
      expect(event.correction).toEqual({
        previous: { source: expected.correction.previousSource, counts: [expect.objectContaining({ value: expected.correction.previous })] },
        note: expected.correction.note,
      });
    }
  }

  const ninjs = await get(`/api/newsroom/briefs/${brief.slug.fr}/ninjs?locale=fr&version=3.1&profile=newsroom`);
  expect(ninjs.status).toBe(200);
  expect(formatNinjsErrors(validateNinjs(ninjs.body, '3.1', { profile: 'newsroom' }))).toBe('valid');
  expect(ninjs.body.toll).toMatchObject({ version: brief.version, text: expected.fr });
  if (expected.correction === null) expect(ninjs.body.toll).not.toHaveProperty('correction');
  else expect(ninjs.body.toll.correction).toEqual(correctionOf(expected));
};

const killed = (value: number, extra: Partial<Count> = {}): Count => ({ category: 'killed', value, qualifier: 'exact', ...extra });

beforeAll(async () => {
  app = await bootStrapi();
  chiefJwt = await app.adminToken(DEMO.deskChief);
  desk = tollDesk(app, chiefJwt);
  partnerKey = (await app.apiToken('custom', PARTNER_ACTIONS)).accessKey;
  await newFeedEvents();
});
afterAll(async () => {
  await app?.destroy();
});

test('an upward series, then a newer, higher figure left secondary: the desk and its widget flag the stale primary', async () => {
  const quake = await publishPair('Quake toll rises in the east', "Le bilan du séisme s'alourdit dans l'est");
  await append(quake, { source: 'Civil defence', asOf: minutesAgo(300), counts: [killed(120, { qualifier: 'at-least' })], mayRise: true, mayRiseReason: 'many buildings collapsed' });
  await expectPublished(quake, { en: 'At least 120 killed; toll may rise (Civil defence)', fr: "Au moins 120 morts ; le bilan pourrait s'alourdir (Civil defence)", primarySource: 'Civil defence', correction: null, changeKind: 'initial' });
  await append(quake, { source: 'Civil defence', asOf: minutesAgo(200), counts: [killed(5000, { qualifier: 'more-than' }), { category: 'injured', value: 12000, qualifier: 'about' }], mayRise: true, mayRiseReason: 'many buildings collapsed' });
  await expectPublished(quake, { en: 'More than 5,000 killed and about 12,000 injured; toll may rise (Civil defence)', fr: "Plus de 5 000 morts et environ 12 000 blessés ; le bilan pourrait s'alourdir (Civil defence)", primarySource: 'Civil defence', correction: null, changeKind: 'update' });

  // Officials say 25,401, but the desk leaves "primary" unticked: the public toll keeps the older, lower figure.
  await append(quake, { source: 'Officials', asOf: minutesAgo(100), counts: [killed(25401)] });
  await expectPublished(quake, { en: 'More than 5,000 killed and about 12,000 injured; toll may rise (Civil defence)', fr: "Plus de 5 000 morts et environ 12 000 blessés ; le bilan pourrait s'alourdir (Civil defence)", primarySource: 'Civil defence', source: 'Officials', correction: null, changeKind: 'update' });
  const flagged = await desk.history(quake.documentId);
  expect(flagged.body.meta.newerFigures).toEqual([
    expect.objectContaining({ source: 'Officials', category: 'killed', value: 25401, primarySource: 'Civil defence', primaryValue: 5000, message: expect.stringMatching(/^A newer figure from Officials is higher than the primary/) }),
  ]);
  const widget = await app.http().get('/newsroom/widgets/may-rise?locale=en').set('Authorization', `Bearer ${chiefJwt}`);
  expect(widget.body.data).toContainEqual(expect.objectContaining({ documentId: quake.documentId, newerFigures: [expect.objectContaining({ source: 'Officials', value: 25401 })] }));

  // Made primary, the newer figure is the story's toll and nothing is flagged.
  await append(quake, { source: 'Officials', asOf: minutesAgo(90), counts: [killed(25401)], primary: true });
  await expectPublished(quake, { en: '25,401 killed (Officials)', fr: '25 401 morts (Officials)', primarySource: 'Officials', correction: null, changeKind: 'update' });
  expect((await desk.history(quake.documentId)).body.meta.newerFigures).toEqual([]);
});

test('police 359 → health ministry corrects to 253 (another authority), then to 250 itself; a correction with nothing to correct is refused', async () => {
  const stampede = await publishPair('Stampede at the stadium', 'Bousculade meurtrière au stade');
  const nothingToCorrect = await refused(stampede, { source: 'Health ministry', changeKind: 'correction', note: 'double count', counts: [killed(253)] });
  expect(nothingToCorrect).toEqual([expect.objectContaining({ path: ['changeKind'], code: 'toll.change_kind_not_allowed', message: expect.stringMatching(/no toll yet to correct/) })]);

  await append(stampede, { source: 'Police', asOf: minutesAgo(600), counts: [killed(359, { group: 'people' })] });
  await expectPublished(stampede, { en: '359 people killed (Police)', fr: '359 personnes tuées (Police)', primarySource: 'Police', correction: null, changeKind: 'initial' });

  const noNote = await refused(stampede, { source: 'Health ministry', changeKind: 'correction', counts: [killed(253, { group: 'people' })] });
  expect(noNote.map((error) => [error.path, error.code])).toEqual([[['note'], 'toll.correction_needs_note']]);
  // A partner's webhook gets the same event body as the feed, correction included.
  const receiver = await startReceiver(() => 200);
  const adminJwt = await app.adminToken(DEMO.admin);
  const endpoint = await app.http().post('/newsroom/webhooks').set('Authorization', `Bearer ${adminJwt}`).send({ name: 'Toll partner', url: receiver.url, events: ['toll.updated'] });
  expect(endpoint.status).toBe(201);
  let cross;
  try {
    cross = await append(stampede, { source: 'Health ministry', asOf: minutesAgo(60), changeKind: 'correction', note: 'Some bodies were counted twice', counts: [killed(253, { group: 'people' })] });
    const dispatcher = app.strapi.plugin('newsroom').service('webhookDispatcher') as { dispatchDue: (now?: Date) => Promise<number> };
    expect(await dispatcher.dispatchDue()).toBe(2);
    const bodies = receiver.received.map((request) => JSON.parse(request.body) as Record<string, unknown>);
    expect(bodies.map((body) => [body.type, body.locale, body.correction]).sort()).toEqual([
      ['toll.updated', 'en', { previous: { source: 'Police', counts: [expect.objectContaining({ value: 359, group: 'people' })] }, note: 'Some bodies were counted twice' }],
      ['toll.updated', 'fr', { previous: { source: 'Police', counts: [expect.objectContaining({ value: 359, group: 'people' })] }, note: 'Some bodies were counted twice' }],
    ]);
  } finally {
    await app.http().delete(`/newsroom/webhooks/${endpoint.body.data.id}`).set('Authorization', `Bearer ${adminJwt}`);
    await receiver.close();
  }
  expect(cross.body.data.revision).toMatchObject({ changeKind: 'correction', primary: true });
  await expectPublished(stampede, {
    en: '253 people killed, revised down from 359 (Health ministry)',
    fr: '253 personnes tuées, bilan revu à la baisse, contre 359 précédemment (Health ministry)',
    primarySource: 'Health ministry',
    correction: { previousSource: 'Police', previous: 359, note: 'Some bodies were counted twice' },
    changeKind: 'correction',
  });

  await append(stampede, { source: 'Health ministry', changeKind: 'correction', note: 'Three victims were listed in two hospitals', counts: [killed(250, { group: 'people' })] });
  await expectPublished(stampede, {
    en: '250 people killed, revised down from 253 (Health ministry)',
    fr: '250 personnes tuées, bilan revu à la baisse, contre 253 précédemment (Health ministry)',
    primarySource: 'Health ministry',
    correction: { previousSource: 'Health ministry', previous: 253, note: 'Three victims were listed in two hospitals' },
    changeKind: 'correction',
  });
  const adminHistory = await desk.history(stampede.documentId, 'fr');
  expect(adminHistory.body.data.map((revision: { text: string }) => revision.text)).toEqual([
    '250 personnes tuées, bilan revu à la baisse, contre 253 précédemment (Health ministry)',
    '253 personnes tuées, bilan revu à la baisse, contre 359 précédemment (Health ministry)',
    '359 personnes tuées (Police)',
  ]);
});

test('missing people found while the dead rise is an ordinary update; the dead falling without a correction is refused with the contract code', async () => {
  const flood = await publishPair('Flash floods in the valley', 'Crues subites dans la vallée');
  await append(flood, { source: 'Prefecture', asOf: minutesAgo(120), counts: [killed(3), { category: 'missing', value: 4, qualifier: 'exact' }] });
  await expectPublished(flood, { en: '3 killed and 4 missing (Prefecture)', fr: '3 morts et 4 disparus (Prefecture)', primarySource: 'Prefecture', correction: null, changeKind: 'initial' });

  const lower = await refused(flood, { source: 'Prefecture', counts: [killed(2), { category: 'missing', value: 4, qualifier: 'exact' }] });
  expect(lower).toEqual([expect.objectContaining({ path: ['counts', 0, 'value'], code: 'toll.lower_without_correction', params: { previous: 3, source: 'Prefecture' } })]);

  await append(flood, { source: 'Prefecture', counts: [killed(5), { category: 'missing', value: 2, qualifier: 'exact' }] });
  await expectPublished(flood, { en: '5 killed and 2 missing (Prefecture)', fr: '5 morts et 2 disparus (Prefecture)', primarySource: 'Prefecture', correction: null, changeKind: 'update' });
});

test('a feed page reads toll histories only when one of its events may be a correction; events keyed before the kind was named still carry theirs', async () => {
  const fire = await publishPair('Factory fire', 'Incendie dans une usine');
  const before = feedCursor;
  await append(fire, { source: 'Fire brigade', counts: [killed(4)] });
  await append(fire, { source: 'Fire brigade', counts: [killed(6)] });
  await newFeedEvents();
  const page = () => get(`/api/newsroom/feed?limit=100&since=${encodeURIComponent(before as string)}`).expect(200);
  const readsHistory = (statements: { sql: string }[]) => statements.some((statement) => /[`"]newsroom_toll_revisions[`"]/.test(statement.sql));
  const tollEvents = (body: { data: Record<string, unknown>[] }) => body.data.filter((event) => event.documentId === fire.documentId && event.type === 'toll.updated');

  let body: { data: Record<string, unknown>[] } = { data: [] };
  const updates = await statementsOf(app.strapi, async () => {
    body = (await page()).body;
  });
  expect(tollEvents(body).map((event) => event.locale).sort()).toEqual(['en', 'en', 'fr', 'fr']);
  expect(tollEvents(body).some((event) => 'correction' in event)).toBe(false);
  expect(readsHistory(updates)).toBe(false);

  await append(fire, { source: 'Fire brigade', changeKind: 'correction', note: 'Two victims were counted twice', counts: [killed(4)] });
  await newFeedEvents();
  const corrected = () => tollEvents(body).filter((event) => 'correction' in event).map((event) => [event.locale, event.correction]);
  const expected = { previous: { source: 'Fire brigade', counts: [expect.objectContaining({ value: 6 })] }, note: 'Two victims were counted twice' };
  const withCorrection = await statementsOf(app.strapi, async () => {
    body = (await page()).body;
  });
  expect(corrected().sort()).toEqual([['en', expected], ['fr', expected]]);
  expect(readsHistory(withCorrection)).toBe(true);

  // Events written before their key named the revision's kind (`toll:<id>:<revision>:<locale>`) may be corrections.
  const events = app.strapi.db.connection('newsroom_feed_events');
  const keys = (await events.clone().where('brief_document_id', fire.documentId).whereNotNull('dedupe_key').pluck('dedupe_key')) as string[];
  expect(keys.sort()).toEqual(['correction', 'initial', 'update'].flatMap((kind, index) => ['en', 'fr'].map((locale) => `toll:${fire.documentId}:${[3, 1, 2][index]}:${locale}:${kind}`)).sort());
  for (const key of keys) await events.clone().where('dedupe_key', key).update({ dedupe_key: key.replace(/:[a-z-]+$/, '') });
  body = (await page()).body;
  expect(corrected().sort()).toEqual([['en', expected], ['fr', expected]]);
  expect(tollEvents(body)).toHaveLength(6);
});
