import type { Core } from '@strapi/strapi';
import { applyGraphqlLimits } from '../graphql-limits';
import { newsroomResolvers, newsroomResolversConfig } from './resolvers';
import { newsroomTypeDefs } from './type-defs';

interface GraphqlExtensionService {
  shadowCRUD: (uid: string) => { disable: () => unknown };
  use: (configuration: { typeDefs: string; resolvers: object; resolversConfig: object }) => unknown;
}

/**
 * When the app has Strapi's GraphQL plugin: the plugin's content types get no generated CRUD (queries or mutations:
 * they would bypass editorial status, embargo and entitlement); our own typed, read-only schema serves the REST
 * contract's shapes with the REST services and permissions; every request to /graphql is bounded (graphql-limits).
 */
export const registerGraphql = (strapi: Core.Strapi) => {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;
  applyGraphqlLimits(strapi);
  const extension = graphql.service('extension') as GraphqlExtensionService;
  for (const uid of Object.keys(strapi.plugin('newsroom').contentTypes)) extension.shadowCRUD(`plugin::newsroom.${uid}`).disable();
  extension.use({ typeDefs: newsroomTypeDefs, resolvers: newsroomResolvers(strapi), resolversConfig: newsroomResolversConfig });
};
