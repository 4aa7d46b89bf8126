/**
 * The permission matrix: every caller (anonymous, API tokens of each type, the demo admin roles) against every
 * plugin route and every Strapi route that reaches plugin content (Content Manager, Upload, GraphQL). One row per
 * (route, caller) with the expected status; every read is also searched for what must never leak (embargoed and
 * draft briefs, kill reasons of briefs killed under embargo, tags only they use, secrets, internal fields).
 */
import type { Response, Test } from 'supertest';
import { bootStrapi, DEMO, DEMO_PASSWORD, type TestStrapi } from '../helpers/strapi';
import { contentManager } from '../helpers/content-manager';
import { SEED_EXTERNAL_ID } from '../helpers/toll-desk';
import { CONTENT_API_READ_ACTIONS } from '../../server/src/permissions';

type Caller = 'anonymous' | 'readOnly' | 'partner' | 'fullAccess' | 'author' | 'editor' | 'deskChief' | 'superAdmin';
const CONTENT_CALLERS = ['anonymous', 'readOnly', 'partner', 'fullAccess'] as const;
const ADMIN_CALLERS = ['author', 'editor', 'deskChief', 'superAdmin'] as const;
const CALLERS: Caller[] = [...CONTENT_CALLERS, ...ADMIN_CALLERS];

/** An HTTP status, a set of acceptable ones, or for GraphQL the error code of the first error ('data' = no error). */
type Expected = number | number[] | { graphql: 'data' | 'NOT_FOUND' | 'GONE' | 'FORBIDDEN' };
type Expectations = Record<Caller, Expected>;

/** Content API route: content callers as given (default `status`), admin JWTs 401 (not a Content API credential). */
const contentRoute = (status: Expected, overrides: Partial<Record<(typeof CONTENT_CALLERS)[number], Expected>> = {}): Expectations => ({
  anonymous: status, readOnly: status, partner: status, fullAccess: status, ...overrides,
  author: 401, editor: 401, deskChief: 401, superAdmin: 401,
});
/** Admin route: API tokens and anonymous 401, admin roles as given. */
const adminRoute = (byRole: Record<(typeof ADMIN_CALLERS)[number], Expected>): Expectations => ({
  anonymous: 401, readOnly: 401, partner: 401, fullAccess: 401, ...byRole,
});
const allRoles = (status: Expected) => ({ author: status, editor: status, deskChief: status, superAdmin: status });
const onlySuperAdmin = (status: Expected) => ({ author: 403, editor: 403, deskChief: 403, superAdmin: status });
const deskChiefs = (status: Expected) => ({ author: 403, editor: 403, deskChief: status, superAdmin: status });
/** A refusal of a status change on a killed brief: the exact 4xx is the state machine's, but never a success. */
const REFUSED = [400, 403, 409];

const MARK = 'Zqxv';
const UNKNOWN_ID = 'zzzzzzzzzzzzzzzzzzzzzzzz';
const AUTHOR = 'author@newsroom.local';
const INTERNAL_TYPES = ['toll-revision', 'brief-correction', 'toll-proposal', 'toll-state', 'feed-event', 'feed-counter', 'webhook-endpoint', 'webhook-delivery'];
/** Never in a Content API answer of the plugin (nor in a file's `related`). */
const FORBIDDEN_KEYS = ['createdBy', 'updatedBy', 'killReason', 'statusChangedAt', 'secret', 'previousSecret', 'previousSecretUntil', 'madeById', 'madeByName', 'publishedAt'];

interface Fixtures {
  seedSlug: string;
  seedId: string;
  seedTagId: string;
  killedSlug: string;
  photoId: number;
  embargoed: { documentId: string; slug: string };
  draft: { documentId: string; slug: string };
  killedUnderEmbargo: { documentId: string; slug: string };
  holder: { documentId: string; slug: string };
  webhookId: number;
}

let app: TestStrapi;
let fx: Fixtures;
const credentials = new Map<Caller, string | null>();

const withAuth = (call: Test, caller: Caller) => {
  const key = credentials.get(caller);
  return key ? call.set('Authorization', `Bearer ${key}`) : call;
};
const superAdminCm = () => contentManager(app, credentials.get('superAdmin') as string);

const createBrief = async (data: Record<string, unknown>, publish: boolean) => {
  const cm = superAdminCm();
  const created = await cm.createBrief(data);
  if (created.status !== 201) throw new Error(`create failed: ${created.status} ${JSON.stringify(created.body)}`);
  const { documentId, slug } = created.body.data as { documentId: string; slug: string };
  if (publish) {
    const published = await cm.publishBrief(documentId);
    if (published.status !== 200) throw new Error(`publish failed: ${published.status} ${JSON.stringify(published.body)}`);
  }
  return { documentId, slug };
};
const createTag = async (name: string) => {
  const created = await superAdminCm().createTag({ name, kind: 'subject' });
  if (created.status !== 201) throw new Error(`tag create failed: ${created.status} ${JSON.stringify(created.body)}`);
  return created.body.data.documentId as string;
};
const inOneDay = () => new Date(Date.now() + 24 * 3_600_000).toISOString();

