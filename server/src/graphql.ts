import type { Core } from '@strapi/strapi';
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { FieldError } from './domain/contract';
import { parseBriefListQuery } from './domain/brief/list-query';
import { parseInput, shortText, z } from './domain/validation';
import { applyGraphqlLimits } from './graphql-limits';
import { validationFailed } from './http-errors';
import { getService } from './services';

interface GraphqlExtensionService {
  shadowCRUD: (uid: string) => { disable: () => unknown };
  use: (configuration: { typeDefs: string; resolvers: object; resolversConfig: object }) => unknown;
}

interface GraphqlContext {
  state: { auth?: { strategy?: { name?: string }; credentials?: { id?: number } } };
}

interface BriefListArgs {
  locale?: string | null;
  page?: number | null;
  pageSize?: number | null;
  tagSlug?: string | null;
}

/** Plain GraphQL variables → the query-string shape the REST validation reads, so both APIs accept the same things. */
const listQueryFrom = (args: BriefListArgs) =>
  Object.fromEntries(
    Object.entries({
      locale: args.locale ?? undefined,
      page: args.page === null || args.page === undefined ? undefined : String(args.page),
      pageSize: args.pageSize === null || args.pageSize === undefined ? undefined : String(args.pageSize),
      filters: args.tagSlug === null || args.tagSlug === undefined ? undefined : { tags: { slug: args.tagSlug } },
    }).filter(([, value]) => value !== undefined),
  );

/** REST's `filters[tags][slug]` is the GraphQL argument `tagSlug`: errors name the argument the caller wrote. */
const asArgumentErrors = (errors: FieldError[]): FieldError[] =>
  errors.map((error) => (error.path[0] === 'filters' ? { ...error, path: ['tagSlug'], message: error.message.replace(/^\S+/, 'tagSlug') } : error));

const briefSlugArgs = z.object({ slug: shortText({ min: 1 }) });

/** Whether a field's selection asks for `name` (fragments included; @skip/@include are not evaluated, so it may say yes). */
const selects = (selectionSets: readonly (SelectionSetNode | undefined)[], name: string, info: GraphQLResolveInfo): boolean =>
  selectionSets.some((selectionSet) =>
    (selectionSet?.selections ?? []).some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === name;
      if (selection.kind === Kind.INLINE_FRAGMENT) return selects([selection.selectionSet], name, info);
      return selects([info.fragments[selection.name.value]?.selectionSet], name, info);
    }),
  );

/**
 * When the app has Strapi's GraphQL plugin: the plugin's types get no generated CRUD (it would bypass editorial
 * status, embargo and entitlement), GraphQL gets the same public shapes as REST, with the same permissions, and every
 * request to /graphql is bounded (aliases, depth, tokens, items; see graphql-limits).
 */
export const registerGraphql = (strapi: Core.Strapi) => {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;
  applyGraphqlLimits(strapi);
  const extension = graphql.service('extension') as GraphqlExtensionService;
  for (const uid of Object.keys(strapi.plugin('newsroom').contentTypes)) extension.shadowCRUD(`plugin::newsroom.${uid}`).disable();
  const briefs = () => getService(strapi, 'publicBriefs');
  extension.use({
    typeDefs: `
      type NewsroomBriefPage { data: [JSON!]!, meta: JSON! }
      extend type Query {
        "Published, usable briefs, newest first (the REST list, same shape)."
        newsroomBriefs(locale: String, page: Int, pageSize: Int, tagSlug: String): NewsroomBriefPage!
        "One public brief by slug; errors NOT_FOUND or GONE like REST."
        newsroomBrief(slug: String!, locale: String): JSON!
      }
    `,
    resolvers: {
      Query: {
        newsroomBriefs: async (_parent: unknown, args: BriefListArgs, context: GraphqlContext, info: GraphQLResolveInfo) => {
          const query = parseBriefListQuery(listQueryFrom(args));
          if (!query.ok) throw validationFailed(asArgumentErrors(query.errors));
          const caller = await briefs().callerFor(context.state.auth);
          if (selects(info.fieldNodes.map((node) => node.selectionSet), 'data', info)) return briefs().list(query.value, caller);
          // Only `meta` asked: one brief is enough to read the total, the page's briefs are not shaped.
          const { total } = (await briefs().list({ ...query.value, page: 1, pageSize: 1 }, caller)).meta.pagination;
          const { page, pageSize } = query.value;
          return { data: [], meta: { pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } } };
        },
        newsroomBrief: async (_parent: unknown, args: { slug: string; locale?: string | null }, context: GraphqlContext) => {
          const slug = parseInput(briefSlugArgs, { slug: args.slug });
          // The locale argument follows the REST rules for `locale`.
          const locale = parseBriefListQuery(args.locale === null || args.locale === undefined ? {} : { locale: args.locale });
          const errors = [...(slug.ok ? [] : slug.errors), ...(locale.ok ? [] : locale.errors)];
          if (!slug.ok || !locale.ok) throw validationFailed(errors);
          return briefs().findBySlug(slug.value.slug, locale.value.locale, await briefs().callerFor(context.state.auth));
        },
      },
    },
    resolversConfig: {
      'Query.newsroomBriefs': { auth: { scope: ['plugin::newsroom.brief.find'] } },
      'Query.newsroomBrief': { auth: { scope: ['plugin::newsroom.brief.findOne'] } },
    },
  });
};
