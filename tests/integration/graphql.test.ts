/** GraphQL (Strapi's plugin, when the app has it): the same public shapes and permissions as REST, no generated CRUD, and bounded requests. */
import { getIntrospectionQuery } from 'graphql';
import { DEFAULT_GRAPHQL_LIMITS } from '../../server/src/config/graphql-limits';
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

/** `{ a0: field a1: field … }`: one operation asking for the same field under many names. */
const aliased = (count: number, field: string) => `{ ${Array.from({ length: count }, (_, index) => `a${index}: ${field}`).join(' ')} }`;

/** Refused before execution: errors, no data at all (so no resolver ran), a 400. */
const expectRefused = (response: { status: number; body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } }, message: RegExp) => {
  expect(response.status).toBe(400);
  expect(response.body.data).toBeUndefined();
  expect(response.body.errors?.map((error) => error.message).join('\n')).toMatch(message);
};

test('200 aliases of a 100-brief list are refused before any resolver, while /_health answers', async () => {
  const [attack, health] = await Promise.all([graphql(aliased(200, 'newsroomBriefs(pageSize: 100) { data }'), {}, null), app.http().get('/_health')]);
  expectRefused(attack, /more that 1000 tokens|Aliases limit/);
  expect(JSON.stringify(attack.body)).not.toMatch(/headline/);
  expect(health.status).toBe(204);
});

test('too many aliases, too many items, too deep: each refused with its limit named', async () => {
  // Under the token limit, over the alias limit.
  expectRefused(await graphql(aliased(DEFAULT_GRAPHQL_LIMITS.maxAliases + 1, 'newsroomBriefs(pageSize: 1) { meta }')), /Aliases limit of 15 exceeded, found 16/);

  // 3 × 100 items > 200, with the page size in a variable.
  const threePages = 'query ($size: Int) { a: newsroomBriefs(pageSize: $size) { data } b: newsroomBriefs(pageSize: $size) { data } c: newsroomBriefs(pageSize: $size) { data } }';
  const overBudget = await graphql(threePages, { size: 100 });
  expectRefused(overBudget, /Query cost 300 exceeds the limit of 200/);
  expect(overBudget.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  expect((await graphql(threePages, { size: 60 })).body.errors).toBeUndefined();

  // Strapi's generated types are bounded too: nested collections multiply (25 × 25 with the playground's defaultLimit).
  expectRefused(await graphql('{ usersPermissionsUsers { role { users { username } } } }'), /Query cost 625 exceeds/);
  // `limit: -1` is Strapi's "all", i.e. maxLimit (100 in the playground): 100 × 3.
  expectRefused(await graphql('{ usersPermissionsUsers(pagination: { limit: -1 }) { role { users(pagination: { limit: 3 }) { username } } } }'), /Query cost 300 exceeds/);

  // A variable of the wrong type is the caller's error, named, as without the limits.
  const badVariable = await graphql('query ($size: Int) { newsroomBriefs(pageSize: $size) { data } }', { size: 'ten' });
  expect(badVariable.status).toBe(400);
  expect(badVariable.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  expect(badVariable.body.errors[0].message).toMatch(/\$size/);

  // 11 levels of fields: within Strapi's own depthLimit (10, which counts from 0), over ours.
  const deep = '{ usersPermissionsUsers(pagination: { pageSize: 1 }) { role { users(pagination: { pageSize: 1 }) { role { users(pagination: { pageSize: 1 }) { role { users(pagination: { pageSize: 1 }) { role { users(pagination: { pageSize: 1 }) { role { name } } } } } } } } } } }';
  expectRefused(await graphql(deep), /Query depth limit of 10 exceeded, found 11/);
});

test('a normal query, a meta-only query and introspection still work', async () => {
  const both = await graphql('{ newsroomBriefs(pageSize: 100) { data meta } }', {}, null);
  expect(both.status).toBe(200);
  expect(both.body.errors).toBeUndefined();
  expect(both.body.data.newsroomBriefs.data.length).toBeGreaterThan(0);

  const metaOnly = await graphql('{ newsroomBriefs(pageSize: 7) { ...Counts } } fragment Counts on NewsroomBriefPage { meta }', {}, null);
  expect(metaOnly.body.data.newsroomBriefs.meta).toEqual({ ...both.body.data.newsroomBriefs.meta, pagination: { ...both.body.data.newsroomBriefs.meta.pagination, pageSize: 7, pageCount: Math.ceil(both.body.data.newsroomBriefs.meta.pagination.total / 7) } });

  const introspection = await graphql(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, inputValueDeprecation: true }));
  expect(introspection.body.errors).toBeUndefined();
  expect(introspection.body.data.__schema.types.map((type: { name: string }) => type.name)).toContain('NewsroomBriefPage');
});