/** Walks a JSON value and reports what must not be there. */
const leaksIn = (value: unknown, options: { pluginFields: boolean }, path = '$'): string[] => {
  if (Array.isArray(value)) return value.flatMap((item, index) => leaksIn(item, options, `${path}[${index}]`));
  if (typeof value !== 'object' || value === null) return [];
  const found: string[] = [];
  for (const [key, item] of Object.entries(value)) {
    if (options.pluginFields && FORBIDDEN_KEYS.includes(key)) found.push(`${path}.${key}`);
    if (options.pluginFields && key === 'id' && typeof item === 'number') found.push(`${path}.id`);
    if (key === '__type' && typeof item === 'string' && item.startsWith('plugin::newsroom.')) found.push(`${path}.__type=${item}`);
    found.push(...leaksIn(item, options, `${path}.${key}`));
  }
  return found;
};

/** What no Content API answer may contain for a caller not entitled to embargoed copy. */
const assertNoContentLeak = (response: Response, options: { pluginFields: boolean }) => {
  const text = JSON.stringify(response.body ?? null) + (typeof response.text === 'string' ? response.text : '');
  for (const secret of [MARK, fx.embargoed.documentId, fx.draft.documentId, fx.killedUnderEmbargo.documentId]) expect(text).not.toContain(secret);
  expect(leaksIn(response.body, options)).toEqual([]);
};
/** Secret values (not the schema's attribute definitions, which the admin's init lists). */
const secretValuesIn = (value: unknown): string[] => {
  if (Array.isArray(value)) return value.flatMap(secretValuesIn);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) => (['secret', 'previousSecret'].includes(key) && typeof item === 'string' ? [item] : secretValuesIn(item)));
};
/** Admin answers may show drafts and embargoes to the desk, never a webhook secret. */
const assertNoSecret = (response: Response) => {
  expect(JSON.stringify(response.body ?? null)).not.toContain(`secret-${MARK}`);
  expect(secretValuesIn(response.body)).toEqual([]);
};

interface Row {
  name: string;
  expect: Expectations;
  send: (caller: Caller) => PromiseLike<Response>;
  /** Content API reads: the leak search runs on every answer (plugin routes: no internal field, no numeric id either). */
  contentApi?: 'plugin' | 'strapi';
  check?: (response: Response, caller: Caller) => void | Promise<void>;
}

const get = (path: () => string) => (caller: Caller) => withAuth(app.http().get(path()), caller);
const post = (path: () => string, body: () => object = () => ({})) => (caller: Caller) => withAuth(app.http().post(path()), caller).send(body());
const put = (path: () => string, body: () => object = () => ({})) => (caller: Caller) => withAuth(app.http().put(path()), caller).send(body());
const del = (path: () => string) => (caller: Caller) => withAuth(app.http().delete(path()), caller);
const graphql = (query: string) => (caller: Caller) => withAuth(app.http().post('/graphql'), caller).send({ query });

const CM = (uid: string) => `/content-manager/collection-types/${uid}`;
const BRIEF_CM = CM('plugin::newsroom.brief');
const TAG_CM = CM('plugin::newsroom.tag');

