/**
 * GraphQL (Strapi's plugin, when the app has it): the typed newsroom schema through a real client (urql), each query
 * validated against the introspected schema; the same shapes, rules and permissions as REST; only what is selected is
 * computed; no generated CRUD or mutations; bounded requests.
 */
import fs from 'fs';
import path from 'path';
import type { AddressInfo } from 'net';
import { Client, fetchExchange } from '@urql/core';
import { buildClientSchema, getIntrospectionQuery, parse, validate, type GraphQLSchema, type IntrospectionQuery } from 'graphql';
import { DEFAULT_GRAPHQL_LIMITS } from '../../server/src/config/graphql-limits';
import { EDITORIAL_STATUSES, FEED_EVENT_TYPES, TAG_KINDS, TOLL_CATEGORIES, TOLL_CHANGE_KINDS, TOLL_QUALIFIERS } from '../../server/src/domain/contract';
import { restValueOf } from '../../server/src/graphql/enums';
import { printNewsroomSchema } from '../../server/src/graphql/print-schema';
import { contentManager, publishNewBrief } from '../helpers/content-manager';
import { isRefreshRead, statementsOf as sqlStatementsOf } from '../helpers/sql-statements';
import { killedCount, tollDesk } from '../helpers/toll-desk';
import { bootStrapi, DEMO, type TestStrapi } from '../helpers/strapi';

const SCHEMA_FILE = path.resolve(__dirname, '../../docs/schema.graphql');
const SEED_SLUG_FR = 'syrie-au-moins-15-civils-dont-un-enfant-tues-dans-des-frappes-russes-a-idleb';
const KILLED_SLUG = 'air-strikes-hit-idleb-region-again';
const DRAFT_SLUG = 'putin-and-erdogan-agree-on-a-ceasefire-in-idleb-draft';
const PARTNER_ACTIONS = ['brief.find', 'brief.findOne', 'tag.find', 'toll.find', 'feed.find', 'ninjs.findOne'].map((action) => `plugin::newsroom.${action}`);

let app: TestStrapi;
let url: string;
let schema: GraphQLSchema;
let partner: string;
const clients = new Map<string, Client>();

interface GraphqlError {
  message: string;
  extensions: { code?: string; error?: { details?: { reason?: string; errors?: { path: (string | number)[] }[] } }; stacktrace?: unknown };
}
interface GraphqlResult {
  // Response data is whatever the query selected: tests read it like a JSON body.
  data: Record<string, any> | null | undefined; // eslint-disable-line @typescript-eslint/no-explicit-any
  errors: GraphqlError[];
}

/** A query through urql, after graphql-js has validated it against the live schema (a breaking change fails here). */
const gql = async (query: string, variables: Record<string, unknown> = {}, key: string | null = partner): Promise<GraphqlResult> => {
  expect(validate(schema, parse(query)).map((error) => error.message)).toEqual([]);
  const cacheKey = key ?? 'anonymous';
  if (!clients.has(cacheKey)) {
    clients.set(cacheKey, new Client({ url, exchanges: [fetchExchange], requestPolicy: 'network-only', preferGetMethod: false, fetchOptions: key ? { headers: { Authorization: `Bearer ${key}` } } : {} }));
  }
  const result = await (clients.get(cacheKey) as Client).query(query, variables).toPromise();
  if (result.error?.networkError) throw result.error.networkError;
  return { data: result.data, errors: (result.error?.graphQLErrors ?? []) as unknown as GraphqlError[] };
};
const codeOf = (result: GraphqlResult) => result.errors[0]?.extensions.code;

/** The raw HTTP exchange, for what the limits answer (status 400, no data). */
const raw = (query: string, variables: Record<string, unknown> = {}, key: string | null = partner) => {
  const call = app.http().post('/graphql');
  return (key ? call.set('Authorization', `Bearer ${key}`) : call).send({ query, variables });
};
const rest = (pathAndQuery: string, key: string | null = partner) => {
  const call = app.http().get(pathAndQuery);
  return key ? call.set('Authorization', `Bearer ${key}`) : call;
};

/** The SQL of every statement a call sends, less the reads an instance repeats every 2 s whichever request comes then. */
const statementsOf = async (run: () => Promise<unknown>): Promise<string[]> => {
  const refreshRead = isRefreshRead(app.strapi);
  return (await sqlStatementsOf(app.strapi, run)).filter((statement) => !refreshRead(statement)).map((statement) => statement.sql);
};

const COUNT = 'category value valueMax qualifier group includes { group value qualifier valueMax }';
const TOLL = `version primarySource mayRise mayRiseReason asOf text sources { source revision asOf counts { ${COUNT} } mayRise mayRiseReason text }
  correction { previousSource previous { ${COUNT} } note at }`;
const FORMAT = 'url width height';
const BRIEF = `documentId locale slug headline slugline byline dateline summary body bodyHtml urgency editorialStatus embargoUntil firstPublishedAt updatedAt
  photo { url alternativeText width height mime formats { thumbnail { ${FORMAT} } small { ${FORMAT} } medium { ${FORMAT} } large { ${FORMAT} } } caption }
  credit { raw photographers agencies restrictions } tags { name slug kind } relatedBriefs { documentId locale slug headline } relatedLinks { title url }
  toll { ${TOLL} } corrections { at note fields }`;

