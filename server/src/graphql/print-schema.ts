import { GraphQLObjectType, GraphQLSchema, printSchema } from 'graphql';

/**
 * The newsroom's part of a GraphQL schema as SDL: our `newsroom*` query fields and every type they reach (the
 * `Newsroom*` types and the JSON and DateTime scalars), whatever else the app's schema holds. docs/schema.graphql is
 * this print of the live schema.
 */
export const printNewsroomSchema = (schema: GraphQLSchema): string => {
  const query = schema.getQueryType();
  if (!query) return '';
  const fields = Object.fromEntries(Object.entries(query.toConfig().fields).filter(([name]) => name.startsWith('newsroom')));
  return `${printSchema(new GraphQLSchema({ query: new GraphQLObjectType({ name: 'Query', fields }) }))}\n`;
};