const contentApiRows: Row[] = [
  { name: 'GET /api/newsroom/briefs', expect: contentRoute(200), send: get(() => '/api/newsroom/briefs?pageSize=100'), contentApi: 'plugin' },
  { name: 'GET /api/newsroom/briefs?locale=fr', expect: contentRoute(200), send: get(() => '/api/newsroom/briefs?locale=fr&pageSize=100'), contentApi: 'plugin' },
  {
    name: 'GET /api/newsroom/briefs/:slug (public)', expect: contentRoute(200), send: get(() => `/api/newsroom/briefs/${fx.seedSlug}`), contentApi: 'plugin',
    check: (response) => {
      if (response.status === 200) expect(response.body.data.slug).toBe(fx.seedSlug);
    },
  },
  {
    name: 'GET /api/newsroom/briefs/:slug (relates to embargoed, draft and killed-under-embargo briefs)', expect: contentRoute(200),
    send: get(() => `/api/newsroom/briefs/${fx.holder.slug}`), contentApi: 'plugin',
    check: (response) => {
      if (response.status === 200) expect(response.body.data.relatedBriefs).toEqual([]);
    },
  },
  { name: 'GET /api/newsroom/briefs/:slug (embargoed)', expect: contentRoute(404), send: get(() => `/api/newsroom/briefs/${fx.embargoed.slug}`), contentApi: 'plugin' },
  { name: 'GET /api/newsroom/briefs/:slug (draft)', expect: contentRoute(404), send: get(() => `/api/newsroom/briefs/${fx.draft.slug}`), contentApi: 'plugin' },
  {
    name: 'GET /api/newsroom/briefs/:slug (killed under embargo)', expect: contentRoute(404),
    send: get(() => `/api/newsroom/briefs/${fx.killedUnderEmbargo.slug}`), contentApi: 'plugin',
    check: async (response) => {
      // Indistinguishable from an unknown slug: same status, same body.
      const unknown = await app.http().get('/api/newsroom/briefs/no-such-brief-anywhere');
      if (response.status === 404) expect(response.body).toEqual(unknown.body);
    },
  },
  {
    name: 'GET /api/newsroom/briefs/:slug (killed, public before)', expect: contentRoute(410), send: get(() => `/api/newsroom/briefs/${fx.killedSlug}`), contentApi: 'plugin',
    check: (response) => {
      if (response.status === 410) expect(Object.keys(response.body.error.details).sort()).toEqual(['documentId', 'killedAt', 'reason']);
    },
  },
  { name: 'GET /api/newsroom/briefs/:slug/tolls (public)', expect: contentRoute(200), send: get(() => `/api/newsroom/briefs/${fx.seedSlug}/tolls`), contentApi: 'plugin' },
  { name: 'GET /api/newsroom/briefs/:slug/tolls (embargoed)', expect: contentRoute(404), send: get(() => `/api/newsroom/briefs/${fx.embargoed.slug}/tolls`), contentApi: 'plugin' },
  { name: 'GET /api/newsroom/briefs/:slug/tolls (killed under embargo)', expect: contentRoute(404), send: get(() => `/api/newsroom/briefs/${fx.killedUnderEmbargo.slug}/tolls`), contentApi: 'plugin' },
  { name: 'GET /api/newsroom/briefs/:slug/corrections (public)', expect: contentRoute(200), send: get(() => `/api/newsroom/briefs/${fx.seedSlug}/corrections`), contentApi: 'plugin' },
  { name: 'GET /api/newsroom/briefs/:slug/corrections (embargoed)', expect: contentRoute(404), send: get(() => `/api/newsroom/briefs/${fx.embargoed.slug}/corrections`), contentApi: 'plugin' },
  { name: 'GET /api/newsroom/briefs/:slug/corrections (draft)', expect: contentRoute(404), send: get(() => `/api/newsroom/briefs/${fx.draft.slug}/corrections`), contentApi: 'plugin' },
  { name: 'GET /api/newsroom/briefs/:slug/ninjs (public)', expect: contentRoute(200, { anonymous: 403 }), send: get(() => `/api/newsroom/briefs/${fx.seedSlug}/ninjs`), contentApi: 'plugin' },
  { name: 'GET /api/newsroom/briefs/:slug/ninjs (embargoed)', expect: contentRoute(404, { anonymous: 403 }), send: get(() => `/api/newsroom/briefs/${fx.embargoed.slug}/ninjs`), contentApi: 'plugin' },
  { name: 'GET /api/newsroom/briefs/:slug/ninjs (draft)', expect: contentRoute(404, { anonymous: 403 }), send: get(() => `/api/newsroom/briefs/${fx.draft.slug}/ninjs`), contentApi: 'plugin' },
  {
    name: 'GET /api/newsroom/briefs/:slug/ninjs (killed under embargo)', expect: contentRoute(404, { anonymous: 403 }),
    send: get(() => `/api/newsroom/briefs/${fx.killedUnderEmbargo.slug}/ninjs`), contentApi: 'plugin',
  },
  {
    name: 'GET /api/newsroom/briefs/:slug/ninjs (killed, public before: canceled tombstone)', expect: contentRoute(200, { anonymous: 403 }),
    send: get(() => `/api/newsroom/briefs/${fx.killedSlug}/ninjs`), contentApi: 'plugin',
    check: (response) => {
      if (response.status === 200) expect(response.body.pubStatus ?? response.body.pubstatus).toBe('canceled');
    },
  },
  {
    name: 'GET /api/newsroom/tags', expect: contentRoute(200), send: get(() => '/api/newsroom/tags'), contentApi: 'plugin',
    check: (response) => {
      if (response.status !== 200) return;
      const slugs = (response.body.data as { slug: string }[]).map((tag) => tag.slug);
      expect(slugs).toEqual(expect.arrayContaining(['syria', 'osdh']));
      expect(slugs.filter((slug) => slug.includes(MARK.toLowerCase()) || slug.startsWith('matrix-'))).toEqual([]);
    },
  },
  { name: 'GET /api/newsroom/tags?x=1', expect: contentRoute(400), send: get(() => '/api/newsroom/tags?x=1'), contentApi: 'plugin' },
  {
    name: 'GET /api/newsroom/feed', expect: contentRoute(200, { anonymous: 403 }), send: get(() => '/api/newsroom/feed?limit=200'), contentApi: 'plugin',
    check: (response) => {
      if (response.status === 200) expect(response.body.data.length).toBeGreaterThan(0);
    },
  },
  { name: 'GET /api/newsroom/feed?format=ninjs', expect: contentRoute(200, { anonymous: 403 }), send: get(() => '/api/newsroom/feed?limit=200&format=ninjs'), contentApi: 'plugin' },
  { name: 'GET /api/newsroom/schemas/:file', expect: contentRoute(200, { anonymous: 403 }), send: get(() => '/api/newsroom/schemas/ninjs-newsroom-3.0.json'), contentApi: 'plugin' },
];

/** Upload's Content API: `upload.find`/`findOne` are Strapi's own, so a read-only or full-access token passes them. */
const uploadExpect = contentRoute(200, { anonymous: 403, partner: 403 });
const uploadRows: Row[] = [
  ...['?populate=related', '?populate=*', '?populate[related]=true', '?populate[related][populate]=*'].map((query): Row => ({
    name: `GET /api/upload/files${query}`, expect: uploadExpect, send: get(() => `/api/upload/files${query}`), contentApi: 'strapi',
    check: (response) => {
      if (response.status !== 200) return;
      const photo = (response.body as { id: number; related?: unknown[] }[]).find((file) => file.id === fx.photoId);
      expect(photo).toBeDefined();
      // Strapi populates a morph relation or drops the nested populate; either way no plugin entity.
      expect(photo?.related ?? []).toEqual([]);
    },
  })),
  {
    name: 'GET /api/upload/files/:id?populate=related', expect: uploadExpect, send: get(() => `/api/upload/files/${fx.photoId}?populate=related`), contentApi: 'strapi',
    check: (response) => {
      if (response.status === 200) expect(response.body.related).toEqual([]);
    },
  },
  {
    name: 'GET /api/upload/files?fields[0]=related', expect: contentRoute(400, { anonymous: 403, partner: 403 }), send: get(() => '/api/upload/files?fields[0]=related'), contentApi: 'strapi',
  },
  // The input guard refuses filters and sorts through the polymorphic `related` before any auth: whoever asks.
  ...[
    'filters[related][id][$gt]=0', 'filters[related][headline][$contains]=Embargoed', 'filters[related][__type][$eq]=plugin::newsroom.brief',
    'filters[$or][0][related][headline][$contains]=Embargoed', 'sort=related.headline:asc', 'sort[0][related][headline]=asc',
  ].map((filter): Row => ({
    name: `GET /api/upload/files?${filter}`, expect: { ...contentRoute(400), ...allRoles(400) }, send: get(() => `/api/upload/files?${filter}`), contentApi: 'strapi',
  })),
];

