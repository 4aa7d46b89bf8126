/**
 * PostgreSQL with two Strapi instances: feed order is commit order (a reader paging during concurrent writes on
 * both instances sees every event exactly once), two webhook dispatchers never send the same row twice, the list
 * total one instance remembers follows the other's publishes but not its toll revisions, and a token revoked on one
 * instance is refused by the other, which remembers token lookups (`apiTokenCacheMs`), once that time has passed.
 */
import { bootStrapi, DEMO, spawnStrapiInstance, type ChildInstance, type TestStrapi } from '../helpers/strapi';
import { contentManager, publishNewBrief } from '../helpers/content-manager';
import { startReceiver } from '../helpers/webhook-receiver';
import { statementsOf } from '../helpers/sql-statements';
import { seedDocumentId, tollDesk } from '../helpers/toll-desk';
import { count, revisionInput } from '../helpers/toll-fixtures';

/** How long the second instance answers token lookups from memory. */
const SECOND_TOKEN_CACHE_MS = 2_000;

let first: TestStrapi & { schema?: string };
let second: ChildInstance;
let receiver: Awaited<ReturnType<typeof startReceiver>>;

beforeAll(async () => {
  receiver = await startReceiver(() => 200);
  first = await bootStrapi({ database: 'postgres' });
  second = await spawnStrapiInstance(
    { schema: first.schema },
    { NEWSROOM_BACKGROUND_JOBS: 'true', NEWSROOM_WEBHOOK_POLL_MS: '50', NEWSROOM_API_TOKEN_CACHE_MS: String(SECOND_TOKEN_CACHE_MS) },
  );
}, 180_000);
afterAll(async () => {
  await second?.stop();
  await first?.destroy();
  await receiver?.close();
});

test('concurrent publishes on two instances while a partner pages: every event once, in commit order', async () => {
  const token = await first.apiToken('read-only');
  const read = (since: string | null) => first.http().get(`/api/newsroom/feed?limit=3${since ? `&since=${since}` : ''}`).set('Authorization', `Bearer ${token.accessKey}`);
  let cursor: string | null = null;
  for (;;) {
    const page = await read(cursor);
    cursor = page.body.meta.next;
    if (!page.body.meta.hasMore) break;
  }
  const webhook = await first.http().post('/newsroom/webhooks').set('Authorization', `Bearer ${await first.adminToken(DEMO.admin)}`).send({ name: 'PG partner', url: receiver.url, events: ['brief.published'] });
  expect(webhook.status).toBe(201);

  const editorA = contentManager(first, await first.adminToken(DEMO.editor));
  const editorB = contentManager(second as unknown as TestStrapi, await second.adminToken(DEMO.editor));
  const headlines = Array.from({ length: 16 }, (_, index) => `Concurrent PG brief ${index}`);
  let writing = true;
  const writers = Promise.all([
    (async () => { for (const headline of headlines.slice(0, 8)) await publishNewBrief(editorA, { headline }); })(),
    (async () => { for (const headline of headlines.slice(8)) await publishNewBrief(editorB, { headline }); })(),
  ]).finally(() => { writing = false; });
  const seen: { id: string; type: string; brief: { headline: string } | null }[] = [];
  const dispatcher = first.strapi.plugin('newsroom').service('webhookDispatcher') as { dispatchDue: () => Promise<number> };
  while (writing) {
    const page = await read(cursor);
    seen.push(...page.body.data);
    cursor = page.body.meta.next;
    await dispatcher.dispatchDue();
  }
  await writers;
  for (;;) {
    const page = await read(cursor);
    seen.push(...page.body.data);
    cursor = page.body.meta.next;
    if (!page.body.meta.hasMore) break;
  }
  expect(new Set(seen.map((event) => event.id)).size).toBe(seen.length);
  expect(seen.filter((event) => event.type === 'brief.published').map((event) => event.brief?.headline).sort()).toEqual([...headlines].sort());

  // Both instances dispatch (this one by hand, the other on its 50 ms loop): each event arrives exactly once.
  for (let round = 0; round < 200 && receiver.received.length < headlines.length; round += 1) await dispatcher.dispatchDue();
  const deliveries = first.strapi.db.query('plugin::newsroom.webhook-delivery');
  for (let round = 0; round < 400 && (await deliveries.count({ where: { status: 'pending' } })) > 0; round += 1) await dispatcher.dispatchDue();
  const ids = receiver.received.map((request) => request.headers['x-newsroom-event-id']);
  expect(ids).toHaveLength(headlines.length);
  expect(new Set(ids).size).toBe(headlines.length);
}, 120_000);

