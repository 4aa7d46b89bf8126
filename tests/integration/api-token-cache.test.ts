/**
 * The opt-in API token lookup cache (plugin config `apiTokenCacheMs`): while a token is remembered its requests send
 * no statement to authenticate, and every change to a token on this instance shows on its next request (revoked:
 * 401; fewer permissions: 403; regenerated: the old key 401, the new one 200). Off, the default, every request looks
 * its token up, as Strapi does. An unknown key is never remembered.
 */
import { DEMO } from '../helpers/demo-accounts';
import { statementsOf } from '../helpers/sql-statements';
import { bootStrapi, type TestStrapi } from '../helpers/strapi';

let app: TestStrapi;
let adminJwt: string;

/** A static route: token authentication is all its request costs in SQL. */
const STATIC_ROUTE = '/api/newsroom/schemas/ninjs-newsroom-2.2.json';

const setCacheMs = (ms: number) => app.strapi.config.set('plugin::newsroom.apiTokenCacheMs', ms);

const get = (path: string, accessKey: string) => app.http().get(path).set('Authorization', `Bearer ${accessKey}`);

/** How many SQL statements a call sends. */
const statementCount = async (run: () => Promise<unknown>): Promise<number> => (await statementsOf(app.strapi, run)).length;

const admin = () => ({
  put: (path: string, body: object) => app.http().put(path).set('Authorization', `Bearer ${adminJwt}`).send(body),
  post: (path: string) => app.http().post(path).set('Authorization', `Bearer ${adminJwt}`).send({}),
  delete: (path: string) => app.http().delete(path).set('Authorization', `Bearer ${adminJwt}`),
});

beforeAll(async () => {
  app = await bootStrapi();
  adminJwt = await app.adminToken(DEMO.admin);
}, 180_000);

afterEach(() => setCacheMs(0));

afterAll(async () => {
  await app?.destroy();
});

describe('API token lookups from memory (opt-in apiTokenCacheMs)', () => {
  test('off by default: every request looks its token up', async () => {
    expect(app.strapi.config.get('plugin::newsroom.apiTokenCacheMs')).toBe(0);
    const { accessKey } = await app.apiToken('read-only');
    await get(STATIC_ROUTE, accessKey).expect(200);
    expect(await statementCount(() => get(STATIC_ROUTE, accessKey).expect(200))).toBeGreaterThan(0);
  });

  test('on: a remembered token authenticates without a statement; an unknown key is looked up every time', async () => {
    setCacheMs(60_000);
    const { accessKey } = await app.apiToken('read-only');
    // The first request looks the token up (and writes its first lastUsedAt, which forgets remembered tokens).
    await get(STATIC_ROUTE, accessKey).expect(200);
    await get(STATIC_ROUTE, accessKey).expect(200);
    expect(await statementCount(() => get(STATIC_ROUTE, accessKey).expect(200))).toBe(0);
    const unknown = 'f'.repeat(256);
    await get(STATIC_ROUTE, unknown).expect(401);
    expect(await statementCount(() => get(STATIC_ROUTE, unknown).expect(401))).toBeGreaterThan(0);
  });

  test('a revoked token is refused on its next request', async () => {
    setCacheMs(60_000);
    const { id, accessKey } = await app.apiToken('read-only');
    await get(STATIC_ROUTE, accessKey).expect(200);
    await get(STATIC_ROUTE, accessKey).expect(200);
    await admin().delete(`/admin/api-tokens/${id}`).expect(200);
    await get(STATIC_ROUTE, accessKey).expect(401);
  });

  test('a token whose permissions are narrowed is refused what it lost on its next request', async () => {
    setCacheMs(60_000);
    const { id, accessKey } = await app.apiToken('custom', ['plugin::newsroom.brief.find', 'plugin::newsroom.schema.findOne']);
    await get('/api/newsroom/briefs', accessKey).expect(200);
    await get('/api/newsroom/briefs', accessKey).expect(200);
    await admin().put(`/admin/api-tokens/${id}`, { permissions: ['plugin::newsroom.schema.findOne'] }).expect(200);
    await get('/api/newsroom/briefs', accessKey).expect(403);
    await get(STATIC_ROUTE, accessKey).expect(200);
  });

  test('a regenerated token: the old key is refused on its next request, the new one is accepted', async () => {
    setCacheMs(60_000);
    const { id, accessKey } = await app.apiToken('read-only');
    await get(STATIC_ROUTE, accessKey).expect(200);
    await get(STATIC_ROUTE, accessKey).expect(200);
    const regenerated = await admin().post(`/admin/api-tokens/${id}/regenerate`).expect(201);
    const newKey = regenerated.body.data.accessKey as string;
    expect(newKey).not.toBe(accessKey);
    await get(STATIC_ROUTE, accessKey).expect(401);
    await get(STATIC_ROUTE, newKey).expect(200);
  });
});
