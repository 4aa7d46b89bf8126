/**
 * PostgreSQL: two Strapi instances on one database. Concurrent toll appends with the same If-Match give one 201
 * and one 412, and revision numbers stay gapless (the compare-and-swap holds across instances).
 */
import { bootStrapi, DEMO, spawnStrapiInstance, type ChildInstance, type TestStrapi } from '../helpers/strapi';
import { contentManager, publishNewBrief } from '../helpers/content-manager';
import { seedDocumentId, tollDesk } from '../helpers/toll-desk';

let first: TestStrapi & { schema?: string };
let second: ChildInstance;

beforeAll(async () => {
  first = await bootStrapi({ database: 'postgres' });
  second = await spawnStrapiInstance({ schema: first.schema });
}, 180_000);
afterAll(async () => {
  await second?.stop();
  await first?.destroy();
});

test('the seed brief is served by both instances from PostgreSQL', async () => {
  const [a, b] = await Promise.all([first.http().get('/api/newsroom/briefs'), second.http().get('/api/newsroom/briefs')]);
  expect(a.status).toBe(200);
  expect(b.body).toEqual(a.body);
  const seedId = await seedDocumentId(first);
  const seed = a.body.data.find((brief: { documentId: string }) => brief.documentId === seedId);
  expect(seed.toll.text).toBe('At least 15 civilians killed, including a child; toll may rise (OSDH)');
});

test('concurrent appends on two instances: exactly one wins per version, revisions stay gapless', async () => {
  // Its own brief with one revision: the seed's toll stays as the test above reads it.
  const documentId = await publishNewBrief(contentManager(first, await first.adminToken(DEMO.editor)), { headline: 'Toll race on two instances' });
  const deskA = tollDesk(first, await first.adminToken(DEMO.deskChief));
  const deskB = tollDesk(second, await second.adminToken(DEMO.deskChief2));
  const initial = { source: 'OSDH', asOf: new Date(Date.now() - 60_000).toISOString(), counts: [{ category: 'killed', value: 15, qualifier: 'at-least', group: 'civilians' }] };
  expect((await deskA.append(documentId, initial, '"0"')).status).toBe(201);
  let version = 1;
  for (let round = 0; round < 5; round += 1) {
    const body = (value: number) => ({ source: 'OSDH', asOf: new Date().toISOString(), counts: [{ category: 'killed', value, qualifier: 'at-least', group: 'civilians' }] });
    const [a, b] = await Promise.all([deskA.append(documentId, body(16 + round * 2), `"${version}"`), deskB.append(documentId, body(17 + round * 2), `"${version}"`)]);
    expect([a.status, b.status].sort()).toEqual([201, 412]);
    version += 1;
  }
  const history = await deskA.history(documentId);
  expect(history.body.data.map((revision: { revision: number }) => revision.revision)).toEqual([6, 5, 4, 3, 2, 1]);
  expect(history.body.meta.version).toBe(6);
});
