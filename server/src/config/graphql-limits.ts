import { integer, z } from '../domain/validation';

/**
 * The plugin config's `graphql` key: how much work one request to `/graphql` may ask for (the whole schema, Strapi's
 * generated types included). Pure: no Strapi or GraphQL import.
 */
export const DEFAULT_GRAPHQL_LIMITS = {
  /** Aliased fields in one operation (`__typename` not counted). */
  maxAliases: 15,
  /** Items the list fields of one request may return: a list costs its page size, nested lists multiply. */
  maxCost: 200,
  /** Nested fields (fragments do not count; introspection is bounded by GraphQL's own rule). */
  maxDepth: 10,
  /** Lexical tokens in the query document, counted while parsing. */
  maxTokens: 1000,
} as const;

export type GraphqlLimits = { [Key in keyof typeof DEFAULT_GRAPHQL_LIMITS]: number };

export const graphqlLimitsSchema = z.strictObject({
  maxAliases: integer({ min: 0, max: 10_000 }).default(DEFAULT_GRAPHQL_LIMITS.maxAliases),
  maxCost: integer({ min: 1, max: 1_000_000 }).default(DEFAULT_GRAPHQL_LIMITS.maxCost),
  maxDepth: integer({ min: 1, max: 1_000 }).default(DEFAULT_GRAPHQL_LIMITS.maxDepth),
  maxTokens: integer({ min: 1, max: 1_000_000 }).default(DEFAULT_GRAPHQL_LIMITS.maxTokens),
});
