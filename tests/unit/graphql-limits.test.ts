/** The cost model of /graphql requests: items the list fields may return. */
import { buildSchema, parse, validate, specifiedRules } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { itemCountEstimator, validationRules } from '../../server/src/graphql-limits';
import { DEFAULT_GRAPHQL_LIMITS, graphqlLimitsSchema } from '../../server/src/config/graphql-limits';

const schema = buildSchema(`
  scalar JSON
  input PaginationArg { page: Int, pageSize: Int, start: Int, limit: Int }
  type Page { data: [JSON!]!, meta: JSON! }
  type Role { name: String, users(pagination: PaginationArg): [User] }
  type User { username: String, role: Role }
  type Query {
    newsroomBriefs(pageSize: Int): Page!
    newsroomBrief(slug: String!): JSON!
    users(pagination: PaginationArg): [User]
  }
`);

const cost = (query: string, pagination: { defaultLimit?: number; maxLimit?: number } = {}, variables: Record<string, unknown> = {}) =>
  getComplexity({ schema, query: parse(query), variables, estimators: [itemCountEstimator(schema, pagination)] });

test('our list costs its page size (default 20, never more than it can return), a single brief 1', () => {
  expect(cost('{ newsroomBriefs { data meta } }')).toBe(20);
  expect(cost('query ($n: Int) { a: newsroomBriefs(pageSize: $n) { data } b: newsroomBriefs(pageSize: $n) { data } }', {}, { n: 100 })).toBe(200);
  expect(cost('{ newsroomBriefs(pageSize: 5000) { data } }')).toBe(100);
  expect(cost('{ a: newsroomBrief(slug: "x") b: newsroomBrief(slug: "y") }')).toBe(2);
});

test("Strapi's pagination: defaultLimit, maxLimit, limit -1, nested lists multiply", () => {
  expect(cost('{ users { username } }')).toBe(10);
  expect(cost('{ users { username } }', { defaultLimit: 25 })).toBe(25);
  expect(cost('{ users(pagination: { pageSize: 40 }) { role { users(pagination: { limit: 5 }) { username } } } }')).toBe(200);
  expect(cost('{ users(pagination: { limit: 500 }) { username } }', { maxLimit: 100 })).toBe(100);
  expect(cost('{ users(pagination: { limit: -1 }) { username } }', { maxLimit: 100 })).toBe(100);
  expect(cost('{ users(pagination: { limit: -1 }) { username } }')).toBe(Infinity);
});

test('alias and depth rules report validation errors (never throw), fragments add no depth', () => {
  const rules = [...specifiedRules, ...validationRules({ ...DEFAULT_GRAPHQL_LIMITS, maxAliases: 2, maxDepth: 3 })];
  expect(validate(schema, parse('{ a: newsroomBrief(slug: "a") b: newsroomBrief(slug: "b") }'), rules)).toEqual([]);
  expect(validate(schema, parse('{ a: newsroomBrief(slug: "a") b: newsroomBrief(slug: "b") c: newsroomBrief(slug: "c") }'), rules)[0].message).toMatch(/Aliases limit of 2/);
  expect(validate(schema, parse('{ users { role { ... on Role { name } } } }'), rules)).toEqual([]);
  expect(validate(schema, parse('{ users { role { users { username } } } }'), rules)[0].message).toMatch(/depth limit of 3 exceeded, found 4/);
});

test('config: defaults, overrides, and bad values named', () => {
  expect(graphqlLimitsSchema.parse({})).toEqual(DEFAULT_GRAPHQL_LIMITS);
  expect(graphqlLimitsSchema.parse({ maxCost: 500 }).maxCost).toBe(500);
  expect(graphqlLimitsSchema.safeParse({ maxCost: 0 }).success).toBe(false);
  expect(graphqlLimitsSchema.safeParse({ maxAlias: 3 }).success).toBe(false);
});