type Json = Record<string, unknown>;
const enumToRest = (values: readonly string[]) => (name: unknown) => restValueOf(String(name), values);
/** REST leaves out an included count's `valueMax` when it has none; GraphQL says null. */
const countToRest = (count: Json) => ({
  ...count,
  category: enumToRest(TOLL_CATEGORIES)(count.category),
  qualifier: enumToRest(TOLL_QUALIFIERS)(count.qualifier),
  includes: (count.includes as Json[]).map(({ valueMax, ...included }) => ({ ...included, qualifier: enumToRest(TOLL_QUALIFIERS)(included.qualifier), ...(valueMax === null ? {} : { valueMax }) })),
});
/** A GraphQL brief in REST terms: enum values back to the REST strings, absent image formats dropped. */
const briefToRest = (brief: Json) => {
  const photo = brief.photo as (Json & { formats: Record<string, unknown> }) | null;
  const toll = brief.toll as (Json & { sources: (Json & { counts: Json[] })[]; correction: (Json & { previous: Json[] }) | null }) | null;
  return {
    ...brief,
    editorialStatus: enumToRest(EDITORIAL_STATUSES)(brief.editorialStatus),
    photo: photo && { ...photo, formats: Object.fromEntries(Object.entries(photo.formats).filter(([, format]) => format !== null)) },
    tags: (brief.tags as Json[]).map((tag) => ({ ...tag, kind: enumToRest(TAG_KINDS)(tag.kind) })),
    toll: toll && {
      ...toll,
      sources: toll.sources.map((source) => ({ ...source, counts: source.counts.map(countToRest) })),
      correction: toll.correction && { ...toll.correction, previous: toll.correction.previous.map(countToRest) },
    },
  };
};

beforeAll(async () => {
  app = await bootStrapi();
  const server = app.strapi.server.httpServer;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  partner = (await app.apiToken('custom', PARTNER_ACTIONS)).accessKey;
  const introspection = await raw(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, inputValueDeprecation: true }));
  expect(introspection.body.errors).toBeUndefined();
  schema = buildClientSchema(introspection.body.data as IntrospectionQuery);
});
afterAll(async () => {
  await app?.destroy();
});

test('the schema: typed newsroom types, docs/schema.graphql is the live print, no generated CRUD or mutations for our types', () => {
  const printed = printNewsroomSchema(schema);
  if (process.env.NEWSROOM_WRITE_GRAPHQL_SCHEMA === '1') fs.writeFileSync(SCHEMA_FILE, printed);
  expect(printed).toBe(fs.readFileSync(SCHEMA_FILE, 'utf8')); // NEWSROOM_WRITE_GRAPHQL_SCHEMA=1 rewrites it after a deliberate change
  for (const type of ['NewsroomBrief', 'NewsroomPhoto', 'NewsroomCredit', 'NewsroomTag', 'NewsroomRelatedBrief', 'NewsroomToll', 'NewsroomTollSource', 'NewsroomTollCount', 'NewsroomTollRevision', 'NewsroomFeedEvent']) {
    expect(schema.getType(type)).toBeDefined();
  }
  expect(schema.getType('NewsroomTollQualifier')?.toString()).toBe('NewsroomTollQualifier');
  // Strapi's shadow CRUD would name our content types newsroomBrief(s), newsroomTags, createNewsroomBrief, NewsroomBriefInput…:
  // only our four read queries and the types they reach exist, and no mutation.
  const queryFields = Object.keys(schema.getQueryType()?.getFields() ?? {});
  expect(queryFields.filter((name) => /newsroom/i.test(name)).sort()).toEqual(['newsroomBrief', 'newsroomBriefs', 'newsroomFeed', 'newsroomTolls']);
  expect(Object.keys(schema.getMutationType()?.getFields() ?? {}).filter((name) => /newsroom/i.test(name))).toEqual([]);
  const reachable = new Set([...printed.matchAll(/^(?:type|enum|input|scalar|union) (Newsroom\w+)/gm)].map((match) => match[1]));
  expect(Object.keys(schema.getTypeMap()).filter((name) => /^Newsroom/.test(name) && !reachable.has(name))).toEqual([]);
});