const graphqlRows: Row[] = [
  {
    name: 'POST /graphql newsroomBriefs', expect: contentRoute({ graphql: 'data' }),
    send: graphql('{ newsroomBriefs(pageSize: 100) { data { slug headline } meta { pagination { total } } } }'), contentApi: 'plugin',
  },
  { name: 'POST /graphql newsroomBrief (public)', expect: contentRoute({ graphql: 'data' }), send: (caller) => graphql(`{ newsroomBrief(slug: "${fx.seedSlug}") { slug headline } }`)(caller), contentApi: 'plugin' },
  { name: 'POST /graphql newsroomBrief (embargoed)', expect: contentRoute({ graphql: 'NOT_FOUND' }), send: (caller) => graphql(`{ newsroomBrief(slug: "${fx.embargoed.slug}") { slug headline } }`)(caller), contentApi: 'plugin' },
  { name: 'POST /graphql newsroomBrief (draft)', expect: contentRoute({ graphql: 'NOT_FOUND' }), send: (caller) => graphql(`{ newsroomBrief(slug: "${fx.draft.slug}") { slug headline } }`)(caller), contentApi: 'plugin' },
  {
    name: 'POST /graphql newsroomBrief (killed under embargo)', expect: contentRoute({ graphql: 'NOT_FOUND' }),
    send: (caller) => graphql(`{ newsroomBrief(slug: "${fx.killedUnderEmbargo.slug}") { slug headline } }`)(caller), contentApi: 'plugin',
  },
  {
    // Upload's GraphQL morph `related`: Strapi's resolver cannot resolve it (an internal error), the argument guard refuses it.
    name: 'POST /graphql uploadFiles related', expect: contentRoute(400), send: graphql('{ uploadFiles { name related { __typename } } }'), contentApi: 'strapi',
    check: (response) => expect(JSON.stringify(response.body.data ?? null)).not.toMatch(/Newsroom/i),
  },
  { name: 'POST /graphql newsroomBrief (killed, public before)', expect: contentRoute({ graphql: 'GONE' }), send: (caller) => graphql(`{ newsroomBrief(slug: "${fx.killedSlug}") { slug headline } }`)(caller), contentApi: 'plugin' },
];

