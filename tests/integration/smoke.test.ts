import { bootStrapi, type TestStrapi } from '../helpers/strapi';

let app: TestStrapi;
beforeAll(async () => {
  app = await bootStrapi();
});
afterAll(async () => {
  await app?.destroy();
});

test('boots with the plugin and serves the seed brief', async () => {
  const response = await app.http().get('/api/newsroom/briefs');
  console.log(JSON.stringify(response.body.data.map((b: Record<string, unknown>) => ({ ...b, body: undefined, bodyHtml: String(b.bodyHtml).slice(0, 200) })), null, 1), JSON.stringify(response.body.meta));
  expect(response.status).toBe(200);
});