test('the seed brief, its tolls, ninjs and the feed through GraphQL equal REST, field by field', async () => {
  const restBrief = (await rest(`/api/newsroom/briefs/${SEED_SLUG_FR}?locale=fr`)).body.data;
  const one = await gql(`query ($slug: String!) { newsroomBrief(slug: $slug, locale: "fr") { ${BRIEF} ninjs(version: "2.2", profile: NEWSROOM) } }`, { slug: SEED_SLUG_FR });
  expect(one.errors).toEqual([]);
  const { ninjs, ...brief } = one.data?.newsroomBrief;
  expect(briefToRest(brief)).toEqual(restBrief);
  expect(brief.toll.text).toBe("Au moins 15 civils tués, dont un enfant ; le bilan pourrait s'alourdir (OSDH)");
  expect(brief.tags.length).toBeGreaterThan(0);
  expect(brief.editorialStatus).toBe('USABLE');
  expect(ninjs).toEqual((await rest(`/api/newsroom/briefs/${SEED_SLUG_FR}/ninjs?locale=fr&version=2.2&profile=newsroom`)).body);

  const restList = (await rest('/api/newsroom/briefs?locale=fr&filters[tags][slug]=syria')).body;
  const list = await gql(`query ($tag: String) { newsroomBriefs(locale: "fr", tagSlug: $tag) { data { ${BRIEF} } meta { pagination { page pageSize pageCount total } } } }`, { tag: 'syria' });
  // REST's keyset cursor (meta.next, meta.hasMore) is not part of the GraphQL list: the rest of meta is equal.
  expect({ ...list.data?.newsroomBriefs, data: list.data?.newsroomBriefs.data.map(briefToRest) }).toEqual({ ...restList, meta: { pagination: restList.meta.pagination } });
  const place = restBrief.tags.find((tag: { kind: string }) => tag.kind === 'place');
  const byKind = await gql('query ($kind: NewsroomTagKind, $since: DateTime) { newsroomBriefs(locale: "fr", tagKind: $kind, since: $since) { data { slug } } }', { kind: 'PLACE', since: restBrief.firstPublishedAt });
  expect(place).toBeDefined();
  expect(byKind.data?.newsroomBriefs.data.map((item: { slug: string }) => item.slug)).toContain(SEED_SLUG_FR);
  const later = await gql('query ($since: DateTime) { newsroomBriefs(locale: "fr", since: $since) { data { slug } } }', { since: new Date(Date.parse(restBrief.firstPublishedAt) + 1000).toISOString() });
  expect(later.data?.newsroomBriefs.data.map((item: { slug: string }) => item.slug)).not.toContain(SEED_SLUG_FR);

  const restTolls = (await rest(`/api/newsroom/briefs/${SEED_SLUG_FR}/tolls?locale=fr`)).body;
  const tolls = await gql(`query ($slug: String!) { newsroomTolls(slug: $slug, locale: "fr") { data { revision source asOf counts { ${COUNT} } mayRise mayRiseReason changeKind note primary createdAt } meta { version } } }`, { slug: SEED_SLUG_FR });
  const revisions = tolls.data?.newsroomTolls.data.map((revision: Json & { counts: Json[] }) => ({ ...revision, counts: revision.counts.map(countToRest), changeKind: enumToRest(TOLL_CHANGE_KINDS)(revision.changeKind) }));
  expect({ data: revisions, meta: tolls.data?.newsroomTolls.meta }).toEqual(restTolls);
  expect(JSON.stringify(tolls.data)).not.toMatch(/madeBy|seed/);

  const restFeed = (await rest('/api/newsroom/feed?limit=3')).body;
  const feedQuery = `query ($since: String, $limit: Int) { newsroomFeed(since: $since, limit: $limit) { data { id type occurredAt documentId locale slug brief { ${BRIEF} } } meta { next hasMore } } }`;
  const feed = await gql(feedQuery, { limit: 3 });
  const events = feed.data?.newsroomFeed.data.map((event: Json) => ({ ...event, type: enumToRest(FEED_EVENT_TYPES)(event.type), brief: event.brief && briefToRest(event.brief as Json) }));
  expect({ data: events, meta: feed.data?.newsroomFeed.meta }).toEqual(restFeed);
  const restNinjsFeed = (await rest('/api/newsroom/feed?limit=3&format=ninjs')).body;
  const ninjsFeed = await gql('{ newsroomFeed(limit: 3) { data { id ninjs } } }');
  expect(ninjsFeed.data?.newsroomFeed.data).toEqual(restNinjsFeed.data.map(({ id, ninjs }: { id: string; ninjs: unknown }) => ({ id, ninjs })));
  // Cursor semantics: from the end nothing new, `next` equal to the cursor sent; a bad cursor names `since`.
  let cursor = feed.data?.newsroomFeed.meta.next as string;
  for (let more = feed.data?.newsroomFeed.meta.hasMore; more; ) ({ next: cursor, hasMore: more } = (await gql(feedQuery, { since: cursor, limit: 200 })).data?.newsroomFeed.meta);
  expect((await gql(feedQuery, { since: cursor })).data?.newsroomFeed).toEqual({ data: [], meta: { next: cursor, hasMore: false } });
  const badCursor = await gql(feedQuery, { since: 'nope' });
  expect(codeOf(badCursor)).toBe('BAD_USER_INPUT');
  expect(badCursor.errors[0].extensions.error?.details?.errors?.[0].path).toEqual(['since']);
});

