/** GraphQL (Strapi's plugin, when the app has it): the same public shapes and permissions as REST, and no generated CRUD. */
import { bootStrapi, type TestStrapi } from '../helpers/strapi';

let app: TestStrapi;
let token: string;
const graphql = (query: string, variables: Record<string, unknown> = {}, key: string | null = token) => {
  const call = app.http().post('/graphql');
  return (key ? call.set('Authorization', `Bearer ${key}`) : call).send({ query, variables });
};

beforeAll(async () => {
  app = await bootStrapi();
  token = (await app.apiToken('custom', ['plugin::newsroom.brief.find', 'plugin::newsroom.brief.findOne', 'plugin::newsroom.tag.find'])).accessKey;
});
afterAll(async () => {
  await app?.destroy();
});

test('newsroomBriefs and newsroomBrief return the REST shapes', async () => {
  const rest = await app.http().get('/api/newsroom/briefs?locale=fr&filters[tags][slug]=syria').set('Authorization', `Bearer ${token}`);
  const list = await graphql('query ($locale: String, $tag: String) { newsroomBriefs(locale: $locale, tagSlug: $tag) { data meta } }', { locale: 'fr', tag: 'syria' });
  expect(list.body.errors).toBeUndefined();
  expect(list.body.data.newsroomBriefs).toEqual(rest.body);
  const slug = rest.body.data[0].slug;
  const one = await graphql('query ($slug: String!) { newsroomBrief(slug: $slug, locale: "fr") }', { slug });
  expect(one.body.data.newsroomBrief.toll.text).toBe("Au moins 15 civils tués, dont un enfant ; le bilan pourrait s'alourdir (OSDH)");
});

test('killed and draft briefs give GONE and NOT_FOUND; bad arguments are BAD_USER_INPUT', async () => {
  const killed = await graphql('{ newsroomBrief(slug: "air-strikes-hit-idleb-region-again") }');
  expect(killed.body.errors[0].extensions.code).toBe('STRAPI_GONE_ERROR');
  expect(killed.body.errors[0].extensions.error.details.reason).toMatch(/Duplicate/);
  const draft = await graphql('{ newsroomBrief(slug: "putin-and-erdogan-agree-on-a-ceasefire-in-idleb-draft") }');
  expect(draft.body.errors[0].extensions.code).toBe('STRAPI_NOT_FOUND_ERROR');
  const bad = await graphql('{ newsroomBriefs(pageSize: 500) { data } }');
  expect(bad.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
});

test('no generated CRUD for the plugin types, and a token without the action is refused', async () => {
  const generated = await graphql('{ briefs { headline } }');
  expect(generated.body.errors[0].message).toMatch(/Cannot query field "briefs"/);
  const other = (await app.apiToken('custom', ['plugin::newsroom.tag.find'])).accessKey;
  const refused = await graphql('{ newsroomBriefs { data } }', {}, other);
  expect(refused.body.errors[0].extensions.code).toBe('FORBIDDEN');
});