const adminPluginRows: Row[] = [
  // CAN_READ_BRIEFS routes apply the Content Manager read conditions: the Author reads only briefs they created.
  { name: 'GET /newsroom/briefs/:documentId/tolls', expect: adminRoute({ ...allRoles(200), author: 404 }), send: get(() => `/newsroom/briefs/${fx.seedId}/tolls`), check: (response) => assertNoSecret(response) },
  {
    name: 'POST /newsroom/briefs/:documentId/tolls (stale If-Match)', expect: adminRoute(deskChiefs(412)),
    send: (caller) => withAuth(app.http().post(`/newsroom/briefs/${fx.seedId}/tolls`), caller).set('If-Match', '"0"').send({
      source: 'OSDH', asOf: new Date().toISOString(), counts: [{ category: 'killed', value: 20, qualifier: 'at-least', group: 'civilians' }], changeKind: 'update',
    }),
  },
  { name: 'GET /newsroom/briefs/:documentId/corrections', expect: adminRoute({ ...allRoles(200), author: 404 }), send: get(() => `/newsroom/briefs/${fx.seedId}/corrections`) },
  // Publishing a correction needs the Content Manager update and publish permissions (the Author has no publish).
  { name: 'POST /newsroom/briefs/:documentId/corrections (unknown brief)', expect: adminRoute({ ...allRoles(404), author: 403 }), send: post(() => `/newsroom/briefs/${UNKNOWN_ID}/corrections`, () => ({ note: 'matrix' })) },
  // The wire import needs the create permission on briefs (every role has it); it writes only with create: true.
  { name: 'POST /newsroom/import (parse only)', expect: adminRoute(allRoles(200)), send: post(() => '/newsroom/import', () => ({ text: `Three killed in a landslide - John SMITH / AFP\n\nThree people were killed, police said. ${MARK}`, language: 'en' })) },
  { name: 'POST /newsroom/import (empty text)', expect: adminRoute(allRoles(400)), send: post(() => '/newsroom/import', () => ({ text: '   ', language: 'en' })) },
  { name: 'GET /newsroom/briefs/:documentId/toll-proposal', expect: adminRoute({ ...allRoles(200), author: 404 }), send: get(() => `/newsroom/briefs/${fx.seedId}/toll-proposal`) },
  { name: 'DELETE /newsroom/briefs/:documentId/toll-proposal (unknown brief)', expect: adminRoute(deskChiefs(404)), send: del(() => `/newsroom/briefs/${UNKNOWN_ID}/toll-proposal`) },
  { name: 'GET /newsroom/briefs/:documentId/ninjs (preview)', expect: adminRoute({ ...allRoles(200), author: 404 }), send: get(() => `/newsroom/briefs/${fx.seedId}/ninjs`) },
  { name: 'POST /newsroom/briefs/:documentId/kill (unknown brief)', expect: adminRoute(deskChiefs(404)), send: post(() => `/newsroom/briefs/${UNKNOWN_ID}/kill`, () => ({ reason: 'matrix' })) },
  { name: 'POST /newsroom/briefs/:documentId/withhold (unknown brief)', expect: adminRoute(deskChiefs(404)), send: post(() => `/newsroom/briefs/${UNKNOWN_ID}/withhold`, () => ({ reason: 'matrix' })) },
  { name: 'POST /newsroom/briefs/:documentId/release (unknown brief)', expect: adminRoute(deskChiefs(404)), send: post(() => `/newsroom/briefs/${UNKNOWN_ID}/release`) },
  { name: 'POST /newsroom/briefs/:documentId/release (killed brief)', expect: adminRoute(deskChiefs(409)), send: post(() => `/newsroom/briefs/${fx.killedUnderEmbargo.documentId}/release`) },
  { name: 'GET /newsroom/widgets/may-rise', expect: adminRoute(allRoles(200)), send: get(() => '/newsroom/widgets/may-rise') },
  { name: 'GET /newsroom/widgets/breaking', expect: adminRoute(allRoles(200)), send: get(() => '/newsroom/widgets/breaking') },
  { name: 'GET /newsroom/credit/known-agencies', expect: adminRoute(allRoles(200)), send: get(() => '/newsroom/credit/known-agencies') },
  { name: 'POST /newsroom/settings/setup-roles', expect: adminRoute(onlySuperAdmin(200)), send: post(() => '/newsroom/settings/setup-roles') },
  { name: 'GET /newsroom/webhooks', expect: adminRoute(onlySuperAdmin(200)), send: get(() => '/newsroom/webhooks'), check: (response) => assertNoSecret(response) },
  { name: 'POST /newsroom/webhooks (invalid body)', expect: adminRoute(onlySuperAdmin(400)), send: post(() => '/newsroom/webhooks', () => ({ name: '' })) },
  { name: 'PUT /newsroom/webhooks/:id (unknown)', expect: adminRoute(onlySuperAdmin(404)), send: put(() => '/newsroom/webhooks/999999', () => ({ name: 'matrix' })) },
  { name: 'POST /newsroom/webhooks/:id/rotate-secret (unknown)', expect: adminRoute(onlySuperAdmin(404)), send: post(() => '/newsroom/webhooks/999999/rotate-secret') },
  { name: 'DELETE /newsroom/webhooks/:id (unknown)', expect: adminRoute(onlySuperAdmin(404)), send: del(() => '/newsroom/webhooks/999999') },
  { name: 'GET /newsroom/webhook-deliveries', expect: adminRoute(onlySuperAdmin(200)), send: get(() => '/newsroom/webhook-deliveries'), check: (response) => assertNoSecret(response) },
  { name: 'POST /newsroom/webhook-deliveries/:id/redeliver (unknown)', expect: adminRoute(onlySuperAdmin(404)), send: post(() => '/newsroom/webhook-deliveries/999999/redeliver') },
  { name: 'GET /newsroom/settings', expect: adminRoute(onlySuperAdmin(200)), send: get(() => '/newsroom/settings'), check: (response) => assertNoSecret(response) },
  { name: 'PUT /newsroom/settings (invalid body)', expect: adminRoute(onlySuperAdmin(400)), send: put(() => '/newsroom/settings', () => ({ uriPrefix: 'not a uri' })) },
];

/** A fresh draft (or published brief) per row, made by the super admin: the row's own caller then acts on it. */
const freshBrief = (publish: boolean) => createBrief({ headline: `Matrix brief ${Math.random().toString(36).slice(2, 10)}` }, publish);