test('errors keep their REST meaning: GONE, NOT_FOUND, BAD_USER_INPUT naming the argument, never an internal error or a stack trace', async () => {
  const killed = await gql(`{ newsroomBrief(slug: "${KILLED_SLUG}") { slug } }`);
  expect(codeOf(killed)).toBe('GONE');
  expect(killed.errors[0].extensions.error?.details?.reason).toMatch(/Duplicate/);
  expect(codeOf(await gql(`{ newsroomTolls(slug: "${KILLED_SLUG}") { meta { version } } }`))).toBe('GONE');
  expect(codeOf(await gql(`{ newsroomBrief(slug: "${DRAFT_SLUG}") { slug } }`))).toBe('NOT_FOUND');
  expect(codeOf(await gql(`{ newsroomTolls(slug: "${DRAFT_SLUG}") { meta { version } } }`))).toBe('NOT_FOUND');

  const badArgument = async (query: string, variables: Record<string, unknown>, argument: string) => {
    const response = await gql(query, variables);
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(response.errors[0].message.startsWith(`${argument} `)).toBe(true);
    expect(response.errors[0].extensions.error?.details?.errors?.[0].path).toEqual([argument]);
    expect(response.errors[0].extensions.stacktrace).toBeUndefined();
  };
  await badArgument('query ($slug: String!) { newsroomBrief(slug: $slug) { slug } }', { slug: 'syria\u0000' }, 'slug');
  await badArgument('query ($tag: String) { newsroomBriefs(tagSlug: $tag) { data { slug } } }', { tag: 'x'.repeat(200) }, 'tagSlug');
  await badArgument('query ($tag: String) { newsroomBriefs(tagSlug: $tag) { data { slug } } }', { tag: 'syria\u0000' }, 'tagSlug');
  await badArgument('query ($locale: String) { newsroomBrief(slug: "x", locale: $locale) { slug } }', { locale: 'en\u0000' }, 'locale');
  await badArgument('{ newsroomBriefs(pageSize: 500) { data { slug } } }', {}, 'pageSize');
  await badArgument('{ newsroomBriefs(page: 0) { data { slug } } }', {}, 'page');
  await badArgument('{ newsroomFeed(limit: 0) { meta { next } } }', {}, 'limit');
  await badArgument(`{ newsroomBrief(slug: "${SEED_SLUG_FR}", locale: "fr") { ninjs(version: "9.9") } }`, {}, 'version');
  // Variables of the wrong type: graphql's own coercion, BAD_USER_INPUT.
  expect(codeOf(await gql('query ($since: DateTime) { newsroomBriefs(since: $since) { data { slug } } }', { since: 'yesterday' }))).toBe('BAD_USER_INPUT');
  expect(codeOf(await gql('query ($kind: NewsroomTagKind) { newsroomBriefs(tagKind: $kind) { data { slug } } }', { kind: 'place' }))).toBe('BAD_USER_INPUT');
});

test("Strapi's generated fields (Upload, i18n, users): arguments the database cannot run are a 400 naming the argument, before any resolver", async () => {
  const fullAccess = (await app.apiToken('full-access')).accessKey;
  const fileId = ((await app.strapi.db.query('plugin::upload.file').findOne({ orderBy: { id: 'asc' } })) as { id: number; name: string }).id;
  const refused = async (query: string, variables: Record<string, unknown>, path: (string | number)[], code: string) => {
    const response = await raw(query, variables, fullAccess);
    expect({ status: response.status, code: response.body.errors?.[0]?.extensions?.code, path: response.body.errors?.[0]?.extensions?.error?.details?.errors?.[0]?.path }).toEqual({
      status: 400,
      code: 'BAD_USER_INPUT',
      path,
    });
    expect(response.body.errors[0].extensions.error.details.errors[0].code).toBe(code);
    expect(response.body.errors[0].message.startsWith(String(path[0]))).toBe(true);
    expect(response.body.data).toBeUndefined();
  };
  // Each was an INTERNAL_SERVER_ERROR on PostgreSQL whose extensions carried the SQL statement.
  await refused('query ($name: String) { uploadFiles(filters: { name: { eq: $name } }) { name } }', { name: 'afp\u0000' }, ['filters', 'name', 'eq'], 'field.control_characters');
  await refused('{ ...Files } fragment Files on Query { uploadFiles_connection(filters: { name: { eq: "afp\\u0000" } }) { nodes { name } } }', {}, ['filters', 'name', 'eq'], 'field.control_characters');
  await refused('{ uploadFiles(filters: { size: { contains: 1 } }) { name } }', {}, ['filters', 'size', 'contains'], 'field.invalid');
  await refused('{ uploadFiles(filters: { formats: { contains: "x" } }) { name } }', {}, ['filters', 'formats', 'contains'], 'field.invalid');
  await refused('{ uploadFiles(filters: { size: { between: [1] } }) { name } }', {}, ['filters', 'size', 'between'], 'field.invalid');
  await refused('{ uploadFiles(filters: { or: [{ size: { gt: 1e309 } }] }) { name } }', {}, ['filters', 'or', 0, 'size', 'gt'], 'field.out_of_range');
  await refused('{ i18NLocales(filters: { code: { eq: "en\\u0000" } }) { code } }', {}, ['filters', 'code', 'eq'], 'field.control_characters');
  await refused('{ usersPermissionsUsers(filters: { username: { eq: "a\\u0007" } }) { username } }', {}, ['filters', 'username', 'eq'], 'field.control_characters');
  await refused('mutation { deleteUploadFile(id: "99999999999") { documentId } }', {}, ['id'], 'field.invalid_id');
  await refused('mutation ($info: FileInfoInput) { updateUploadFile(id: "1", info: $info) { documentId } }', { info: { name: 'n'.repeat(256) } }, ['info', 'name'], 'field.too_long');
  // Strapi 5.54 cannot resolve the polymorphic `related` (an internal error): refused, whoever asks.
  await refused('{ uploadFiles { name related { __typename } } }', {}, ['related'], 'field.invalid');

  // What they always took still works.
  const files = await raw('{ uploadFiles(filters: { name: { containsi: "PNG" }, size: { gt: 0 }, and: [{ ext: { eq: ".png" } }] }) { name } }', {}, fullAccess);
  expect(files.body.errors).toBeUndefined();
  expect(files.body.data.uploadFiles.length).toBeGreaterThan(0);
  const renamed = await raw(`mutation { updateUploadFile(id: "${fileId}", info: { alternativeText: "Strike site" }) { alternativeText } }`, {}, fullAccess);
  expect(renamed.body).toEqual({ data: { updateUploadFile: { alternativeText: 'Strike site' } } });
});

