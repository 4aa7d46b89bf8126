import { errors } from '@strapi/utils';
import { GraphQLError } from 'graphql';

interface HttpLikeError extends Error {
  status?: number;
  details?: unknown;
}

/** REST's 404 and 410 as GraphQL codes; Strapi's error (name, message, details) stays in `extensions.error` as for its own errors. */
const codeOf = (error: HttpLikeError): string | null => {
  if (error instanceof errors.NotFoundError) return 'NOT_FOUND';
  if (error.status === 410) return 'GONE';
  return null;
};

/**
 * Our resolvers' errors with REST's meaning: NOT_FOUND, GONE; Strapi's own mapping gives ValidationError →
 * BAD_USER_INPUT and ForbiddenError → FORBIDDEN, so those pass through.
 */
export const withGraphqlErrors =
  <Args extends unknown[], Result>(resolve: (...args: Args) => Promise<Result>) =>
  async (...args: Args): Promise<Result> => {
    try {
      return await resolve(...args);
    } catch (error) {
      const code = error instanceof Error ? codeOf(error as HttpLikeError) : null;
      if (!code) throw error;
      const { name, message, details } = error as HttpLikeError;
      throw new GraphQLError(message, { extensions: { code, error: { name, message, details: details ?? {} } } });
    }
  };