test('bad arguments are BAD_USER_INPUT naming the argument, NUL included', async () => {
  const badArgument = async (query: string, variables: Record<string, unknown>) => {
    const response = await graphql(query, variables);
    expect(response.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    return response.body.errors[0] as { message: string; extensions: { error: { details: { errors: { path: string[] }[] } } } };
  };
  const slugWithNul = await badArgument('query ($slug: String!) { newsroomBrief(slug: $slug) }', { slug: 'syria\u0000' });
  expect(slugWithNul.message).toMatch(/^slug /);
  expect(slugWithNul.extensions.error.details.errors[0].path).toEqual(['slug']);
  const longTag = await badArgument('query ($tag: String) { newsroomBriefs(tagSlug: $tag) { data } }', { tag: 'x'.repeat(200) });
  expect(longTag.message).toMatch(/^tagSlug /);
  expect(longTag.extensions.error.details.errors[0].path).toEqual(['tagSlug']);
  const tagWithNul = await badArgument('query ($tag: String) { newsroomBriefs(tagSlug: $tag) { data } }', { tag: 'syria\u0000' });
  expect(tagWithNul.extensions.error.details.errors[0].path).toEqual(['tagSlug']);
  const localeWithNul = await badArgument('query ($locale: String) { newsroomBrief(slug: "x", locale: $locale) }', { locale: 'en\u0000' });
  expect(localeWithNul.extensions.error.details.errors[0].path).toEqual(['locale']);
  await badArgument('{ newsroomBriefs(page: 0) { data } }', {});
});

/** `fragment F1 on NewsroomBriefPage { ...F0 ...F0 }` … up to F<levels>: a few tokens per level, 2^levels fields. */
const doublingFragments = (levels: number) =>
  `{ newsroomBriefs(pageSize: 1) { ...F${levels} } } fragment F0 on NewsroomBriefPage { meta } ` +
  Array.from({ length: levels }, (_, level) => `fragment F${level + 1} on NewsroomBriefPage { ...F${level} ...F${level} }`).join(' ');

test('fragments that multiply, unknown or cyclic fragments are refused before Apollo, while /_health answers', async () => {
  // 30 levels: ~300 tokens, 2^30 fields once expanded (Strapi's depthLimit alone walked 24 levels in ~25 s).
  const [bomb, health] = await Promise.all([graphql(doublingFragments(30), {}, null), app.http().get('/_health')]);
  expectRefused(bomb, /Query Cost limit of 1000 exceeded/);
  expect(health.status).toBe(204);
  // 6 levels (64 fields once expanded) is an ordinary document.
  expect((await graphql(doublingFragments(6))).body.errors).toBeUndefined();

  expectRefused(await graphql('{ newsroomBriefs { ...Missing } }'), /Unknown fragment "Missing"/);
  expectRefused(await graphql('{ newsroomBriefs { ...Loop } } fragment Loop on NewsroomBriefPage { meta ...Loop }'), /Cannot spread fragment "Loop" within itself/);
  // The same document sent as a GET is guarded too.
  const viaGet = await app.http().get('/graphql').query({ query: doublingFragments(30) }).set('Authorization', `Bearer ${token}`);
  expectRefused(viaGet, /Query Cost limit of 1000 exceeded/);
});