test('permissions are the REST ones: partner and read-only tokens, a token without the action, anonymous with and without the Public role', async () => {
  const everything = `{ newsroomBriefs(pageSize: 1) { data { slug ninjs } } newsroomBrief(slug: "${SEED_SLUG_FR}", locale: "fr") { slug } newsroomTolls(slug: "${SEED_SLUG_FR}", locale: "fr") { meta { version } } newsroomFeed(limit: 1) { meta { hasMore } } }`;
  expect((await gql(everything)).errors).toEqual([]);
  const readOnly = (await app.apiToken('read-only')).accessKey;
  expect((await gql(everything, {}, readOnly)).errors).toEqual([]);
  const tagsOnly = (await app.apiToken('custom', ['plugin::newsroom.tag.find'])).accessKey;
  expect(codeOf(await gql('{ newsroomBriefs { data { slug } } }', {}, tagsOnly))).toBe('FORBIDDEN');
  const noNinjs = (await app.apiToken('custom', ['plugin::newsroom.brief.find'])).accessKey;
  const withoutNinjs = await gql('{ newsroomBriefs(pageSize: 1) { data { slug ninjs } } }', {}, noNinjs);
  expect(codeOf(withoutNinjs)).toBe('FORBIDDEN');

  // The seed grants the Public role the brief and toll reads, not the feed or ninjs.
  expect((await gql('{ newsroomBriefs(pageSize: 1) { data { slug } } }', {}, null)).errors).toEqual([]);
  expect(codeOf(await gql('{ newsroomFeed { meta { next } } }', {}, null))).toBe('FORBIDDEN');
  expect(codeOf(await gql('{ newsroomBriefs(pageSize: 1) { data { ninjs } } }', {}, null))).toBe('FORBIDDEN');
  const permissions = app.strapi.db.query('plugin::users-permissions.permission');
  const publicRole = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  await permissions.deleteMany({ where: { action: 'plugin::newsroom.brief.find', role: publicRole.id } });
  try {
    expect(codeOf(await gql('{ newsroomBriefs(pageSize: 1) { data { slug } } }', {}, null))).toBe('FORBIDDEN');
  } finally {
    await permissions.create({ data: { action: 'plugin::newsroom.brief.find', role: publicRole.id } });
  }
});

