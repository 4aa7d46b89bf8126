import type { Core } from '@strapi/strapi';
import { parseBriefListQuery } from './domain/brief/list-query';
import { validationFailed } from './http-errors';
import { getService } from './services';

interface GraphqlExtensionService {
  shadowCRUD: (uid: string) => { disable: () => unknown };
  use: (configuration: { typeDefs: string; resolvers: object; resolversConfig: object }) => unknown;
}

interface GraphqlContext {
  state: { auth?: { strategy?: { name?: string }; credentials?: { id?: number } } };
}

/** Plain GraphQL variables → the query-string shape the REST validation reads, so both APIs accept the same things. */
const listQueryFrom = (args: { locale?: string | null; page?: number | null; pageSize?: number | null; tagSlug?: string | null }) =>
  Object.fromEntries(
    Object.entries({
      locale: args.locale ?? undefined,
      page: args.page === null || args.page === undefined ? undefined : String(args.page),
      pageSize: args.pageSize === null || args.pageSize === undefined ? undefined : String(args.pageSize),
      filters: args.tagSlug ? { tags: { slug: args.tagSlug } } : undefined,
    }).filter(([, value]) => value !== undefined),
  );

/**
 * When the app has Strapi's GraphQL plugin: the plugin's types get no generated CRUD (it would bypass editorial
 * status, embargo and entitlement), and GraphQL gets the same public shapes as REST, with the same permissions.
 */
export const registerGraphql = (strapi: Core.Strapi) => {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;
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
        newsroomBriefs: async (_parent: unknown, args: Parameters<typeof listQueryFrom>[0], context: GraphqlContext) => {
          const query = parseBriefListQuery(listQueryFrom(args));
          if (!query.ok) throw validationFailed(query.errors);
          return briefs().list(query.value, await briefs().callerFor(context.state.auth));
        },
        newsroomBrief: async (_parent: unknown, args: { slug: string; locale?: string | null }, context: GraphqlContext) =>
          briefs().findBySlug(args.slug, args.locale ?? null, await briefs().callerFor(context.state.auth)),
      },
    },
    resolversConfig: {
      'Query.newsroomBriefs': { auth: { scope: ['plugin::newsroom.brief.find'] } },
      'Query.newsroomBrief': { auth: { scope: ['plugin::newsroom.brief.findOne'] } },
    },
  });
};