test('the list total one instance remembers: kept through the other instance\'s toll revisions, recounted after its publish', async () => {
  const token = await first.apiToken('read-only');
  const totalOf = async () => {
    const response = await first.http().get('/api/newsroom/briefs?locale=en&pageSize=1').set('Authorization', `Bearer ${token.accessKey}`);
    expect(response.status).toBe(200);
    return response.body.meta.pagination.total as number;
  };
  const countsDuring = async (run: () => Promise<unknown>) =>
    (await statementsOf(first.strapi, run)).filter((statement) => /count\(\*\) as "total"/i.test(statement.sql)).length;
  const before = await totalOf();
  const deskOnSecond = tollDesk(second, await second.adminToken(DEMO.deskChief));
  const seed = await seedDocumentId(first);
  const version = (await deskOnSecond.history(seed)).body.meta.version as number;
  const appended = await deskOnSecond.append(seed, revisionInput({ asOf: new Date().toISOString(), counts: [count({ value: 200 + version })] }), `"${version}"`);
  expect(appended.status).toBe(201);
  expect(await countsDuring(async () => expect(await totalOf()).toBe(before))).toBe(0);

  await publishNewBrief(contentManager(second as unknown as TestStrapi, await second.adminToken(DEMO.editor)), { headline: 'Published on the second instance' });
  expect(await countsDuring(async () => expect(await totalOf()).toBe(before + 1))).toBe(1);
}, 60_000);

test('a token revoked on one instance is refused there at once, and by the other once its apiTokenCacheMs has passed', async () => {
  const token = await first.apiToken('read-only');
  const STATIC_ROUTE = '/api/newsroom/schemas/ninjs-newsroom-2.2.json';
  const read = (instance: { http: TestStrapi['http'] }) => instance.http().get(STATIC_ROUTE).set('Authorization', `Bearer ${token.accessKey}`);
  // A token's first use also writes its lastUsedAt, which makes that instance forget the tokens it remembers: used
  // once before, the second read is the lookup the second instance remembers, expiring between these two bounds.
  await read(second).expect(200);
  const lookedUpFrom = Date.now();
  await read(second).expect(200);
  const expiresFrom = lookedUpFrom + SECOND_TOKEN_CACHE_MS;
  const expiresBy = Date.now() + SECOND_TOKEN_CACHE_MS;

  const revoke = await first.http().delete(`/admin/api-tokens/${token.id}`).set('Authorization', `Bearer ${await first.adminToken(DEMO.admin)}`);
  expect(revoke.status).toBe(200);
  await read(first).expect(401);

  // The second instance, asked until it refuses (and a while past the bound, to fail rather than hang).
  const answers: { startedAt: number; endedAt: number; status: number }[] = [];
  while (Date.now() < expiresBy + 15_000) {
    const startedAt = Date.now();
    const { status } = await read(second);
    answers.push({ startedAt, endedAt: Date.now(), status });
    if (status === 401 && startedAt > expiresBy) break;
  }
  for (const answer of answers) expect([200, 401]).toContain(answer.status);
  // Every request started after the remembered lookup expired is refused (the bound the README documents)…
  expect(answers.filter((answer) => answer.startedAt > expiresBy).map((answer) => answer.status)).toEqual([401]);
  // …and one answered before it could expire was served from memory (else the bound tested nothing).
  const early = answers.filter((answer) => answer.endedAt < expiresFrom);
  for (const answer of early) expect(answer.status).toBe(200);
});