const contentManagerRows: Row[] = [
  {
    name: 'GET CM brief list', expect: adminRoute(allRoles(200)), send: get(() => `${BRIEF_CM}?pageSize=100`),
    check: (response, caller) => {
      // The Author sees only briefs they created.
      if (caller === 'author') expect((response.body.results as { externalId: string | null }[]).some((brief) => brief.externalId === SEED_EXTERNAL_ID)).toBe(false);
    },
  },
  { name: 'GET CM brief findOne (seed brief)', expect: adminRoute({ ...allRoles(200), author: 403 }), send: get(() => `${BRIEF_CM}/${fx.seedId}?locale=en`) },
  { name: 'POST CM brief create', expect: adminRoute(allRoles(201)), send: (caller) => post(() => `${BRIEF_CM}?locale=en`, () => ({ headline: `Matrix brief by ${caller}` }))(caller) },
  { name: 'PUT CM brief update (a draft)', expect: adminRoute({ ...allRoles(200), author: 403 }), send: put(() => `${BRIEF_CM}/${fx.draft.documentId}?locale=en`, () => ({ headline: `Draft story ${MARK}` })) },
  {
    name: 'POST CM brief publish (a fresh draft)', expect: adminRoute({ ...allRoles(200), author: 403 }),
    send: async (caller) => {
      const brief = await freshBrief(false);
      return post(() => `${BRIEF_CM}/${brief.documentId}/actions/publish?locale=en`)(caller);
    },
  },
  {
    name: 'POST CM brief unpublish (a fresh public brief)', expect: adminRoute({ ...allRoles(200), author: 403 }),
    send: async (caller) => {
      const brief = await freshBrief(true);
      return post(() => `${BRIEF_CM}/${brief.documentId}/actions/unpublish?locale=en`)(caller);
    },
  },
  {
    name: 'DELETE CM brief (a fresh draft)', expect: adminRoute({ ...allRoles(200), author: 403 }),
    send: async (caller) => {
      const brief = await freshBrief(false);
      return del(() => `${BRIEF_CM}/${brief.documentId}?locale=en`)(caller);
    },
  },
  // Killed is terminal, whatever the Content Manager is asked (the state machine's refusal; the tombstone stays).
  ...[
    ['POST CM brief unpublish (killed brief)', (caller: Caller) => post(() => `${BRIEF_CM}/${fx.killedUnderEmbargo.documentId}/actions/unpublish?locale=en`)(caller)],
    ['PUT CM brief editorialStatus usable (killed brief)', (caller: Caller) => put(() => `${BRIEF_CM}/${fx.killedUnderEmbargo.documentId}?locale=en`, () => ({ editorialStatus: 'usable' }))(caller)],
    ['POST CM brief publish (killed brief)', (caller: Caller) => post(() => `${BRIEF_CM}/${fx.killedUnderEmbargo.documentId}/actions/publish?locale=en`)(caller)],
    ['POST CM brief discard draft (killed brief)', (caller: Caller) => post(() => `${BRIEF_CM}/${fx.killedUnderEmbargo.documentId}/actions/discard?locale=en`)(caller)],
  ].map(([name, send]): Row => ({
    name: name as string, expect: adminRoute({ ...allRoles(REFUSED), author: 403 }), send: send as Row['send'],
    check: async () => {
      const row = (await app.strapi.db.query('plugin::newsroom.brief').findOne({ where: { documentId: fx.killedUnderEmbargo.documentId, publishedAt: { $notNull: true } } })) as { editorialStatus: string } | null;
      expect(row?.editorialStatus).toBe('killed');
    },
  })),
  { name: 'GET CM tag list', expect: adminRoute(allRoles(200)), send: get(() => `${TAG_CM}?pageSize=100`) },
  { name: 'GET CM tag findOne (seed tag)', expect: adminRoute({ ...allRoles(200), author: 403 }), send: get(() => `${TAG_CM}/${fx.seedTagId}`) },
  {
    name: 'PUT CM tag update (a fresh tag)', expect: adminRoute({ ...allRoles(200), author: 403 }),
    send: async (caller) => {
      const documentId = await createTag(`Matrix fresh ${Math.random().toString(36).slice(2, 10)}`);
      return put(() => `${TAG_CM}/${documentId}`, () => ({ name: `Matrix renamed ${Math.random().toString(36).slice(2, 10)}` }))(caller);
    },
  },
  {
    name: 'DELETE CM tag (a fresh tag)', expect: adminRoute({ ...allRoles(200), author: 403 }),
    send: async (caller) => {
      const documentId = await createTag(`Matrix doomed ${Math.random().toString(36).slice(2, 10)}`);
      return del(() => `${TAG_CM}/${documentId}`)(caller);
    },
  },
  // The admin UI's Content Manager still loads, and lists no internal type's documents.
  { name: 'GET CM init', expect: adminRoute(allRoles(200)), send: get(() => '/content-manager/init') },
  { name: 'GET CM content-types', expect: adminRoute(allRoles(200)), send: get(() => '/content-manager/content-types') },
  { name: 'GET CM brief configuration', expect: adminRoute(allRoles(200)), send: get(() => '/content-manager/content-types/plugin::newsroom.brief/configuration') },
  { name: 'GET CM relations brief → tags', expect: adminRoute(allRoles(200)), send: get(() => '/content-manager/relations/plugin::newsroom.brief/tags') },
  {
    name: 'GET CM homepage recent documents', expect: adminRoute(allRoles(200)), send: get(() => '/content-manager/homepage/recent-documents?action=update'),
    check: (response) => {
      if (response.status !== 200) return;
      const uids = (response.body.data as { contentTypeUid: string }[]).map((document) => document.contentTypeUid);
      expect(uids.filter((uid) => INTERNAL_TYPES.some((type) => uid === `plugin::newsroom.${type}`))).toEqual([]);
    },
  },
  { name: 'POST CM tag create', expect: adminRoute(allRoles(201)), send: (caller) => post(() => TAG_CM, () => ({ name: `Matrix ${caller}`, kind: 'subject' }))(caller) },
];

