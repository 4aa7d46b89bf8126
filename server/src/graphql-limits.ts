import type { Core } from '@strapi/strapi';
import { GraphQLError, type DocumentNode, type GraphQLSchema, type ValidationContext, type ValidationRule } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { graphqlLimitsSchema, type GraphqlLimits } from './config/graphql-limits';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './domain/brief/list-query';

/** Strapi's page size when a query gives none and `defaultLimit` is not configured (@strapi/utils pagination). */
const STRAPI_DEFAULT_PAGE_SIZE = 10;

/** Our own list fields: the page size they read and the most they can return. */
const NEWSROOM_LIST_FIELDS: Record<string, { argument: string; defaultSize: number; maxSize: number }> = {
  newsroomBriefs: { argument: 'pageSize', defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE },
};

interface StrapiPagination {
  defaultLimit?: number;
  maxLimit?: number;
}

/** The items a Strapi-generated collection field may return for its `pagination` argument (same rules as @strapi/utils). */
const strapiPageSize = (pagination: { limit?: number | null; pageSize?: number | null } | null | undefined, config: StrapiPagination): number => {
  const maxLimit = typeof config.maxLimit === 'number' && config.maxLimit > 0 ? config.maxLimit : null;
  const limit = pagination?.limit ?? null;
  const pageSize = pagination?.pageSize ?? null;
  const requested = limit !== null ? (limit === -1 ? Infinity : Math.max(1, limit)) : pageSize !== null ? Math.max(1, pageSize) : (config.defaultLimit ?? STRAPI_DEFAULT_PAGE_SIZE);
  return maxLimit === null ? requested : Math.min(requested, maxLimit);
};

/**
 * Cost = the items a request may return: a paginated list costs its page size times what each item costs (at least
 * 1), so nested lists multiply; a root field costs at least 1; scalars and single objects add nothing of their own.
 */
export const itemCountEstimator =
  (schema: GraphQLSchema, pagination: StrapiPagination): ComplexityEstimator =>
  ({ type, field, args, childComplexity }) => {
    const perItem = Math.max(1, childComplexity);
    const ours = type === schema.getQueryType() ? NEWSROOM_LIST_FIELDS[field.name] : undefined;
    if (ours) {
      const size = args[ours.argument];
      const items = Number.isInteger(size) ? Math.min(Math.max(1, size as number), ours.maxSize) : ours.defaultSize;
      return items * perItem;
    }
    if (field.args.some((argument) => argument.name === 'pagination')) return strapiPageSize(args.pagination, pagination) * perItem;
    const isRoot = type === schema.getQueryType() || type === schema.getMutationType();
    return isRoot ? perItem : childComplexity;
  };

/** A refusal before any resolver runs: 400, Apollo's validation code, and the limit that was hit. */
const refusal = (message: string, limit: Record<string, number>) =>
  new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 }, limit } });

/** Armor rules report through the validation context (throwing would escape graphql's validate() as a 500). */
const reportThroughContext = { propagateOnRejection: false, onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)] };

export const validationRules = (limits: GraphqlLimits): ValidationRule[] => [
  maxAliasesRule({ n: limits.maxAliases, ...reportThroughContext }) as unknown as ValidationRule,
  // Introspection is skipped here: graphql's own MaxIntrospectionDepthRule (in specifiedRules since 16.9) bounds it.
  maxDepthRule({ n: limits.maxDepth, flattenFragments: true, ignoreIntrospection: true, ...reportThroughContext }) as unknown as ValidationRule,
];

/** What Apollo hands a plugin's didResolveOperation (the part we read). */
interface ResolvedOperation {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName: string | null;
  request: { variables?: Record<string, unknown> };
}

/** Apollo plugin: the cost needs the request's variables (`pageSize: $n`), so it is checked once the operation is known, before execution. */
export const costLimitPlugin = (limits: GraphqlLimits, pagination: () => StrapiPagination) => ({
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, operationName, request }: ResolvedOperation) {
        let cost: number;
        try {
          cost = getComplexity({
            schema,
            query: document,
            variables: request.variables ?? {},
            operationName: operationName ?? undefined,
            estimators: [itemCountEstimator(schema, pagination())],
          });
        } catch (error) {
          // Variables that do not fit their types, or a document too large to weigh.
          throw refusal(error instanceof Error ? error.message : String(error), { maxCost: limits.maxCost });
        }
        if (cost > limits.maxCost) {
          throw refusal(`Query cost ${Number.isFinite(cost) ? cost : 'unbounded'} exceeds the limit of ${limits.maxCost} (each item a list may return counts 1; lower pageSize or split the query)`, {
            maxCost: limits.maxCost,
          });
        }
      },
    };
  },
});

interface ApolloServerConfig {
  validationRules?: unknown[];
  plugins?: unknown[];
  parseOptions?: { maxTokens?: number } & Record<string, unknown>;
  [key: string]: unknown;
}

/**
 * Adds the newsroom plugin's request limits to Strapi's GraphQL server, whatever the app configured: Strapi's GraphQL
 * bootstrap builds the Apollo server from `plugin::graphql.apolloServer` after every plugin's register has run.
 */
export const applyGraphqlLimits = (strapi: Core.Strapi) => {
  const limits = graphqlLimitsSchema.parse(strapi.plugin('newsroom').config('graphql') ?? {});
  const graphqlConfig = strapi.plugin('graphql');
  const current = (strapi.config.get('plugin::graphql.apolloServer') ?? {}) as ApolloServerConfig;
  const appMaxTokens = current.parseOptions?.maxTokens;
  strapi.config.set('plugin::graphql.apolloServer', {
    ...current,
    validationRules: [...(current.validationRules ?? []), ...validationRules(limits)],
    plugins: [...(current.plugins ?? []), costLimitPlugin(limits, () => ({ defaultLimit: graphqlConfig.config('defaultLimit'), maxLimit: graphqlConfig.config('maxLimit') }))],
    // The parser stops counting at the limit, so an oversized document costs no more than a refused one.
    parseOptions: { ...current.parseOptions, maxTokens: typeof appMaxTokens === 'number' ? Math.min(appMaxTokens, limits.maxTokens) : limits.maxTokens },
  });
};
