import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import bodyParser from 'koa-bodyparser';
import {
  buildSchema,
  getVariableValues,
  GraphQLError,
  KnownFragmentNamesRule,
  NoFragmentCyclesRule,
  parse,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { graphqlLimitsSchema, type GraphqlLimits } from './config/graphql-limits';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './domain/brief/list-query';
import { DEFAULT_FEED_LIMIT, MAX_FEED_LIMIT } from './domain/feed/feed-query';

/** Strapi's page size when a query gives none and `defaultLimit` is not configured (@strapi/utils pagination). */
const STRAPI_DEFAULT_PAGE_SIZE = 10;

/** Our own list fields: the page size they read and the most they can return. */
const NEWSROOM_LIST_FIELDS: Record<string, { argument: string; defaultSize: number; maxSize: number }> = {
  newsroomBriefs: { argument: 'pageSize', defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE },
  newsroomFeed: { argument: 'limit', defaultSize: DEFAULT_FEED_LIMIT, maxSize: MAX_FEED_LIMIT },
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
  operation?: OperationDefinitionNode;
  operationName: string | null;
  request: { variables?: Record<string, unknown> };
}

/** Apollo plugin: the cost needs the request's variables (`pageSize: $n`), so it is checked once the operation is known, before execution. */
export const costLimitPlugin = (limits: GraphqlLimits, pagination: () => StrapiPagination) => ({
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, operation, operationName, request }: ResolvedOperation) {
        // Variables that do not fit their types: execution refuses them itself (BAD_USER_INPUT) before any resolver.
        if (operation && getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {}).errors) return;
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
          // A document too large to weigh (fragments spread into more than 10,000 fields).
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

/** The guard's rules read fragments only, never types: any schema does. */
const TYPE_FREE_SCHEMA = buildSchema('type Query { _: Boolean }');

/**
 * Refuses, before Apollo, documents whose fragments expand past `maxTokens` fields, and unknown or cyclic fragments:
 * Strapi's own depthLimit rule (graphql-depth-limit) walks every fragment spread without memo when its rule is
 * created, before any other rule can stop it, so fragments that double at each level blocked the server for seconds
 * and unknown or cyclic ones made it throw (a 500).
 */
export const fragmentGuard = (endpoint: string, limits: GraphqlLimits, bodyParserConfig: unknown = true) => {
  const rules = [
    KnownFragmentNamesRule,
    NoFragmentCyclesRule,
    // Every field, fragment spread and inline fragment, fragments expanded, counts 1 (linear: a fragment is weighed once).
    costLimitRule({ maxCost: limits.maxTokens, objectCost: 1, scalarCost: 1, depthCostFactor: 1, flattenFragments: true, ignoreIntrospection: false, ...reportThroughContext }) as unknown as ValidationRule,
  ];
  const problemsOf = (query: unknown): GraphQLError[] => {
    if (typeof query !== 'string') return [];
    let document: DocumentNode;
    try {
      document = parse(query, { maxTokens: limits.maxTokens, noLocation: true });
    } catch {
      return []; // Apollo answers parse errors itself.
    }
    return [...validate(TYPE_FREE_SCHEMA, document, rules)];
  };
  // Strapi's body middleware skips /graphql: read the body with the parser (and options) of Strapi's GraphQL route, which then finds it parsed.
  const parseBody = bodyParserConfig === false ? null : bodyParser(typeof bodyParserConfig === 'object' && bodyParserConfig !== null ? bodyParserConfig : undefined);
  return async (ctx: Context, next: Next) => {
    if (ctx.path !== endpoint) return next();
    if (parseBody && ctx.method !== 'GET') await parseBody(ctx, async () => undefined);
    const body = (ctx.request as Context['request'] & { body?: unknown }).body;
    const requests = ctx.method === 'GET' ? [ctx.query] : [body].flat();
    const problems = requests.flatMap((request) => problemsOf(typeof request === 'object' && request !== null ? (request as { query?: unknown }).query : undefined));
    if (problems.length === 0) return next();
    ctx.status = 400;
    ctx.body = { errors: problems.map((problem) => ({ message: problem.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })) };
  };
};

export interface ApolloServerConfig {
  validationRules?: unknown[];
  plugins?: unknown[];
  parseOptions?: { maxTokens?: number } & Record<string, unknown>;
  includeStacktraceInErrorResponses?: boolean;
  [key: string]: unknown;
}

/**
 * The app's Apollo options with the newsroom's limits added. Stack traces in error responses only when Strapi runs in
 * development (`strapi develop`), unless the app chose: Apollo's own default also shows them when NODE_ENV is unset.
 */
export const withNewsroomLimits = (current: ApolloServerConfig, limits: GraphqlLimits, pagination: () => StrapiPagination, nodeEnv: string | undefined): ApolloServerConfig => {
  const appMaxTokens = current.parseOptions?.maxTokens;
  return {
    ...current,
    validationRules: [...(current.validationRules ?? []), ...validationRules(limits)],
    plugins: [...(current.plugins ?? []), costLimitPlugin(limits, pagination)],
    // The parser stops counting at the limit, so an oversized document costs no more than a refused one.
    parseOptions: { ...current.parseOptions, maxTokens: typeof appMaxTokens === 'number' ? Math.min(appMaxTokens, limits.maxTokens) : limits.maxTokens },
    includeStacktraceInErrorResponses: current.includeStacktraceInErrorResponses ?? nodeEnv === 'development',
  };
};

/**
 * Adds the newsroom plugin's request limits to Strapi's GraphQL server, whatever the app configured: Strapi's GraphQL
 * bootstrap builds the Apollo server from `plugin::graphql.apolloServer` after every plugin's register has run.
 */
const limitsOf = (strapi: Core.Strapi): GraphqlLimits => graphqlLimitsSchema.parse(strapi.plugin('newsroom').config('graphql') ?? {});

/** Bootstrap: the fragment guard as an app middleware, after Strapi's body parser, before the router. */
export const guardGraphqlDocuments = (strapi: Core.Strapi) => {
  const graphql = strapi.plugin('graphql');
  const bodyParserConfig = (strapi.config.get('plugin::graphql.apolloServer') as ApolloServerConfig | undefined)?.bodyParserConfig ?? true;
  if (graphql) strapi.server.use(fragmentGuard(graphql.config('endpoint') ?? '/graphql', limitsOf(strapi), bodyParserConfig));
};

export const applyGraphqlLimits = (strapi: Core.Strapi) => {
  const graphqlConfig = strapi.plugin('graphql');
  const current = (strapi.config.get('plugin::graphql.apolloServer') ?? {}) as ApolloServerConfig;
  const pagination = (): StrapiPagination => ({ defaultLimit: graphqlConfig.config('defaultLimit'), maxLimit: graphqlConfig.config('maxLimit') });
  strapi.config.set('plugin::graphql.apolloServer', withNewsroomLimits(current, limitsOf(strapi), pagination, process.env.NODE_ENV));
};
