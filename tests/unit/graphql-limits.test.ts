/** The cost model of /graphql requests (items the list fields may return), on a sample and on the typed newsroom schema; what a selection computes. */
import { buildSchema, Kind, parse, validate, specifiedRules, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { itemCountEstimator, validationRules, withNewsroomLimits } from '../../server/src/graphql-limits';
import { DEFAULT_GRAPHQL_LIMITS, graphqlLimitsSchema } from '../../server/src/config/graphql-limits';
import { ALL_BRIEF_RELATIONS, NO_BRIEF_RELATIONS } from '../../server/src/domain/brief/read-relations';
import { TAG_KINDS, TOLL_QUALIFIERS } from '../../server/src/domain/contract';
import { enumName, restValueOf } from '../../server/src/graphql/enums';
import { relationsFor, selectedFieldNames } from '../../server/src/graphql/selection';
import { newsroomTypeDefs } from '../../server/src/graphql/type-defs';

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

describe('the typed newsroom schema', () => {
  const typed = buildSchema(`scalar JSON\nscalar DateTime\ntype Query { _: Boolean }\n${newsroomTypeDefs}`);
  const typedCost = (query: string, variables: Record<string, unknown> = {}) =>
    getComplexity({ schema: typed, query: parse(query), variables, estimators: [itemCountEstimator(typed, {})] });

  test('a page costs its size; lists inside a brief add nothing (a page and its relations are one statement); the feed costs its limit', () => {
    expect(typedCost('{ newsroomBriefs { data { slug tags { slug } relatedBriefs { slug } toll { sources { counts { includes { group } } } } } } }')).toBe(20);
    expect(typedCost('query ($n: Int) { newsroomBriefs(pageSize: $n) { data { slug } } }', { n: 100 })).toBe(100);
    expect(typedCost('{ newsroomFeed { data { brief { tags { slug } } } } }')).toBe(50);
    expect(typedCost('{ newsroomFeed(limit: 5000) { meta { next } } }')).toBe(200);
    expect(typedCost('{ newsroomTolls(slug: "x") { data { counts { value } } } }')).toBe(1);
  });

  test('300 aliases of a 100-brief page: over the alias rule and the cost', () => {
    const document = parse(`{ ${Array.from({ length: 300 }, (_, index) => `a${index}: newsroomBriefs(pageSize: 100) { data { slug } }`).join(' ')} }`);
    expect(validate(typed, document, [...specifiedRules, ...validationRules(DEFAULT_GRAPHQL_LIMITS)])[0].message).toMatch(/Aliases limit of 15 exceeded, found 300/);
    expect(getComplexity({ schema: typed, query: document, variables: {}, estimators: [itemCountEstimator(typed, {})] })).toBe(30_000);
  });

  test('enum values are the REST strings in upper snake case, and back', () => {
    expect(TOLL_QUALIFIERS.map(enumName)).toEqual(['EXACT', 'AT_LEAST', 'MORE_THAN', 'ABOUT', 'NEARLY', 'UP_TO', 'BETWEEN']);
    expect(enumName('brief.killed')).toBe('BRIEF_KILLED');
    expect(enumName('source-change')).toBe('SOURCE_CHANGE');
    for (const value of TOLL_QUALIFIERS) expect(restValueOf(enumName(value), TOLL_QUALIFIERS)).toBe(value);
    expect(restValueOf('PLACE', TAG_KINDS)).toBe('place');
    expect(restValueOf('place', TAG_KINDS)).toBeNull();
  });

  test.each([
    ['{ newsroomBriefs { data { slug headline } } }', ['data'], NO_BRIEF_RELATIONS],
    ['{ newsroomBriefs { data { slug tags { slug } } } }', ['data'], { ...NO_BRIEF_RELATIONS, tags: true }],
    ['{ newsroomBriefs { data { ...B } } } fragment B on NewsroomBrief { photo { url } ... on NewsroomBrief { toll { text } } }', ['data'], { ...NO_BRIEF_RELATIONS, photo: true, toll: true }],
    ['{ newsroomBriefs { a: data { slug } b: data { relatedBriefs { slug } } } }', ['data'], { ...NO_BRIEF_RELATIONS, relatedBriefs: true }],
    ['{ newsroomBrief(slug: "x") { corrections { note } } }', [], { ...NO_BRIEF_RELATIONS, corrections: true }],
    ['{ newsroomBriefs { data { ninjs } } }', ['data'], ALL_BRIEF_RELATIONS],
    ['{ newsroomFeed { data { id brief { tags { slug } } } } }', ['data', 'brief'], { ...NO_BRIEF_RELATIONS, tags: true }],
    ['{ newsroomFeed { data { id } } }', ['data', 'brief'], NO_BRIEF_RELATIONS],
  ])('%s computes only the relations it selects', (query, path, relations) => {
    const document = parse(query);
    const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
    const fragments = Object.fromEntries(
      document.definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION).map((fragment) => [fragment.name.value, fragment]),
    );
    const rootField = operation.selectionSet.selections[0] as FieldNode;
    expect(relationsFor(selectedFieldNames({ fieldNodes: [rootField], fragments }, path))).toEqual(relations);
  });
});

test('Apollo options: our rules and plugin appended, the lower token limit wins, stack traces only in development unless the app chose', () => {
  const pagination = () => ({});
  const production = withNewsroomLimits({ validationRules: ['app rule'], parseOptions: { maxTokens: 500 } }, DEFAULT_GRAPHQL_LIMITS, pagination, 'production');
  expect(production.validationRules?.[0]).toBe('app rule');
  expect(production.validationRules).toHaveLength(3);
  expect(production.plugins).toHaveLength(1);
  expect(production.parseOptions?.maxTokens).toBe(500);
  expect(production.includeStacktraceInErrorResponses).toBe(false);
  expect(withNewsroomLimits({}, DEFAULT_GRAPHQL_LIMITS, pagination, undefined).includeStacktraceInErrorResponses).toBe(false);
  expect(withNewsroomLimits({}, DEFAULT_GRAPHQL_LIMITS, pagination, 'development').includeStacktraceInErrorResponses).toBe(true);
  expect(withNewsroomLimits({ includeStacktraceInErrorResponses: true }, DEFAULT_GRAPHQL_LIMITS, pagination, 'production').includeStacktraceInErrorResponses).toBe(true);
});
