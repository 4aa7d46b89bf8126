import type { Context, Next } from 'koa';
import { checkJsonShape, findUnstorableText, JSON_LIMITS, type JsonShapeProblem } from '../domain/validation';
import type { FieldError } from '../domain/contract';
import { formatFieldPath } from '../domain/toll/field-path';
import { validationFailed } from '../http-errors';

/** Content Manager query strings nest more than ours (`filters[$and][0][tags][name][$contains]`). */
const CONTENT_MANAGER_QUERY_DEPTH = 12;

const PLUGIN_ROUTE = /^\/(?:api\/)?newsroom(?:\/|$)/;
const PLUGIN_UID = /plugin(?:::|%3A%3A)newsroom\./i;

type Guarded = 'plugin' | 'content-manager' | null;

const decodedPath = (path: string): string | null => {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
};

/** Which requests the guard checks: the plugin's own routes, and Content Manager calls about the plugin's types. */
const guardedAs = (ctx: Context): Guarded => {
  if (PLUGIN_ROUTE.test(ctx.path)) return 'plugin';
  if (!ctx.path.startsWith('/content-manager/')) return null;
  if (PLUGIN_UID.test(ctx.path) || PLUGIN_UID.test(ctx.querystring)) return 'content-manager';
  // `/content-manager/uid/generate` and similar name the model in the body.
  const body = (ctx.request as { body?: unknown }).body;
  const model = typeof body === 'object' && body !== null ? (body as { contentTypeUID?: unknown; model?: unknown }) : {};
  return [model.contentTypeUID, model.model].some((uid) => typeof uid === 'string' && PLUGIN_UID.test(uid)) ? 'content-manager' : null;
};

/** The error names the top-level field (or parameter) that holds the problem; `path` goes down to it. */
const shapeError = (problem: JsonShapeProblem, root: 'body' | 'query'): FieldError => {
  const field = problem.path.length > 0 ? String(problem.path[0]) : root;
  const message = problem.code === 'input.too_deep' ? `${field} ${problem.message.replace(/^value /, '')}` : problem.message.replace(/^body/, root);
  return { path: problem.path.length > 0 ? problem.path : [root], code: problem.code, message };
};

/** The first reason to refuse this request's input before any handler (or Strapi's own recursive cast) sees it. */
const inputProblem = (ctx: Context, guarded: Exclude<Guarded, null>): FieldError | null => {
  // The plugin's controllers check their path parameters by name (`slug`, `documentId`); the Content Manager's do not.
  if (guarded === 'content-manager') {
    const path = decodedPath(ctx.path);
    if (path === null) return { path: ['path'], code: 'input.malformed', message: 'path is not valid percent-encoded UTF-8' };
    if (findUnstorableText(path) !== null) return { path: ['path'], code: 'field.control_characters', message: 'path must not contain control characters (such as NUL)' };
  }

  const query = ctx.query as Record<string, unknown>;
  const queryDepth = guarded === 'plugin' ? JSON_LIMITS.maxQueryDepth : CONTENT_MANAGER_QUERY_DEPTH;
  const queryShape = checkJsonShape(query, { maxDepth: queryDepth, maxNodes: JSON_LIMITS.maxNodes });
  if (queryShape) return shapeError(queryShape, 'query');
  const badQueryText = findUnstorableText(query);
  if (badQueryText) {
    return { path: badQueryText, code: 'field.control_characters', message: `${formatFieldPath(badQueryText)} must not contain control characters (such as NUL)` };
  }

  const body = (ctx.request as { body?: unknown }).body;
  if (body === undefined || body === null || typeof body !== 'object') return null;
  const bodyShape = checkJsonShape(body, JSON_LIMITS);
  return bodyShape ? shapeError(bodyShape, 'body') : null;
};

/**
 * Depth and size limits of JSON bodies and query strings, for the plugin's routes and for Content Manager calls
 * about its types: a body nested ~1,000 deep overflowed the stack in Strapi's own cast (a 500). Registered in
 * bootstrap, so it runs after Strapi's global middlewares (the body is parsed, errors are formatted) and before
 * the router (mounted after bootstrap); answers 400 ValidationError with `input.too_deep` / `input.too_large`.
 */
export const createInputShapeGuard = () => async (ctx: Context, next: Next) => {
  const guarded = guardedAs(ctx);
  if (guarded) {
    const problem = inputProblem(ctx, guarded);
    if (problem) throw validationFailed([problem]);
  }
  return next();
};