/** Every Content Manager door to an internal type answers 404, even to the super admin. */
const internalTypeRows: Row[] = INTERNAL_TYPES.flatMap((type) => {
  const uid = `plugin::newsroom.${type}`;
  const refused = adminRoute(allRoles(404));
  const check = (response: Response) => assertNoSecret(response);
  return [
    { name: `GET CM ${type} list`, expect: refused, send: get(() => CM(uid)), check },
    { name: `GET CM ${type} list (encoded uid)`, expect: refused, send: get(() => CM(encodeURIComponent(uid))), check },
    { name: `GET CM ${type} findOne`, expect: refused, send: get(() => `${CM(uid)}/${UNKNOWN_ID}`), check },
    { name: `POST CM ${type} create`, expect: refused, send: post(() => CM(uid), () => ({ name: 'matrix' })) },
    { name: `PUT CM ${type} update`, expect: refused, send: put(() => `${CM(uid)}/${UNKNOWN_ID}`, () => ({ name: 'matrix' })) },
    { name: `DELETE CM ${type}`, expect: refused, send: del(() => `${CM(uid)}/${UNKNOWN_ID}`) },
    { name: `POST CM ${type} bulkDelete`, expect: refused, send: post(() => `${CM(uid)}/actions/bulkDelete`, () => ({ documentIds: [UNKNOWN_ID] })) },
    { name: `GET CM single-types ${type}`, expect: refused, send: get(() => `/content-manager/single-types/${uid}`), check },
    { name: `GET CM ${type} configuration`, expect: refused, send: get(() => `/content-manager/content-types/${uid}/configuration`), check },
    { name: `PUT CM ${type} configuration`, expect: refused, send: put(() => `/content-manager/content-types/${uid}/configuration`, () => ({ settings: {} })) },
    { name: `GET CM preview url of ${type}`, expect: refused, send: get(() => `/content-manager/preview/url/${uid}?documentId=${UNKNOWN_ID}`) },
    // Content History is an Enterprise feature: the community edition has no such route (404 for everyone).
    { name: `GET CM history-versions of ${type}`, expect: { ...contentRoute(404), ...allRoles(404) }, send: get(() => `/content-manager/history-versions?contentType=${uid}`), check },
  ];
});

const ROWS: Row[] = [...contentApiRows, ...uploadRows, ...graphqlRows, ...adminPluginRows, ...contentManagerRows, ...internalTypeRows];
const MATRIX = ROWS.flatMap((row) => CALLERS.map((caller) => [row.name, caller, row] as const));

beforeAll(async () => {
  app = await bootStrapi();
  const { strapi } = app;
  const authorRole = (await strapi.service('admin::role').findOne({ code: 'strapi-author' })) as { id: number };
  await strapi.service('admin::user').create({
    email: AUTHOR, firstname: 'Avery', lastname: 'Author', password: DEMO_PASSWORD, isActive: true, registrationToken: null, roles: [authorRole.id],
  });
  credentials.set('anonymous', null);
  credentials.set('readOnly', (await app.apiToken('read-only')).accessKey);
  credentials.set('partner', (await app.apiToken('custom', CONTENT_API_READ_ACTIONS)).accessKey);
  credentials.set('fullAccess', (await app.apiToken('full-access')).accessKey);
  credentials.set('author', await app.adminToken(AUTHOR));
  credentials.set('editor', await app.adminToken(DEMO.editor));
  credentials.set('deskChief', await app.adminToken(DEMO.deskChief));
  credentials.set('superAdmin', await app.adminToken(DEMO.admin));

  const seed = (await strapi.db.query('plugin::newsroom.brief').findOne({ where: { externalId: SEED_EXTERNAL_ID, locale: 'en', publishedAt: { $notNull: true } } })) as { documentId: string; slug: string };
  const killed = (await strapi.db.query('plugin::newsroom.brief').findOne({ where: { editorialStatus: 'killed', locale: 'en', publishedAt: { $notNull: true } } })) as { slug: string };
  const seedTag = (await strapi.db.query('plugin::newsroom.tag').findOne({ where: { slug: 'syria' } })) as { documentId: string };
  const photo = (await strapi.db.query('plugin::upload.file').findOne({ where: { name: 'afp-idleb-placeholder.png' } })) as { id: number };
  const embargoTag = await createTag(`Embargo only ${MARK}`);
  const draftTag = await createTag(`Draft only ${MARK}`);
  await createTag(`Unused ${MARK}`);
  const embargoed = await createBrief({ headline: `Embargoed story ${MARK}`, embargoUntil: inOneDay(), photo: photo.id, tags: { connect: [{ documentId: embargoTag }] } }, true);
  const draft = await createBrief({ headline: `Draft story ${MARK}`, photo: photo.id, tags: { connect: [{ documentId: draftTag }] } }, false);
  const killedUnderEmbargo = await createBrief({ headline: `Killed under embargo ${MARK}`, embargoUntil: inOneDay(), photo: photo.id }, true);
  const kill = await app.http().post(`/newsroom/briefs/${killedUnderEmbargo.documentId}/kill`).set('Authorization', `Bearer ${credentials.get('deskChief')}`).send({ reason: `Legal ${MARK}` });
  if (kill.status !== 200) throw new Error(`kill failed: ${kill.status} ${JSON.stringify(kill.body)}`);
  const holder = await createBrief({
    headline: 'A public brief relating the others',
    relatedBriefs: { connect: [embargoed, draft, killedUnderEmbargo].map(({ documentId }) => ({ documentId, locale: 'en' })) },
  }, true);
  // The webhook secret is ciphertext in the database; a marker stands for it here.
  const webhook = (await strapi.db.query('plugin::newsroom.webhook-endpoint').create({
    data: { name: 'Matrix partner', url: 'https://partner.example.com/hook', secret: `secret-${MARK}`, previousSecret: `secret-${MARK}-old`, events: [], entitled: false, enabled: true },
  })) as { id: number };
  fx = { seedSlug: seed.slug, seedId: seed.documentId, seedTagId: seedTag.documentId, killedSlug: killed.slug, photoId: photo.id, embargoed, draft, killedUnderEmbargo, holder, webhookId: webhook.id };
});

afterAll(async () => {
  await app?.destroy();
});