describe('with 20 public briefs and an embargoed one', () => {
  let embargoedSlug: string;
  let linkingSlug: string;
  beforeAll(async () => {
    const desk = contentManager(app, await app.adminToken(DEMO.deskChief));
    const tags = (await desk.listTags()).body.results as { documentId: string; slug: string }[];
    const syria = tags.find((tag) => tag.slug === 'syria') as { documentId: string };
    const seed = (await rest(`/api/newsroom/briefs/${SEED_SLUG_FR}?locale=fr`)).body.data;
    const embargoed = await publishNewBrief(desk, { headline: 'GraphQL embargoed story', embargoUntil: new Date(Date.now() + 86_400_000).toISOString(), tags: { connect: [{ documentId: syria.documentId }] } });
    embargoedSlug = 'graphql-embargoed-story';
    for (let index = 0; index < 18; index += 1) {
      await publishNewBrief(desk, {
        headline: `GraphQL page brief ${index}`,
        tags: { connect: [{ documentId: syria.documentId }] },
        relatedBriefs: { connect: [{ documentId: seed.documentId, locale: 'en' }, ...(index === 0 ? [{ documentId: embargoed, locale: 'en' }] : [])] },
      });
    }
    linkingSlug = 'graphql-page-brief-0';
  });

  test('a page of 20 costs the same statements as a page of 1, relations and ninjs in one more statement, none unselected', async () => {
    const page = (size: number, fields: string) => gql(`{ newsroomBriefs(pageSize: ${size}) { data { ${fields} } } }`);
    const bare = 'slug headline';
    const full = 'slug headline tags { slug } photo { url } relatedBriefs { slug } toll { text } ninjs';
    await page(20, full); // warm: settings and locales caches
    let result: GraphqlResult | undefined;
    const bare20 = await statementsOf(async () => (result = await page(20, bare)));
    expect(result?.data?.newsroomBriefs.data).toHaveLength(20);
    const full20 = await statementsOf(async () => (result = await page(20, full)));
    expect(result?.errors).toEqual([]);
    expect(result?.data?.newsroomBriefs.data.filter((brief: { relatedBriefs: unknown[] }) => brief.relatedBriefs.length > 0).length).toBeGreaterThanOrEqual(18);
    const full1 = await statementsOf(() => page(1, full));
    expect(full20.length).toBe(full1.length);
    expect(full20.length).toBe(bare20.length + 1); // the ninjs version counters of the page
    const tagLinkTable = (app.strapi.db.metadata.get('plugin::newsroom.brief').attributes as unknown as Record<string, { joinTable: { name: string } }>).tags.joinTable.name;
    expect(bare20.filter((sql) => sql.includes(tagLinkTable))).toEqual([]);
    expect(full20.filter((sql) => sql.includes(tagLinkTable))).toHaveLength(1);
  });

  test('the keyset cursor (after, meta.next, meta.hasMore) walks the list as REST\'s ?after= does, each brief once', async () => {
    const walkGraphql = async () => {
      const slugs: string[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 10; pages += 1) {
        const result = await gql('query ($after: String) { newsroomBriefs(pageSize: 7, after: $after) { data { slug } meta { next hasMore } } }', { after });
        expect(result.errors).toEqual([]);
        const page = result.data?.newsroomBriefs as { data: { slug: string }[]; meta: { next: string | null; hasMore: boolean } };
        slugs.push(...page.data.map((brief) => brief.slug));
        if (!page.meta.hasMore) return slugs;
        after = page.meta.next;
      }
      throw new Error('the GraphQL walk did not end');
    };
    const walkRest = async () => {
      const slugs: string[] = [];
      let path = '/api/newsroom/briefs?pageSize=7';
      for (let pages = 0; pages < 10; pages += 1) {
        const { body } = await rest(path);
        slugs.push(...(body.data as { slug: string }[]).map((brief) => brief.slug));
        if (!body.meta.hasMore) return slugs;
        path = `/api/newsroom/briefs?pageSize=7&after=${body.meta.next}`;
      }
      throw new Error('the REST walk did not end');
    };
    const graphqlSlugs = await walkGraphql();
    expect(graphqlSlugs.length).toBeGreaterThanOrEqual(20);
    expect(new Set(graphqlSlugs).size).toBe(graphqlSlugs.length);
    expect(graphqlSlugs).toEqual(await walkRest());
    // A cursor says where the page starts: not with page, and a forged one is refused naming the argument.
    for (const args of ['page: 2, after: "x"', 'after: "not-a-cursor"']) {
      const refused = await gql(`{ newsroomBriefs(${args}) { data { slug } } }`);
      expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(refused.errors)).toMatch(/after/);
    }
    // Over-long and NUL-bearing cursors are refused by the REST rules too, naming the argument.
    for (const after of ['a'.repeat(5_000), 'l1.\u0000abc']) {
      const refused = await gql('query ($after: String) { newsroomBriefs(after: $after) { data { slug } } }', { after });
      expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(refused.errors)).toMatch(/after/);
    }
  });

  test('a toll correction and a text correction: the feed event union, the toll and the brief equal REST', async () => {
    const end = (await gql('{ newsroomFeed(limit: 200) { meta { next hasMore } } }')).data?.newsroomFeed.meta;
    expect(end.hasMore).toBe(false);
    const before = end.next as string;
    const jwt = await app.adminToken(DEMO.deskChief);
    const desk = contentManager(app, jwt);
    const tolls = tollDesk(app, jwt);
    const [tolled, corrected] = await Promise.all(['graphql-page-brief-1', 'graphql-page-brief-2'].map(async (slug) => (await rest(`/api/newsroom/briefs/${slug}`)).body.data.documentId as string));
    const asOf = new Date(Date.now() - 60_000).toISOString();
    expect((await tolls.append(tolled, { source: 'OSDH', asOf, counts: [killedCount(18)], mayRise: false, changeKind: 'initial', note: null }, '"0"')).status).toBe(201);
    expect((await tolls.append(tolled, { source: 'OSDH', asOf, counts: [killedCount(15)], mayRise: false, changeKind: 'correction', note: 'Double-counted victims' }, '"1"')).status).toBe(201);
    expect((await desk.updateBrief(corrected, { headline: 'GraphQL page brief 2, corrected' })).status).toBe(200);
    const textCorrection = await app.http().post(`/newsroom/briefs/${corrected}/corrections`).set('Authorization', `Bearer ${jwt}`).send({ note: 'Wrong headline' });
    expect(textCorrection.status).toBe(201);

    const events = await gql(
      `query ($since: String) { newsroomFeed(since: $since, limit: 20) { data { id type occurredAt documentId locale slug brief { ${BRIEF} }
        correction { __typename ... on NewsroomTollEventCorrection { previous { source counts { ${COUNT} } } note } ... on NewsroomTextCorrection { at textNote: note fields } } } } }`,
      { since: before },
    );
    expect(events.errors).toEqual([]);
    const asRest = events.data?.newsroomFeed.data.map(({ correction, ...event }: Json & { correction: (Json & { previous?: Json & { counts: Json[] } }) | null }) => {
      // `note` is nullable on a toll correction, not on a text one: a union selection aliases one of them.
      const { __typename: typename, textNote, ...fields } = correction ?? {};
      if (textNote !== undefined) fields.note = textNote;
      const restCorrection = !correction ? {} : { correction: fields.previous ? { ...fields, previous: { ...fields.previous, counts: (fields.previous.counts as Json[]).map(countToRest) } } : fields };
      expect(typename ?? null).toBe(correction ? (fields.previous ? 'NewsroomTollEventCorrection' : 'NewsroomTextCorrection') : null);
      return { ...event, type: enumToRest(FEED_EVENT_TYPES)(event.type), brief: event.brief && briefToRest(event.brief as Json), ...restCorrection };
    });
    expect(asRest).toEqual((await rest(`/api/newsroom/feed?limit=20&since=${before}`)).body.data);
    expect(asRest.map((event: { type: string }) => event.type)).toEqual(expect.arrayContaining(['toll.updated', 'brief.corrected']));
    expect(asRest.find((event: { type: string }) => event.type === 'brief.corrected').correction).toMatchObject({ note: 'Wrong headline', fields: expect.arrayContaining(['headline']) });
    expect(asRest.filter((event: { correction?: { previous?: unknown } }) => event.correction?.previous)).toHaveLength(1);
    // The corrected brief itself, and its ninjs (the correction's ednote), equal REST.
    const { slug } = asRest.find((event: { type: string }) => event.type === 'brief.corrected');
    const one = await gql(`query ($slug: String!) { newsroomBrief(slug: $slug) { ${BRIEF} ninjs(profile: NEWSROOM) } }`, { slug });
    const { ninjs, ...brief } = one.data?.newsroomBrief;
    expect(briefToRest(brief)).toEqual((await rest(`/api/newsroom/briefs/${slug}`)).body.data);
    expect(brief.corrections).toHaveLength(1);
    expect(ninjs).toEqual((await rest(`/api/newsroom/briefs/${slug}/ninjs?profile=newsroom`)).body);
  });

  test('embargoed and draft briefs stay invisible through lists, filters, relatedBriefs and tolls; an entitled token sees the embargoed one', async () => {
    const listed = async (key: string) =>
      (await gql('{ newsroomBriefs(pageSize: 100, tagSlug: "syria", tagKind: PLACE) { data { slug relatedBriefs { slug } } } }', {}, key)).data?.newsroomBriefs.data as { slug: string; relatedBriefs: { slug: string }[] }[];
    const forPartner = await listed(partner);
    expect(forPartner.map((brief) => brief.slug)).not.toContain(embargoedSlug);
    expect(forPartner.find((brief) => brief.slug === linkingSlug)?.relatedBriefs.map((related) => related.slug)).not.toContain(embargoedSlug);
    expect(JSON.stringify(forPartner)).not.toMatch(/embargoed|draft/);
    expect(codeOf(await gql(`{ newsroomBrief(slug: "${embargoedSlug}") { slug } }`))).toBe('NOT_FOUND');
    expect(codeOf(await gql(`{ newsroomTolls(slug: "${embargoedSlug}") { meta { version } } }`))).toBe('NOT_FOUND');

    const entitled = await app.apiToken('custom', PARTNER_ACTIONS);
    const saved = await app.http().put('/newsroom/settings').set('Authorization', `Bearer ${await app.adminToken(DEMO.admin)}`).send({ entitledTokenIds: [entitled.id] });
    expect(saved.status).toBe(200);
    const forEntitled = await listed(entitled.accessKey);
    expect(forEntitled.map((brief) => brief.slug)).toContain(embargoedSlug);
    expect(forEntitled.find((brief) => brief.slug === linkingSlug)?.relatedBriefs.map((related) => related.slug)).toContain(embargoedSlug);
    expect((await gql(`{ newsroomBrief(slug: "${embargoedSlug}") { embargoUntil } }`, {}, entitled.accessKey)).data?.newsroomBrief.embargoUntil).toEqual(expect.any(String));
  });
});

