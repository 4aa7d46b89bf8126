import type { Core } from '@strapi/strapi';
import { applyGraphqlLimits, type ApolloServerConfig } from '../graphql-limits';
import { newsroomResolvers, newsroomResolversConfig } from './resolvers';
import { newsroomTypeDefs } from './type-defs';
import { argumentGuardPlugin } from './argument-guard';
import { internalErrorDetailsPlugin } from './internal-errors';

/** Apollo plugins for the whole schema, Strapi's generated types included: arguments checked before any resolver, internal errors without details. */
const applyInputGuards = (strapi: Core.Strapi) => {
  const current = (strapi.config.get('plugin::graphql.apolloServer') ?? {}) as ApolloServerConfig;
  strapi.config.set('plugin::graphql.apolloServer', { ...current, plugins: [...(current.plugins ?? []), argumentGuardPlugin(strapi), internalErrorDetailsPlugin()] });
};

interface GraphqlExtensionService {
  shadowCRUD: (uid: string) => { disable: () => unknown };
  use: (configuration: { typeDefs: string; resolvers: object; resolversConfig: object }) => unknown;
}

/**
 * When the app has Strapi's GraphQL plugin: the plugin's content types get no generated CRUD (queries or mutations:
 * they would bypass editorial status, embargo and entitlement); our own typed, read-only schema serves the REST
 * contract's shapes with the REST services and permissions; every request to /graphql is bounded (graphql-limits),
 * and its arguments checked as the REST guard checks query strings (argument-guard).
 */
export const registerGraphql = (strapi: Core.Strapi) => {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;
  applyGraphqlLimits(strapi);
  applyInputGuards(strapi);
  const extension = graphql.service('extension') as GraphqlExtensionService;
  for (const uid of Object.keys(strapi.plugin('newsroom').contentTypes)) extension.shadowCRUD(`plugin::newsroom.${uid}`).disable();
  extension.use({ typeDefs: newsroomTypeDefs, resolvers: newsroomResolvers(strapi), resolversConfig: newsroomResolversConfig });
};