describe('permission matrix', () => {
  test.each(MATRIX)('%s as %s', async (_name, caller, row) => {
    const response = await row.send(caller);
    const expected = row.expect[caller];
    if (typeof expected === 'object' && !Array.isArray(expected)) {
      expect(response.status).toBe(200);
      const code = response.body.errors?.[0]?.extensions?.code ?? response.body.errors?.[0]?.extensions?.error?.name;
      if (expected.graphql === 'data') expect({ errors: response.body.errors, hasData: response.body.data !== null }).toEqual({ errors: undefined, hasData: true });
      else expect(String(code)).toContain(expected.graphql);
    } else if (Array.isArray(expected)) {
      expect(expected).toContain(response.status);
    } else {
      expect({ status: response.status, body: response.status === expected ? null : response.body }).toEqual({ status: expected, body: null });
    }
    // Strapi's own answers (a file's id, publishedAt) are not plugin content: there only plugin entities are looked for.
    if (row.contentApi) assertNoContentLeak(response, { pluginFields: row.contentApi === 'plugin' });
    else assertNoSecret(response);
    await row.check?.(response, caller);
  });
});

describe('the entitled see what the matrix hides', () => {
  let entitledKey: string;
  beforeAll(async () => {
    const entitled = await app.apiToken('custom', CONTENT_API_READ_ACTIONS);
    entitledKey = entitled.accessKey;
    const saved = await app.http().put('/newsroom/settings').set('Authorization', `Bearer ${credentials.get('superAdmin')}`).send({ entitledTokenIds: [entitled.id] });
    expect(saved.status).toBe(200);
  });
  const read = (path: string) => app.http().get(path).set('Authorization', `Bearer ${entitledKey}`);

  test('a brief killed under embargo is a 410 with its reason, and a canceled ninjs', async () => {
    const brief = await read(`/api/newsroom/briefs/${fx.killedUnderEmbargo.slug}`);
    expect(brief.status).toBe(410);
    expect(brief.body.error.details).toMatchObject({ documentId: fx.killedUnderEmbargo.documentId, reason: `Legal ${MARK}` });
    const ninjs = await read(`/api/newsroom/briefs/${fx.killedUnderEmbargo.slug}/ninjs`);
    expect(ninjs.status).toBe(200);
    expect(ninjs.body.pubStatus ?? ninjs.body.pubstatus).toBe('canceled');
  });

  test('the embargoed brief and the tag only it uses; its kill in the feed; still no draft', async () => {
    expect((await read(`/api/newsroom/briefs/${fx.embargoed.slug}`)).status).toBe(200);
    expect((await read(`/api/newsroom/briefs/${fx.draft.slug}`)).status).toBe(404);
    const tags = (await read('/api/newsroom/tags')).body.data as { name: string }[];
    expect(tags.map((tag) => tag.name)).toContain(`Embargo only ${MARK}`);
    expect(tags.map((tag) => tag.name)).not.toContain(`Draft only ${MARK}`);
    expect(tags.map((tag) => tag.name)).not.toContain(`Unused ${MARK}`);
    const feed = (await read('/api/newsroom/feed?limit=200')).body.data as { type: string; documentId: string }[];
    expect(feed.filter((event) => event.documentId === fx.killedUnderEmbargo.documentId).map((event) => event.type)).toEqual(['brief.published', 'brief.killed']);
  });

  test('other types keep their relations: only plugin entities are taken out of Content API answers', async () => {
    const { strapi } = app;
    const role = (await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } })) as { id: number; name: string };
    await strapi.db.query('plugin::users-permissions.user').create({
      data: { username: 'matrix-reader', email: 'reader@newsroom.local', password: 'Reader-pass-1', confirmed: true, blocked: false, role: role.id, provider: 'local' },
    });
    const users = await app.http().get('/api/users?populate=role').set('Authorization', `Bearer ${credentials.get('fullAccess')}`);
    expect(users.status).toBe(200);
    expect((users.body as { username: string; role: { name: string } }[]).find((user) => user.username === 'matrix-reader')?.role).toMatchObject({ name: role.name });
  });

  test('an app that grants Public the Upload read actions shows anonymous readers no brief either', async () => {
    const publicRole = (await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } })) as { id: number };
    const permissions = app.strapi.db.query('plugin::users-permissions.permission');
    const granted: number[] = [];
    try {
      for (const action of ['plugin::upload.content-api.find', 'plugin::upload.content-api.findOne']) {
        granted.push(((await permissions.create({ data: { action, role: publicRole.id } })) as { id: number }).id);
      }
      const files = await app.http().get('/api/upload/files?populate=related');
      expect(files.status).toBe(200);
      expect((files.body as { id: number; related: unknown[] }[]).find((file) => file.id === fx.photoId)?.related).toEqual([]);
      const file = await app.http().get(`/api/upload/files/${fx.photoId}?populate=*`);
      expect(file.status).toBe(200);
      expect(file.body.related).toEqual([]);
    } finally {
      // The matrix expects anonymous Upload reads refused: taken back, whichever block runs next.
      await permissions.deleteMany({ where: { id: { $in: granted } } });
    }
  });

  test('Upload lists no brief to a read-only token; the admin Media Library still does', async () => {
    const files = await app.http().get('/api/upload/files?populate=related').set('Authorization', `Bearer ${credentials.get('readOnly')}`);
    expect(files.status).toBe(200);
    const photo = (files.body as { id: number; related: unknown[]; name: string }[]).find((file) => file.id === fx.photoId);
    expect(photo).toMatchObject({ name: 'afp-idleb-placeholder.png', related: [] });
    // The admin Media Library still shows where a file is used.
    const admin = await app.http().get(`/upload/files/${fx.photoId}`).set('Authorization', `Bearer ${credentials.get('superAdmin')}`);
    expect(admin.status).toBe(200);
  });
});