/** `{ a0: field a1: field … }`: one operation asking for the same field under many names. */
const aliased = (count: number, field: string) => `{ ${Array.from({ length: count }, (_, index) => `a${index}: ${field}`).join(' ')} }`;

/** Refused before execution: errors, no data at all (so no resolver ran), a 400. */
const expectRefused = (response: { status: number; body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } }, message: RegExp) => {
  expect(response.status).toBe(400);
  expect(response.body.data).toBeUndefined();
  expect(response.body.errors?.map((error) => error.message).join('\n')).toMatch(message);
};

test('300 aliases of a 100-brief page are refused with a GraphQL error before any resolver, while /_health answers', async () => {
  const [attack, health] = await Promise.all([gql(aliased(300, 'newsroomBriefs(pageSize: 100) { data { headline } }'), {}, null), app.http().get('/_health')]);
  expect(attack.data ?? undefined).toBeUndefined();
  expect(attack.errors.map((error) => error.message).join('\n')).toMatch(/more that 1000 tokens|Aliases limit/);
  expect(health.status).toBe(204);
});

test('too many aliases, too many items, too deep: each refused with its limit named', async () => {
  // Under the token limit, over the alias limit.
  expectRefused(await raw(aliased(DEFAULT_GRAPHQL_LIMITS.maxAliases + 1, 'newsroomBriefs(pageSize: 1) { meta { pagination { total } } }')), /Aliases limit of 15 exceeded, found 16/);

  // 3 × 100 items > 200, with the page size in a variable; nested lists inside a brief add nothing (a page's relations are one statement).
  const threePages = 'query ($size: Int) { a: newsroomBriefs(pageSize: $size) { data { slug tags { slug } } } b: newsroomBriefs(pageSize: $size) { data { slug } } c: newsroomBriefs(pageSize: $size) { data { slug } } }';
  const overBudget = await raw(threePages, { size: 100 });
  expectRefused(overBudget, /Query cost 300 exceeds the limit of 200/);
  expect(overBudget.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  expect((await gql(threePages, { size: 60 })).errors).toEqual([]);

  // Strapi's generated types are bounded too: nested collections multiply (25 × 25 with the playground's defaultLimit).
  expectRefused(await raw('{ usersPermissionsUsers { role { users { username } } } }'), /Query cost 625 exceeds/);
  // `limit: -1` is Strapi's "all", i.e. maxLimit (100 in the playground): 100 × 3.
  expectRefused(await raw('{ usersPermissionsUsers(pagination: { limit: -1 }) { role { users(pagination: { limit: 3 }) { username } } } }'), /Query cost 300 exceeds/);

  // A variable of the wrong type is the caller's error, named, as without the limits.
  const badVariable = await raw('query ($size: Int) { newsroomBriefs(pageSize: $size) { data { slug } } }', { size: 'ten' });
  expect(badVariable.status).toBe(400);
  expect(badVariable.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  expect(badVariable.body.errors[0].message).toMatch(/\$size/);

  // 11 levels of fields: within Strapi's own depthLimit (10, which counts from 0), over ours.
  const deep = '{ usersPermissionsUsers(pagination: { pageSize: 1 }) { role { users(pagination: { pageSize: 1 }) { role { users(pagination: { pageSize: 1 }) { role { users(pagination: { pageSize: 1 }) { role { users(pagination: { pageSize: 1 }) { role { name } } } } } } } } } } }';
  expectRefused(await raw(deep), /Query depth limit of 10 exceeded, found 11/);
});

test('a meta-only query reads no brief content; introspection works', async () => {
  const both = await gql('{ newsroomBriefs(pageSize: 100) { data { slug } meta { pagination { page pageSize pageCount total } } } }', {}, null);
  expect(both.errors).toEqual([]);
  const { total } = both.data?.newsroomBriefs.meta.pagination;
  expect(both.data?.newsroomBriefs.data).toHaveLength(total);
  const metaOnly = await gql('{ newsroomBriefs(pageSize: 7) { ...Counts } } fragment Counts on NewsroomBriefPage { meta { pagination { page pageSize pageCount total } } }', {}, null);
  expect(metaOnly.data?.newsroomBriefs.meta).toEqual({ pagination: { page: 1, pageSize: 7, pageCount: Math.ceil(total / 7), total } });
});

/** `fragment F1 on NewsroomBriefPage { ...F0 ...F0 }` … up to F<levels>: a few tokens per level, 2^levels fields. */
const doublingFragments = (levels: number) =>
  `{ newsroomBriefs(pageSize: 1) { ...F${levels} } } fragment F0 on NewsroomBriefPage { meta { pagination { total } } } ` +
  Array.from({ length: levels }, (_, level) => `fragment F${level + 1} on NewsroomBriefPage { ...F${level} ...F${level} }`).join(' ');

test('fragments that multiply, unknown or cyclic fragments are refused before Apollo, while /_health answers', async () => {
  // 30 levels: ~300 tokens, 2^30 fields once expanded (Strapi's depthLimit alone walked 24 levels in ~25 s).
  const [bomb, health] = await Promise.all([raw(doublingFragments(30), {}, null), app.http().get('/_health')]);
  expectRefused(bomb, /Query Cost limit of 1000 exceeded/);
  expect(health.status).toBe(204);
  // 6 levels (64 fields once expanded) is an ordinary document.
  expect((await gql(doublingFragments(6))).errors).toEqual([]);

  expectRefused(await raw('{ newsroomBriefs { ...Missing } }'), /Unknown fragment "Missing"/);
  expectRefused(await raw('{ newsroomBriefs { ...Loop } } fragment Loop on NewsroomBriefPage { meta { pagination { total } } ...Loop }'), /Cannot spread fragment "Loop" within itself/);
  // The same document sent as a GET is guarded too.
  const viaGet = await app.http().get('/graphql').query({ query: doublingFragments(30) }).set('Authorization', `Bearer ${partner}`);
  expectRefused(viaGet, /Query Cost limit of 1000 exceeded/);
});
