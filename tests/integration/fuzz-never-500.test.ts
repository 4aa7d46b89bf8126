/**
 * "Never 500" fuzz pass (issue 9, part 6): every plugin route (admin and Content API), the Content Manager routes of
 * briefs and tags, Upload's file list and the newsroom GraphQL queries get invalid inputs — one field, parameter or
 * path segment mutated at a time from a valid request, values from a seeded generator. Each must be a 4xx (a 400 in
 * Strapi's error shape naming the field), the process must stay healthy, and the database must be unchanged.
 */
import type { Core } from '@strapi/strapi';
import { bootStrapi, DEMO, type TestStrapi } from '../helpers/strapi';
import {
  bodyAttacks,
  graphqlVariableAttacks,
  mulberry32,
  nestedArrays,
  nestedObjects,
  PATH_ATTACKS,
  pickAttacks,
  QUERY_ATTACKS,
  sample,
  toJsonText,
  withField,
  type Attack,
  type FieldSpec,
  type QueryAttack,
} from '../helpers/fuzz-inputs';

const SEED = Number(process.env.NEWSROOM_FUZZ_SEED ?? 20261201);
const DATABASE = process.env.NEWSROOM_TEST_DB === 'postgres' ? 'postgres' : 'sqlite';
const BRIEF = 'plugin::newsroom.brief';
const TAG = 'plugin::newsroom.tag';
const CM_BRIEFS = '/content-manager/collection-types/plugin::newsroom.brief';
const CM_TAGS = '/content-manager/collection-types/plugin::newsroom.tag';
const SEED_EXTERNAL_ID = 'seed-afp-idleb-2020-03-05';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
type Where = 'body' | 'query' | 'path' | 'header' | 'variables';

interface FuzzCase {
  route: string;
  method: Method;
  url: string;
  body?: string;
  /** The body's Content-Type when not JSON. */
  contentType?: string;
  headers: Record<string, string>;
  where: Where;
  /** The mutated field, parameter or path segment (dotted for nested body fields). */
  field: string;
  attack: string;
  /** Writes must refuse every case: a 2xx means invalid input was stored. */
  write: boolean;
  /** Plugin routes must name the field in a ValidationError; Strapi's own routes are only held to 4xx and the error shape. */
  owner: 'plugin' | 'strapi';
  /** A 2xx is reported, not asserted (e.g. a bulk action on ids that match nothing writes nothing). */
  acceptedIsNote?: boolean;
  graphql?: { argument: string };
}

interface Finding {
  severity: 'failure' | 'note';
  problem: string;
  reproduction: string;
}

let app: TestStrapi;
let strapi: Core.Strapi;
/**
 * The attacks' random source, drawn afresh for each group from the seed and the group's test name, so a group run
 * alone (`-t`) tries exactly what it tries in the whole pass.
 */
let random = mulberry32(SEED);
const groupSeed = (name: string) => {
  let hash = 2166136261;
  for (const char of name) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return (SEED ^ hash) >>> 0;
};
beforeEach(() => {
  random = mulberry32(groupSeed(expect.getState().currentTestName ?? ''));
});
const tally = { tried: 0, defended: 0, byGroup: new Map<string, { tried: number; defended: number }>(), slowest: [] as { ms: number; reproduction: string }[] };
const findings: Finding[] = [];

const ids = { mainBrief: '', mainSlug: '', tollTarget: '', webhookEndpoint: 0, syriaTag: '' };
const auth = { superAdmin: '', deskChief: '', fullAccess: '' };
let mainBriefBase: Record<string, unknown> = {};

const bearer = (token: string): Record<string, string> => (token ? { Authorization: `Bearer ${token}` } : {});
/** A GET of `route` as the holder of `token` (empty: anonymous), on the plugin's routes or Strapi's own. */
const readAs = (token: string, owner: Request['owner']) => (route: string): Request => ({ route, method: 'GET', url: '', headers: bearer(token), write: false, owner });
const json = { 'Content-Type': 'application/json' };
const clip = (text: string, max = 300) => (text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text);
const reproduction = (fuzz: FuzzCase, caller: string) =>
  `${fuzz.method} ${clip(fuzz.url, 200)}${fuzz.body !== undefined ? ` body=${clip(fuzz.body)}` : ''}${fuzz.headers['If-Match'] ? ` If-Match=${clip(fuzz.headers['If-Match'], 60)}` : ''} [${caller}; ${fuzz.where} ${fuzz.field}: ${fuzz.attack}]`;

const send = (fuzz: FuzzCase) => {
  const http = app.http();
  const call =
    fuzz.method === 'GET' ? http.get(fuzz.url) : fuzz.method === 'POST' ? http.post(fuzz.url) : fuzz.method === 'PUT' ? http.put(fuzz.url) : http.delete(fuzz.url);
  for (const [name, value] of Object.entries(fuzz.headers)) call.set(name, value);
  return fuzz.body === undefined ? call : call.set(fuzz.contentType ? { 'Content-Type': fuzz.contentType } : json).send(fuzz.body);
};

interface ErrorBody {
  data?: unknown;
  error?: { status?: number; name?: string; message?: string; details?: { errors?: { path?: unknown; message?: string }[] } };
  errors?: { message?: string; extensions?: { code?: string; error?: { name?: string; details?: { errors?: { path?: unknown }[] } } } }[];
}

const topField = (fuzz: FuzzCase) => fuzz.field.split('.')[0];
const isPollution = (fuzz: FuzzCase) => /pollution/.test(fuzz.attack);
const namesField = (errors: { path?: unknown; message?: string }[], field: string) =>
  errors.some((error) => (Array.isArray(error.path) && String(error.path[0]) === field) || (error.message ?? '').startsWith(field));

/** The problems of one answer: a 5xx, a 2xx to a write, a 400 outside Strapi's shape or not naming the field. */
const judge = (fuzz: FuzzCase, status: number, body: ErrorBody): { severity: Finding['severity']; problem: string }[] => {
  const problems: { severity: Finding['severity']; problem: string }[] = [];
  const fail = (problem: string) => problems.push({ severity: 'failure', problem });
  const note = (problem: string) => problems.push({ severity: 'note', problem });
  if (status >= 500) fail(`${status} ${clip(JSON.stringify(body?.error ?? body?.errors ?? body), 200)}`);
  if (fuzz.graphql) {
    const errors = body?.errors ?? [];
    if (status < 500 && errors.length === 0) note(`${status} without errors: invalid variables accepted`);
    if (errors.some((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR')) fail(`INTERNAL_SERVER_ERROR ${clip(errors[0]?.message ?? '', 200)}`);
    const argument = fuzz.graphql.argument;
    const named = errors.some(
      (error) =>
        (error.message ?? '').includes(`$${argument}`) ||
        (error.message ?? '').startsWith(argument) ||
        (error.extensions?.error?.details?.errors ?? []).some((item) => Array.isArray(item.path) && item.path[0] === argument),
    );
    if (errors.length > 0 && !errors.some((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR') && !named) fail(`errors do not name ${argument}: ${clip(errors[0]?.message ?? '', 200)}`);
    return problems;
  }
  if (status >= 200 && status < 300) {
    if (fuzz.write && !fuzz.acceptedIsNote) fail(`${status}: invalid input accepted by a write, answer ${clip(JSON.stringify(body), 160)}`);
    else if (fuzz.write) note(`${status}: accepted (wrote nothing the snapshot sees)`);
    else if (fuzz.owner === 'plugin' && !isPollution(fuzz)) note(`${status}: invalid ${fuzz.where} accepted by a read`);
  }
  if (status === 400) {
    const error = body?.error;
    if (body?.data !== null || error?.status !== 400 || typeof error?.name !== 'string' || typeof error?.message !== 'string') {
      fail(`400 outside Strapi's error shape: ${clip(JSON.stringify(body), 200)}`);
    } else if (error.name === 'ValidationError') {
      const errors = error.details?.errors;
      const pathsNamed = Array.isArray(errors) && errors.length > 0 && errors.every((item) => Array.isArray(item.path) && item.path.length > 0);
      if (fuzz.owner === 'plugin') {
        if (!pathsNamed) fail(`ValidationError without field paths: ${clip(JSON.stringify(error), 200)}`);
        else if (fuzz.where !== 'header' && !isPollution(fuzz) && !namesField(errors, topField(fuzz))) fail(`ValidationError does not name ${topField(fuzz)}: ${clip(JSON.stringify(errors), 200)}`);
      } else if (!pathsNamed) {
        note(`ValidationError without details.errors[].path: ${clip(error.message, 120)}`);
      }
    }
  }
  return problems;
};

/** Runs the cases in order; every case is judged and followed by a health check. */
const runCases = async (group: string, caller: string, cases: FuzzCase[]) => {
  const counts = tally.byGroup.get(group) ?? { tried: 0, defended: 0 };
  for (const fuzz of cases) {
    const started = Date.now();
    const response = await send(fuzz);
    tally.slowest.push({ ms: Date.now() - started, reproduction: reproduction(fuzz, caller) });
    tally.slowest = tally.slowest.sort((a, b) => b.ms - a.ms).slice(0, 8);
    const problems = judge(fuzz, response.status, (response.body ?? {}) as ErrorBody);
    const health = await app.http().get('/_health');
    if (health.status !== 204) problems.push({ severity: 'failure', problem: `/_health answered ${health.status} afterwards` });
    counts.tried += 1;
    tally.tried += 1;
    if (!problems.some((problem) => problem.severity === 'failure')) {
      counts.defended += 1;
      tally.defended += 1;
    }
    for (const problem of problems) findings.push({ ...problem, problem: `${fuzz.route}: ${problem.problem}`, reproduction: reproduction(fuzz, caller) });
  }
  tally.byGroup.set(group, counts);
};

// ---------------------------------------------------------------------------------------------------------------
// Case builders: one mutation at a time from a valid request.

interface Request {
  route: string;
  method: Method;
  url: string;
  headers: Record<string, string>;
  write: boolean;
  owner: FuzzCase['owner'];
  acceptedIsNote?: boolean;
}

const bodyCases = (request: Request, base: Record<string, unknown>, fields: Record<string, FieldSpec>, perField: number): FuzzCase[] =>
  Object.entries(fields).flatMap(([field, spec]) =>
    pickAttacks(random, bodyAttacks(spec), perField).map((attack) => ({
      ...request,
      body: toJsonText(withField(base, field, attack.value)),
      where: 'body' as const,
      field,
      attack: attack.label,
    })),
  );

/** A body nested or sized past the guard's limits, in place of the whole body (routes whose body is not read). */
const wholeBodyCases = (request: Request): FuzzCase[] =>
  [
    { label: '1000-deep arrays', value: { x: nestedArrays(1000) } },
    { label: '1000-deep objects', value: { x: nestedObjects(1000) } },
    { label: '30000 nodes', value: { x: Array.from({ length: 30_000 }, (_, index) => index) }, field: 'body' },
  ].map((attack) => ({ ...request, body: toJsonText(attack.value), where: 'body' as const, field: attack.field ?? 'x', attack: attack.label }));

/** A whole body that is not a JSON object: a list, a bare string, form fields, plain text. */
const bodyShapeCases = (request: Request, base: Record<string, unknown>): FuzzCase[] =>
  [
    { label: 'JSON list of the valid body', body: toJsonText([base]) },
    { label: 'JSON string', body: '"headline"' },
    { label: 'text/plain body', body: 'headline: Fuzz', contentType: 'text/plain' },
  ].map((attack) => ({ ...request, body: attack.body, contentType: attack.contentType, where: 'body' as const, field: 'body', attack: attack.label }));

const queryString = (query: Record<string, string>, replaced: string | null, fragment: string) =>
  [...Object.entries(query).filter(([name]) => name !== replaced).map(([name, value]) => `${name}=${value}`), fragment].filter(Boolean).join('&');

const queryCases = (request: Request, path: string, base: Record<string, string>, params: Record<string, number>, extra: QueryAttack[] = [], body?: string): FuzzCase[] =>
  Object.entries(params).flatMap(([param, count]) =>
    [QUERY_ATTACKS[0], ...sample(random, [...QUERY_ATTACKS.slice(1), ...extra], count - 1)].map((attack) => ({
      ...request,
      url: `${path}?${queryString(base, param, attack.fragment(param))}`,
      body,
      where: 'query' as const,
      field: isPollutionLabel(attack.label) ? attack.label.split(' ')[0] : param,
      attack: attack.label,
    })),
  );

const isPollutionLabel = (label: string) => /pollution/.test(label);

/** Fixed query strings (qs bracket tricks on Strapi's filters, sort, populate and pagination). */
const rawQueryCases = (request: Request, path: string, queries: [string, string][]): FuzzCase[] =>
  queries.map(([label, query]) => ({ ...request, url: `${path}?${query}`, where: 'query' as const, field: query.split(/[[=]/)[0], attack: label }));

const pathCases = (request: Request, template: string, param: string, count: number, body?: string): FuzzCase[] =>
  [PATH_ATTACKS[0], ...sample(random, PATH_ATTACKS.slice(1), count - 1)].map((attack: Attack) => ({
    ...request,
    url: template.replace(`:${param}`, String(attack.value)),
    body,
    where: 'path' as const,
    field: param,
    attack: attack.label,
  }));

// ---------------------------------------------------------------------------------------------------------------
// Valid bodies the mutations start from (each is sent once, valid, in beforeAll, and accepted).

const TOLL_BASE = { source: 'OSDH', asOf: '2020-03-05T09:00:00.000Z', counts: [{ category: 'killed', value: 15, qualifier: 'at-least', group: 'civilians' }] };
const TOLL_FIELDS: Record<string, FieldSpec> = {
  source: { kind: 'text', max: 100, min: 1 },
  asOf: { kind: 'datetime' },
  counts: { kind: 'list' },
  'counts.0.category': { kind: 'choice', values: ['killed', 'injured', 'missing', 'displaced', 'critical', 'arrested', 'evacuated'] },
  'counts.0.value': { kind: 'integer', min: 0, max: 10_000_000 },
  // null is "not given" (exact), as for every optional field of the toll input.
  'counts.0.qualifier': { kind: 'choice', values: ['at-least', 'exact', 'more-than', 'about', 'nearly', 'up-to', 'between'], nullable: true },
  'counts.0.group': { kind: 'text', max: 60, nullable: true },
  mayRise: { kind: 'flag', nullable: true },
  mayRiseReason: { kind: 'text', max: 500, nullable: true, multiline: true },
  changeKind: { kind: 'choice', values: ['initial', 'update', 'correction', 'source-change'], nullable: true },
  note: { kind: 'text', max: 2000, nullable: true, multiline: true },
};

const WEBHOOK_BASE = { name: 'Fuzz partner', url: 'http://127.0.0.1:9/fuzz-hook', events: ['brief.published'] };
const WEBHOOK_FIELDS: Record<string, FieldSpec> = {
  name: { kind: 'text', max: 100, min: 1 },
  url: { kind: 'url', max: 2048, refused: ['http://169.254.169.254/latest/meta-data/', 'http://10.0.0.1/'] },
  events: { kind: 'list' },
  'events.0': { kind: 'choice', values: ['brief.published', 'brief.updated', 'brief.killed'] },
  secret: { kind: 'text', max: 200, min: 16 },
  enabled: { kind: 'flag' },
  entitled: { kind: 'flag' },
};

const SETTINGS_FIELDS: Record<string, FieldSpec> = {
  uriPrefix: { kind: 'text', max: 200, min: 1 },
  publicUrl: { kind: 'url', max: 255, nullable: true },
  staleAfterMinutes: { kind: 'integer', min: 1, max: 10_080 },
  defaultNinjsVersion: { kind: 'choice', values: ['2.2', '3.0', '3.1'] },
  blockPublishOnTollMismatch: { kind: 'flag' },
  knownAgencies: { kind: 'list' },
  'knownAgencies.0': { kind: 'text', max: 100, min: 1 },
  entitledTokenIds: { kind: 'list' },
  'entitledTokenIds.0': { kind: 'integer', min: 1, max: 2_147_483_647 },
};
const SETTINGS_BASE = { uriPrefix: 'urn:newsroom:brief:', publicUrl: 'https://news.example.test', staleAfterMinutes: 60, knownAgencies: ['AFP'], entitledTokenIds: [1] };

const BRIEF_FIELDS: Record<string, FieldSpec> = {
  headline: { kind: 'text', max: 200, min: 1 },
  summary: { kind: 'text', max: 5000, nullable: true, multiline: true },
  slug: { kind: 'text', max: 200, nullable: true },
  urgency: { kind: 'integer', min: 1, max: 9, nullable: true },
  embargoUntil: { kind: 'datetime', nullable: true },
  relatedLinks: { kind: 'list', nullable: true },
  'relatedLinks.0.title': { kind: 'text', max: 300, min: 1 },
  'relatedLinks.0.url': { kind: 'url', max: 2048 },
};
const briefBase = (slug: string) => ({
  headline: 'Fuzz pass: aid convoy reaches Idleb',
  summary: 'A convoy of 30 trucks crossed into Idleb on Thursday, according to the UN.',
  slug,
  urgency: 4,
  embargoUntil: null,
  relatedLinks: [{ title: 'UN OCHA', url: 'https://www.unocha.org/' }],
});

const TAG_FIELDS: Record<string, FieldSpec> = {
  name: { kind: 'text', max: 100, min: 1 },
  slug: { kind: 'text', max: 120, nullable: true },
  kind: { kind: 'choice', values: ['subject', 'place', 'organisation', 'person', 'event'], nullable: true },
};

const cursor = (decoded: string) => `f1.${Buffer.from(decoded, 'utf8').toString('base64url')}`;
const CURSOR_ATTACKS: QueryAttack[] = ['2147483648', '99999999999', '-1', '1e309', '9007199254740993', '1\u0000', 'abc'].map((decoded) => ({
  label: `cursor of ${JSON.stringify(decoded)}`,
  fragment: (name: string) => `${name}=${encodeURIComponent(cursor(decoded))}`,
}));

// ---------------------------------------------------------------------------------------------------------------
// Database snapshot: row counts of every plugin type, the seed brief rows, tags, endpoints and settings.

const snapshot = async () => {
  const counts: Record<string, number> = {};
  for (const name of Object.keys(strapi.plugin('newsroom').contentTypes)) counts[name] = await strapi.db.query(`plugin::newsroom.${name}` as never).count({});
  counts['upload.file'] = await strapi.db.query('plugin::upload.file').count({});
  return {
    counts,
    seedBriefRows: await strapi.db.query(BRIEF).findMany({ where: { slug: ids.mainSlug }, orderBy: { id: 'asc' } }),
    tags: await strapi.db.query(TAG).findMany({ orderBy: { id: 'asc' } }),
    endpoints: await strapi.db.query('plugin::newsroom.webhook-endpoint' as never).findMany({ orderBy: { id: 'asc' } }),
    settings: await (strapi.plugin('newsroom').service('settings') as { get: () => Promise<unknown> }).get(),
  };
};

/** Runs a route group between two snapshots; the group's failures are asserted at the end, all listed at once. */
/** At least this many attacks per group (the smallest, Upload, draws 36 with the default seed). */
const MIN_ATTACKS_PER_GROUP = 30;

const fuzzGroup = async (group: string, runs: [caller: string, cases: FuzzCase[]][]) => {
  const before = await snapshot();
  const firstFinding = findings.length;
  for (const [caller, cases] of runs) await runCases(group, caller, cases);
  expect(tally.byGroup.get(group)?.tried ?? 0).toBeGreaterThanOrEqual(MIN_ATTACKS_PER_GROUP);
  const after = await snapshot();
  const failures = findings.slice(firstFinding).filter((finding) => finding.severity === 'failure');
  const changed = (Object.keys(before) as (keyof typeof before)[]).filter((part) => JSON.stringify(before[part]) !== JSON.stringify(after[part]));
  const countChanges = Object.keys(before.counts).filter((name) => before.counts[name] !== after.counts[name]).map((name) => `${name}: ${before.counts[name]} → ${after.counts[name]}`);
  expect({ failures: failures.map((finding) => `${finding.problem}\n    ${finding.reproduction}`), databaseChanged: changed, countChanges }).toEqual({ failures: [], databaseChanged: [], countChanges: [] });
  expect(after).toEqual(before);
};

const must = async (what: string, response: { status: number; body: unknown }, expected: number) => {
  if (response.status !== expected) throw new Error(`${what}: expected ${expected}, got ${response.status} ${clip(JSON.stringify(response.body), 500)}`);
  return response.body as { data: Record<string, unknown> };
};

beforeAll(async () => {
  app = await bootStrapi();
  strapi = app.strapi;
  auth.superAdmin = await app.adminToken(DEMO.admin);
  auth.deskChief = await app.adminToken(DEMO.deskChief);
  auth.fullAccess = (await app.apiToken('full-access')).accessKey;
  const admin = bearer(auth.superAdmin);

  const main = await strapi.db.query(BRIEF).findOne({ where: { externalId: SEED_EXTERNAL_ID, locale: 'en', publishedAt: { $notNull: true } } });
  ids.mainBrief = main.documentId;
  ids.mainSlug = main.slug;
  mainBriefBase = { headline: main.headline, summary: main.summary, slug: main.slug, urgency: main.urgency, embargoUntil: main.embargoUntil, relatedLinks: main.relatedLinks };
  ids.syriaTag = (await strapi.db.query(TAG).findOne({ where: { name: 'Syria' } })).documentId;

  // Two scratch briefs: the toll target (no toll yet) and one that takes every valid base body once.
  const scratch = async (headline: string) => {
    const created = await strapi.documents(BRIEF).create({ locale: 'en', data: { headline, summary: 'Scratch brief of the fuzz pass.' } });
    await strapi.documents(BRIEF).publish({ documentId: created.documentId, locale: 'en' });
    return created.documentId;
  };
  ids.tollTarget = await scratch('Fuzz pass toll target');
  const check = await scratch('Fuzz pass base check');

  await must('toll base', await app.http().post(`/newsroom/briefs/${check}/tolls`).set(admin).set('If-Match', '"0"').send(TOLL_BASE), 201);
  await must('withhold base', await app.http().post(`/newsroom/briefs/${check}/withhold`).set(admin).send({ reason: 'Fuzz pass: legal check' }), 200);
  await must('release base', await app.http().post(`/newsroom/briefs/${check}/release`).set(admin).send({}), 200);
  await must('kill base', await app.http().post(`/newsroom/briefs/${check}/kill`).set(admin).send({ reason: 'Fuzz pass: wrong story' }), 200);
  const endpoint = await must('webhook create base', await app.http().post('/newsroom/webhooks').set(admin).send(WEBHOOK_BASE), 201);
  ids.webhookEndpoint = endpoint.data.id as number;
  await must('webhook update base', await app.http().put(`/newsroom/webhooks/${ids.webhookEndpoint}`).set(admin).send(WEBHOOK_BASE), 200);
  await must('settings base', await app.http().put('/newsroom/settings').set(admin).send(SETTINGS_BASE), 200);
  await must('Content Manager create base', await app.http().post(`${CM_BRIEFS}?locale=en`).set(admin).send(briefBase('fuzz-pass-content-manager-base')), 201);
  await must('Content Manager update base', await app.http().put(`${CM_BRIEFS}/${ids.mainBrief}?locale=en`).set(admin).send(mainBriefBase), 200);
  await must('Content Manager publish base', await app.http().post(`${CM_BRIEFS}/${ids.tollTarget}/actions/publish?locale=en`).set(admin).send(briefBase('fuzz-pass-toll-target')), 200);
  await must('Content Manager bulk publish base', await app.http().post(`${CM_BRIEFS}/actions/bulkPublish?locale=en`).set(admin).send({ documentIds: [ids.tollTarget] }), 200);
  await must('Content Manager tag create base', await app.http().post(CM_TAGS).set(admin).send({ name: 'Fuzz pass tag', kind: 'subject' }), 201);
  await must('Content Manager tag update base', await app.http().put(`${CM_TAGS}/${ids.syriaTag}`).set(admin).send({ name: 'Syria', kind: 'place' }), 200);
}, 180_000);

afterAll(async () => {
  // The pass's report, whichever groups ran (each group asserts its own attacks and their outcome).
  const groups = [...tally.byGroup.entries()].map(([group, counts]) => `  ${group}: ${counts.defended}/${counts.tried}`).join('\n');
  const listed = (severity: Finding['severity']) =>
    findings.filter((finding) => finding.severity === severity).map((finding) => `  - ${finding.problem}\n      ${finding.reproduction}`).join('\n') || '  (none)';
  const slowest = tally.slowest.map((item) => `  ${item.ms} ms ${clip(item.reproduction, 160)}`).join('\n');
  console.log(
    `never-500 fuzz pass (seed ${SEED}, ${DATABASE}): ${tally.tried} attacks tried, ${tally.defended} defended\n${groups}\nslowest:\n${slowest}\n` +
      `failures:\n${listed('failure')}\nnotes (not asserted):\n${listed('note')}`,
  );
  await app?.destroy();
});

// ---------------------------------------------------------------------------------------------------------------

const adminCases = (token: string): FuzzCase[] => {
  const plugin = (route: string, method: Method, url: string, write: boolean, extra: Partial<Request> = {}): Request => ({
    route, method, url, headers: bearer(token), write, owner: 'plugin', ...extra,
  });
  const tolls = `/newsroom/briefs/${ids.tollTarget}/tolls`;
  const tollAppend = plugin('POST /newsroom/briefs/:documentId/tolls', 'POST', tolls, true, { headers: { ...bearer(token), 'If-Match': '"0"' } });
  const kill = plugin('POST /newsroom/briefs/:documentId/kill', 'POST', `/newsroom/briefs/${ids.mainBrief}/kill`, true);
  const withhold = plugin('POST /newsroom/briefs/:documentId/withhold', 'POST', `/newsroom/briefs/${ids.mainBrief}/withhold`, true);
  const release = plugin('POST /newsroom/briefs/:documentId/release', 'POST', `/newsroom/briefs/${ids.mainBrief}/release`, true);
  const endpoint = `/newsroom/webhooks/${ids.webhookEndpoint}`;
  const reason = (nullable: boolean): FieldSpec => ({ kind: 'text', max: 1000, min: nullable ? 0 : 1, multiline: true, nullable });
  const ifMatch = ['"2147483648"', '"-1"', '"1e309"', '"9007199254740993"', '"NaN"', `"${'9'.repeat(1000)}"`, 'garbage', '"0", "1"'];
  return [
    ...pathCases(plugin('GET /newsroom/briefs/:documentId/tolls', 'GET', '', false), '/newsroom/briefs/:documentId/tolls', 'documentId', 6),
    ...queryCases(plugin('GET /newsroom/briefs/:documentId/tolls', 'GET', '', false), tolls, { locale: 'en' }, { locale: 5 }),
    ...bodyCases(tollAppend, TOLL_BASE, TOLL_FIELDS, 3),
    ...bodyShapeCases(tollAppend, TOLL_BASE),
    ...bodyShapeCases(kill, { reason: 'Fuzz pass' }),
    ...bodyShapeCases(plugin('POST /newsroom/webhooks', 'POST', '/newsroom/webhooks', true), WEBHOOK_BASE),
    ...bodyShapeCases(plugin('PUT /newsroom/settings', 'PUT', '/newsroom/settings', true), SETTINGS_BASE),
    ...sample(random, ifMatch, 4).map((value) => ({ ...tollAppend, headers: { ...tollAppend.headers, 'If-Match': value }, body: toJsonText(TOLL_BASE), where: 'header' as const, field: 'If-Match', attack: value.slice(0, 24) })),
    ...pathCases(tollAppend, '/newsroom/briefs/:documentId/tolls', 'documentId', 3, toJsonText(TOLL_BASE)),
    ...queryCases(tollAppend, tolls, {}, { locale: 4 }, [], toJsonText(TOLL_BASE)),
    ...pathCases(plugin('GET /newsroom/briefs/:documentId/ninjs', 'GET', '', false), '/newsroom/briefs/:documentId/ninjs', 'documentId', 5),
    ...queryCases(plugin('GET /newsroom/briefs/:documentId/ninjs', 'GET', '', false), `/newsroom/briefs/${ids.mainBrief}/ninjs`, { locale: 'en' }, { locale: 3, version: 4, profile: 3 }),
    ...bodyCases(kill, { reason: 'Fuzz pass' }, { reason: reason(false) }, 12),
    ...pathCases(kill, '/newsroom/briefs/:documentId/kill', 'documentId', 4, toJsonText({ reason: 'Fuzz pass' })),
    ...bodyCases(withhold, { reason: 'Fuzz pass' }, { reason: reason(false) }, 8),
    ...pathCases(withhold, '/newsroom/briefs/:documentId/withhold', 'documentId', 3, toJsonText({ reason: 'Fuzz pass' })),
    ...bodyCases(release, {}, { reason: reason(true) }, 6),
    ...pathCases(release, '/newsroom/briefs/:documentId/release', 'documentId', 3, '{}'),
    ...queryCases(plugin('GET /newsroom/widgets/may-rise', 'GET', '', false), '/newsroom/widgets/may-rise', { locale: 'en' }, { locale: 6 }),
    ...queryCases(plugin('GET /newsroom/widgets/breaking', 'GET', '', false), '/newsroom/widgets/breaking', { locale: 'en' }, { locale: 6 }),
    ...queryCases(plugin('GET /newsroom/credit/known-agencies', 'GET', '', false), '/newsroom/credit/known-agencies', {}, { locale: 3 }),
    ...wholeBodyCases(plugin('POST /newsroom/settings/setup-roles', 'POST', '/newsroom/settings/setup-roles', true, { acceptedIsNote: true })),
    ...queryCases(plugin('GET /newsroom/webhooks', 'GET', '', false), '/newsroom/webhooks', {}, { page: 3 }),
    ...bodyCases(plugin('POST /newsroom/webhooks', 'POST', '/newsroom/webhooks', true), WEBHOOK_BASE, WEBHOOK_FIELDS, 5),
    ...bodyCases(plugin('PUT /newsroom/webhooks/:id', 'PUT', endpoint, true), WEBHOOK_BASE, WEBHOOK_FIELDS, 3),
    ...pathCases(plugin('PUT /newsroom/webhooks/:id', 'PUT', '', true), '/newsroom/webhooks/:id', 'id', 5, toJsonText(WEBHOOK_BASE)),
    ...pathCases(plugin('POST /newsroom/webhooks/:id/rotate-secret', 'POST', '', true), '/newsroom/webhooks/:id/rotate-secret', 'id', 6, '{}'),
    ...pathCases(plugin('DELETE /newsroom/webhooks/:id', 'DELETE', '', true), '/newsroom/webhooks/:id', 'id', 6),
    ...pathCases(plugin('POST /newsroom/webhook-deliveries/:id/redeliver', 'POST', '', true), '/newsroom/webhook-deliveries/:id/redeliver', 'id', 6, '{}'),
    ...queryCases(plugin('GET /newsroom/webhook-deliveries', 'GET', '', false), '/newsroom/webhook-deliveries', {}, { status: 6, endpointId: 8 }),
    ...queryCases(plugin('GET /newsroom/settings', 'GET', '', false), '/newsroom/settings', {}, { locale: 3 }),
    ...bodyCases(plugin('PUT /newsroom/settings', 'PUT', '/newsroom/settings', true), SETTINGS_BASE, SETTINGS_FIELDS, 4),
  ];
};

const contentApiCases = (token: string): FuzzCase[] => {
  const read = readAs(token, 'plugin');
  const slug = ids.mainSlug;
  const briefFilters: [string, string][] = [
    ['tag slug with NUL', 'filters[tags][slug]=syria%00'],
    ['$eq with NUL', 'filters[tags][slug][$eq]=%00'],
    ['$or bracket trick', `filters[$or][0][slug][$eq]=${slug}`],
    ['$ne operator', 'filters[tags][slug][$ne]=syria'],
    ['$in list', 'filters[tags][slug][$in][0]=syria&filters[tags][slug][$in][1]=%00'],
    ['other field', 'filters[tags][name][$eq]=Syria'],
    ['1000-char tag slug', `filters[tags][slug]=${'a'.repeat(1000)}`],
    ['repeated filter', 'filters[tags][slug]=syria&filters[tags][slug]=world'],
    ['populate', 'populate[tags]=*'],
    ['populate bracket', 'populate[relatedBriefs][populate][createdBy]=*'],
  ];
  return [
    ...queryCases(read('GET /api/newsroom/briefs'), '/api/newsroom/briefs', { locale: 'en', page: '1', pageSize: '5' }, { locale: 4, page: 6, pageSize: 6, filters: 3 }),
    ...rawQueryCases(read('GET /api/newsroom/briefs'), '/api/newsroom/briefs', briefFilters),
    ...pathCases(read('GET /api/newsroom/briefs/:slug'), '/api/newsroom/briefs/:slug', 'slug', 8),
    ...queryCases(read('GET /api/newsroom/briefs/:slug'), `/api/newsroom/briefs/${slug}`, {}, { locale: 4 }),
    ...pathCases(read('GET /api/newsroom/briefs/:slug/tolls'), '/api/newsroom/briefs/:slug/tolls', 'slug', 5),
    ...queryCases(read('GET /api/newsroom/briefs/:slug/tolls'), `/api/newsroom/briefs/${slug}/tolls`, {}, { locale: 3 }),
    ...pathCases(read('GET /api/newsroom/briefs/:slug/ninjs'), '/api/newsroom/briefs/:slug/ninjs', 'slug', 5),
    ...queryCases(read('GET /api/newsroom/briefs/:slug/ninjs'), `/api/newsroom/briefs/${slug}/ninjs`, {}, { locale: 3, version: 3, profile: 3 }),
    ...queryCases(read('GET /api/newsroom/tags'), '/api/newsroom/tags', {}, { locale: 3, page: 2 }),
    ...queryCases(read('GET /api/newsroom/feed'), '/api/newsroom/feed', { limit: '5' }, { since: 8, limit: 6, format: 3, locale: 3 }, CURSOR_ATTACKS),
    ...pathCases(read('GET /api/newsroom/schemas/:file'), '/api/newsroom/schemas/:file', 'file', 6),
  ];
};

const contentManagerBriefCases = (): FuzzCase[] => {
  const cm = (route: string, method: Method, url: string, write: boolean, extra: Partial<Request> = {}): Request => ({
    route, method, url, headers: bearer(auth.superAdmin), write, owner: 'strapi', ...extra,
  });
  let created = 0;
  const createCases = Object.entries(BRIEF_FIELDS).flatMap(([field, spec]) =>
    pickAttacks(random, bodyAttacks(spec), 4).map((attack) => ({
      ...cm('POST /content-manager/…/plugin::newsroom.brief', 'POST', `${CM_BRIEFS}?locale=en`, true),
      // Each create gets its own slug: an accepted case must not hide the next one behind a duplicate.
      body: toJsonText(withField(briefBase(`fuzz-pass-case-${(created += 1)}`), field, attack.value)),
      where: 'body' as const,
      field,
      attack: attack.label,
    })),
  );
  const takenSlugCases = [`${ids.mainSlug}\u200b`, `\u202e${ids.mainSlug}`].map((slug) => ({
    ...cm('POST /content-manager/…/plugin::newsroom.brief', 'POST', `${CM_BRIEFS}?locale=en`, true),
    body: toJsonText(briefBase(slug)),
    where: 'body' as const,
    field: 'slug',
    attack: `the seed brief's slug with an invisible character ${JSON.stringify(slug.replace(ids.mainSlug, '…'))}`,
  }));
  const documentIdsAttacks: Attack[] = [
    { label: 'NUL id', value: ['x\u0000'] },
    { label: 'lone surrogate id', value: ['\ud800'] },
    { label: '1000-char id', value: ['a'.repeat(1000)] },
    { label: 'number id 2147483648', value: [2147483648] },
    { label: 'operator object', value: { $ne: null } },
    { label: 'operator in list', value: [{ $ne: null }] },
    { label: '1000-deep arrays', value: nestedArrays(1000) },
    { label: 'string instead of list', value: 'x' },
    // Missing ids cost bulkPublish ~25 ms each on SQLite, ~70 ms on PostgreSQL (10,000: 104 s): 50 keeps the pass bounded.
    { label: '50 missing ids', value: Array.from({ length: 50 }, (_, index) => `missing-${index}`) },
  ];
  const bulk = (action: string, count: number) =>
    sample(random, documentIdsAttacks, count).map((attack) => ({
      ...cm(`POST /content-manager/…/plugin::newsroom.brief/actions/${action}`, 'POST', `${CM_BRIEFS}/actions/${action}?locale=en`, true, { acceptedIsNote: true }),
      body: toJsonText({ documentIds: attack.value }),
      where: 'body' as const,
      field: 'documentIds',
      attack: attack.label,
    }));
  const listQueries: [string, string][] = [
    ['filter NUL', 'filters[slug][$eq]=x%00'],
    ['$or bracket trick with NUL', 'filters[$or][0][slug][$eq]=%00&filters[$or][1][headline][$containsi]=a'],
    ['integer filter 2147483648', 'filters[urgency][$eq]=2147483648'],
    ['integer filter -2147483649', 'filters[urgency][$lt]=-2147483649'],
    ['integer filter 1e309', 'filters[urgency][$gt]=1e309'],
    ['integer filter NaN', 'filters[urgency][$eq]=NaN'],
    ['id filter 9007199254740993', 'filters[id][$eq]=9007199254740993'],
    ['relation id filter 2147483648', 'filters[tags][id][$eq]=2147483648'],
    ['relation name filter lone surrogate', 'filters[tags][name][$eq]=x%ED%A0%80'],
    ['date filter not a date', 'filters[embargoUntil][$lt]=not-a-date'],
    ['date filter year 275760', 'filters[firstPublishedAt][$gt]=%2B275760-09-13T00:00:00.000Z'],
    ['10000-char $containsi', `filters[headline][$containsi]=${'a'.repeat(10_000)}`],
    ['$in with NUL', 'filters[slug][$in][0]=a&filters[slug][$in][1]=%00'],
    ['unknown field', 'filters[noSuchField][$eq]=1'],
    ['unknown operator', 'filters[slug][$regex]=.*'],
    ['20-deep $and', `${'filters'}${'[$and][0]'.repeat(20)}[slug][$eq]=x`],
    ['private field filter', 'filters[createdBy][password][$startsWith]=%24'],
    ['sort direction', 'sort=headline:sideways'],
    ['sort unknown field', 'sort=noSuchField:asc'],
    ['sort NUL', 'sort[0]=headline%00:asc'],
    ['sort object', 'sort[headline][$gt]=1'],
    ['repeated page', 'page=1&page=2'],
    ['page 2147483648', 'page=2147483648'],
    ['page -1', 'page=-1'],
    ['pageSize 1e309', 'pageSize=1e309'],
    ['pageSize NaN', 'pageSize=NaN'],
    ['page float', 'page=1.5'],
    ['populate private relation', 'populate[createdBy][populate][roles]=*'],
    ['populate deep', 'populate[tags][populate][briefs][populate][tags]=*'],
    ['populate filter NUL', 'populate[tags][filters][name][$eq]=%00'],
    ['locale NUL', 'locale=en%00'],
    ['locale 1000 chars', `locale=${'a'.repeat(1000)}`],
    ['status unknown', 'status=published%00'],
    ['fields private', 'fields[0]=password'],
    ['JSON (blocks) filter', 'filters[body][$contains]=x'],
    ['JSON custom field filter', 'filters[relatedLinks][$eq]=x'],
    ['$between with one value', 'filters[urgency][$between][0]=1'],
    ['sort by media', 'sort=photo:asc'],
    ['sort by relation', 'sort[0]=tags:desc'],
    ['$contains on an integer', 'filters[urgency][$contains]=1'],
    ['$startsWith on a date', 'filters[firstPublishedAt][$startsWith]=2020'],
    ['$notContains on a relation id', 'filters[tags][id][$notContains]=1'],
    ['$and as text', 'filters[$and]=x'],
    ['$or holding text', 'filters[$or][0]=x'],
  ];
  const tagListQueries: [string, string][] = [
    ['filter NUL', 'filters[name][$eq]=Syria%00'],
    ['$or with lone surrogate', 'filters[$or][0][slug][$eq]=x%ED%A0%80'],
    ['id filter 2147483648', 'filters[id][$eq]=2147483648'],
    ['kind filter unknown', 'filters[kind][$eq]=not-a-kind'],
    ['sort NUL', 'sort=name%00:asc'],
    ['page 2147483648', 'page=2147483648&pageSize=10'],
    ['repeated pageSize', 'pageSize=10&pageSize=20'],
    ['populate deep', 'populate[briefs][populate][tags]=*'],
    ['sort by relation', 'sort=briefs:asc'],
  ];
  const relationQueries: [string, string][] = [
    ['idsToOmit past int4', 'idsToOmit[0]=99999999999'],
    ['idsToInclude Infinity', 'idsToInclude[0]=1e309'],
    ['idsToOmit text', 'idsToOmit=abc'],
    ['_q with NUL', '_q=a%00'],
  ];
  const tagCases = [
    ...bodyCases(cm('POST /content-manager/…/plugin::newsroom.tag', 'POST', CM_TAGS, true), { name: 'Fuzz pass candidate tag', kind: 'subject' }, TAG_FIELDS, 4),
    // A typed slug is folded before it is stored: with an invisible character it is still the taken slug "syria".
    ...['syria\u200b', '\u202esyria', 'sy\u200dria', '\ufeffsyria'].map((slug) => ({
      ...cm('POST /content-manager/…/plugin::newsroom.tag', 'POST', CM_TAGS, true),
      body: toJsonText({ name: 'Fuzz pass candidate tag', slug, kind: 'place' }),
      where: 'body' as const,
      field: 'slug',
      attack: `taken slug with invisible character ${JSON.stringify(slug)}`,
    })),
    ...bodyCases(cm('PUT /content-manager/…/plugin::newsroom.tag/:id', 'PUT', `${CM_TAGS}/${ids.syriaTag}`, true), { name: 'Syria', kind: 'place' }, TAG_FIELDS, 3),
    ...bodyShapeCases(cm('POST /content-manager/…/plugin::newsroom.tag', 'POST', CM_TAGS, true), { name: 'Fuzz pass shape tag', kind: 'subject' }),
    ...bodyShapeCases(cm('PUT /content-manager/…/plugin::newsroom.tag/:id', 'PUT', `${CM_TAGS}/${ids.syriaTag}`, true), { name: 'Syria', kind: 'place' }),
    ...rawQueryCases(cm('GET /content-manager/…/plugin::newsroom.tag', 'GET', '', false), CM_TAGS, tagListQueries),
    ...rawQueryCases(cm('GET /content-manager/relations/plugin::newsroom.brief/tags', 'GET', '', false), '/content-manager/relations/plugin::newsroom.brief/tags', relationQueries),
    ...rawQueryCases(cm('GET /content-manager/relations/plugin::newsroom.brief/:id/relatedBriefs', 'GET', '', false), `/content-manager/relations/plugin::newsroom.brief/${ids.mainBrief}/relatedBriefs`, relationQueries),
    ...sample(random, documentIdsAttacks, 3).map((attack) => ({
      ...cm('POST /content-manager/…/plugin::newsroom.tag/actions/bulkDelete', 'POST', `${CM_TAGS}/actions/bulkDelete`, true, { acceptedIsNote: true }),
      body: toJsonText({ documentIds: attack.value }),
      where: 'body' as const,
      field: 'documentIds',
      attack: attack.label,
    })),
  ];
  return [
    ...createCases,
    ...takenSlugCases,
    ...queryCases(cm('POST /content-manager/…/plugin::newsroom.brief', 'POST', '', true), CM_BRIEFS, { locale: 'en' }, { locale: 5 }, [
      { label: 'unknown locale', fragment: () => 'locale=xx' },
    ], toJsonText(briefBase('fuzz-pass-locale-case'))),
    ...bodyCases(cm('PUT /content-manager/…/plugin::newsroom.brief/:id', 'PUT', `${CM_BRIEFS}/${ids.mainBrief}?locale=en`, true), mainBriefBase, BRIEF_FIELDS, 3),
    ...pathCases(cm('PUT /content-manager/…/plugin::newsroom.brief/:id', 'PUT', '', true), `${CM_BRIEFS}/:id?locale=en`, 'id', 4, toJsonText(mainBriefBase)),
    ...pathCases(cm('GET /content-manager/…/plugin::newsroom.brief/:id', 'GET', '', false), `${CM_BRIEFS}/:id?locale=en`, 'id', 4),
    ...bodyCases(cm('POST /content-manager/…/plugin::newsroom.brief/:id/actions/publish', 'POST', `${CM_BRIEFS}/${ids.mainBrief}/actions/publish?locale=en`, true), mainBriefBase, BRIEF_FIELDS, 2),
    ...rawQueryCases(cm('GET /content-manager/…/plugin::newsroom.brief', 'GET', '', false), CM_BRIEFS, listQueries),
    ...bodyShapeCases(cm('POST /content-manager/…/plugin::newsroom.brief', 'POST', `${CM_BRIEFS}?locale=en`, true), briefBase('fuzz-pass-body-shape')),
    ...bodyShapeCases(cm('PUT /content-manager/…/plugin::newsroom.brief/:id', 'PUT', `${CM_BRIEFS}/${ids.mainBrief}?locale=en`, true), mainBriefBase),
    ...bodyShapeCases(cm('POST /content-manager/…/plugin::newsroom.brief/:id/actions/publish', 'POST', `${CM_BRIEFS}/${ids.mainBrief}/actions/publish?locale=en`, true), mainBriefBase),
    ...bodyShapeCases(cm('POST /content-manager/…/plugin::newsroom.brief/:id/actions/unpublish', 'POST', `${CM_BRIEFS}/${ids.mainBrief}/actions/unpublish?locale=en`, true), {}),
    ...bodyShapeCases(cm('POST /content-manager/…/plugin::newsroom.brief/clone/:id', 'POST', `${CM_BRIEFS}/clone/${ids.mainBrief}?locale=en`, true), briefBase('fuzz-pass-clone')),
    ...bodyShapeCases(cm('POST /content-manager/…/plugin::newsroom.brief/actions/bulkDelete', 'POST', `${CM_BRIEFS}/actions/bulkDelete?locale=en`, true), { documentIds: [ids.mainBrief] }),
    ...bulk('bulkPublish', 4),
    ...bulk('bulkUnpublish', 4),
    ...bulk('bulkDelete', 5),
    ...tagCases,
    // Strapi reads discardDraft as truthy and an unpublish is a valid write: only the body the guard must refuse.
    {
      ...cm('POST /content-manager/…/plugin::newsroom.brief/:id/actions/unpublish', 'POST', `${CM_BRIEFS}/${ids.mainBrief}/actions/unpublish?locale=en`, true),
      body: toJsonText({ discardDraft: nestedObjects(1000) }),
      where: 'body' as const,
      field: 'discardDraft',
      attack: '1000-deep objects',
    },
  ];
};

const uploadCases = (token: string): FuzzCase[] => {
  const read = readAs(token, 'strapi');
  const queries: [string, string][] = [
    ['filter NUL', 'filters[name][$eq]=x%00'],
    ['$or bracket trick with NUL', 'filters[$or][0][name][$eq]=%00&filters[$or][1][caption][$containsi]=a'],
    ['id filter 2147483648', 'filters[id][$eq]=2147483648'],
    ['size filter 1e309', 'filters[size][$gt]=1e309'],
    ['width filter NaN', 'filters[width][$eq]=NaN'],
    ['related id filter 2147483648', 'filters[related][id][$eq]=2147483648'],
    ['populate related', 'populate[related]=*'],
    ['populate related with NUL filter', 'populate[related][filters][slug][$eq]=%00'],
    ['lone surrogate filter', 'filters[alternativeText][$containsi]=x%ED%A0%80'],
    ['10000-char filter', `filters[name][$contains]=${'a'.repeat(10_000)}`],
    ['pagination 2147483648', 'pagination[page]=2147483648'],
    ['pagination 1e309', 'pagination[pageSize]=1e309'],
    ['sort NUL', 'sort=name%00:asc'],
    ['20-deep $and', `filters${'[$and][0]'.repeat(20)}[name][$eq]=x`],
    ['JSON filter', 'filters[formats][$contains]=x'],
    ['sort by morph relation', 'sort=related:asc'],
    ['$between as text', 'filters[name][$between]=a'],
    ['$contains on a decimal', 'filters[size][$contains]=1'],
    ['$endsWith on a date', 'filters[createdAt][$endsWith]=Z'],
  ];
  return [
    ...rawQueryCases(read('GET /api/upload/files'), '/api/upload/files', queries),
    ...pathCases(read('GET /api/upload/files/:id'), '/api/upload/files/:id', 'id', 4),
  ];
};

/** The admin media library (`/upload`): the same file filters, its search, file and folder ids (super admin). */
const mediaLibraryCases = (): FuzzCase[] => {
  const read = readAs(auth.superAdmin, 'strapi');
  const queries: [string, string][] = [
    ['search NUL', '_q=a%00'],
    ['related id filter', 'filters[related][id][$eq]=1'],
    ['folder id filter as text', 'filters[folder][id][$eq]=abc'],
    ['$and as text', 'filters[$and]=x'],
    ['$contains on a decimal', 'filters[size][$contains]=1'],
    ['JSON filter', 'filters[formats][$contains]=x'],
    ['sort by morph relation', 'sort=related:asc'],
    ['filter NUL', 'filters[$and][0][name][$contains]=x%00'],
    ['id filter 2147483648', 'filters[id][$eq]=2147483648'],
    ['size filter 1e309', 'filters[size][$gt]=1e309'],
    ['$between with one value', 'filters[size][$between][0]=1'],
    ['lone surrogate search', '_q=x%ED%A0%80'],
  ];
  return [
    ...rawQueryCases(read('GET /upload/files'), '/upload/files', queries),
    ...rawQueryCases(read('GET /upload/folders'), '/upload/folders', [['id filter as text', 'filters[id][$eq]=abc'], ['filter NUL', 'filters[name][$eq]=%00']]),
    ...pathCases(read('GET /upload/files/:id'), '/upload/files/:id', 'id', 8),
    ...pathCases(read('GET /upload/folders/:id'), '/upload/folders/:id', 'id', 8),
  ];
};

const graphqlCases = (token: string): FuzzCase[] => {
  const list = 'query ($locale: String, $page: Int, $pageSize: Int, $tagSlug: String) { newsroomBriefs(locale: $locale, page: $page, pageSize: $pageSize, tagSlug: $tagSlug) { data { slug } meta { pagination { total } } } }';
  const one = 'query ($slug: String!, $locale: String) { newsroomBrief(slug: $slug, locale: $locale) { slug } }';
  const variables: [query: string, base: Record<string, unknown>, argument: string, type: 'String' | 'Int', spec: FieldSpec, count: number][] = [
    [list, { locale: 'en', page: 1, pageSize: 5 }, 'locale', 'String', { kind: 'text', max: 10, nullable: true }, 4],
    [list, { locale: 'en', page: 1, pageSize: 5 }, 'page', 'Int', { kind: 'integer', min: 1, max: 100_000, nullable: true }, 5],
    [list, { locale: 'en', page: 1, pageSize: 5 }, 'pageSize', 'Int', { kind: 'integer', min: 1, max: 100, nullable: true }, 5],
    [list, { locale: 'en', page: 1, pageSize: 5 }, 'tagSlug', 'String', { kind: 'text', max: 120, nullable: true }, 5],
    [one, { slug: ids.mainSlug, locale: 'en' }, 'slug', 'String', { kind: 'text', max: 255, min: 1 }, 6],
    [one, { slug: ids.mainSlug, locale: 'en' }, 'locale', 'String', { kind: 'text', max: 10, nullable: true }, 3],
  ];
  return variables.flatMap(([query, base, argument, type, spec, count]) =>
    pickAttacks(random, graphqlVariableAttacks(type, spec), count).map((attack) => ({
      route: `POST /graphql ${query.includes('newsroomBriefs') ? 'newsroomBriefs' : 'newsroomBrief'}`,
      method: 'POST' as const,
      url: '/graphql',
      headers: bearer(token),
      body: toJsonText({ query, variables: withField(base, argument, attack.value) }),
      where: 'variables' as const,
      field: argument,
      attack: attack.label,
      write: false,
      owner: 'plugin' as const,
      graphql: { argument },
    })),
  );
};

describe(`never 500: fuzz pass, seed ${SEED}, ${DATABASE}`, () => {
  test('plugin admin routes (super admin, desk chief)', async () => {
    await fuzzGroup('admin routes', [
      ['super admin', adminCases(auth.superAdmin)],
      // Most of these stop at the desk chief's permissions: a seeded half of the cases is enough there.
      ['desk chief', adminCases(auth.deskChief).filter(() => random() < 0.5)],
    ]);
  }, 240_000);

  test('plugin Content API routes (anonymous, full-access token)', async () => {
    await fuzzGroup('Content API routes', [
      ['anonymous', contentApiCases('')],
      ['full-access token', contentApiCases(auth.fullAccess)],
    ]);
  }, 240_000);

  test('Content Manager: briefs and tags (create, update, publish, list, bulk actions)', async () => {
    await fuzzGroup('Content Manager', [['super admin', contentManagerBriefCases()]]);
  }, 240_000);

  test('admin media library: GET /upload/files and /upload/folders', async () => {
    await fuzzGroup('media library', [['super admin', mediaLibraryCases()]]);
  }, 240_000);

  test('Upload Content API: GET /api/upload/files with filters', async () => {
    await fuzzGroup('Upload', [
      ['anonymous', uploadCases('')],
      ['full-access token', uploadCases(auth.fullAccess)],
    ]);
  }, 240_000);

  test('GraphQL newsroom queries (variables fuzzed)', async () => {
    await fuzzGroup('GraphQL', [
      ['anonymous', graphqlCases('')],
      ['full-access token', graphqlCases(auth.fullAccess)],
    ]);
  }, 240_000);
});
