import type { Context, Next } from 'koa';
import type { Core } from '@strapi/strapi';
import { checkJsonShape, findBadFilter, findBadSort, findPrototypeQueryKey, findUnstorableText, isRowId, JSON_LIMITS, STORAGE_LIMITS, type JsonShapeProblem } from '../domain/validation';
import type { FieldError } from '../domain/contract';
import { formatFieldPath } from '../domain/toll/field-path';
import { validationFailed } from '../http-errors';
import { decodePathSegment } from '../domain/urls';
import { attributeResolver } from './attribute-kinds';
import { controlCharacters } from './field-errors';
import { uploadBodyProblem, uploadModelOf, uploadPathProblem, uploadQueryProblem } from './upload-input';

/** Bulk actions of the Content Manager on plugin types (its list selects at most a page of 100). */
const MAX_BULK_DOCUMENTS = 100;

/** Content Manager query strings nest more than ours (`filters[$and][0][tags][name][$contains]`). */
const CONTENT_MANAGER_QUERY_DEPTH = 12;

const PLUGIN_ROUTE = /^\/(?:api\/)?newsroom(?:\/|$)/;
const PLUGIN_UID = /plugin(?:::|%3A%3A)newsroom\./i;
const RELATIONS_ROUTE = /^\/content-manager\/relations\/plugin::newsroom\./;
const COLLECTION_ROUTE = /^\/content-manager\/collection-types\/(plugin::newsroom\.[a-z0-9-]+)/;
/** Upload (its Content API, the admin media library) reaches briefs through the files' `related`: its inputs must not 500 either. */
const UPLOAD_ROUTE = /^\/(?:api\/)?upload(?:\/|$)/;

/** The document a Content Manager route of a plugin type acts on (`…/:documentId`, `…/clone/:documentId`); null for the collection itself. */
const COLLECTION_DOCUMENT = /^\/content-manager\/collection-types\/plugin::newsroom\.[a-z0-9-]+\/(?:clone\/)?([^/]+)/;

/**
 * Row and document identities in a Content Manager write body: Strapi stored them as given (a chosen row id, on
 * PostgreSQL ahead of the id sequence; an update moving the draft to another documentId, away from its published
 * row), or answered 500 on a taken or non-numeric id. Its own UI never sends `id`, and sends the `documentId` of the
 * document the route names.
 */
const identityProblem = (path: string, body: Record<string, unknown>): FieldError | null => {
  if (!COLLECTION_ROUTE.test(path)) return null;
  if (Object.prototype.hasOwnProperty.call(body, 'id')) return { path: ['id'], code: 'field.unknown', message: 'id is given by Strapi, never by a request' };
  const given = body.documentId;
  if (given === undefined || given === null) return null;
  const named = COLLECTION_DOCUMENT.exec(path)?.[1];
  const documentId = named && named !== 'actions' ? named : null;
  if (given === documentId) return null;
  return {
    path: ['documentId'],
    code: 'field.unknown',
    message: documentId ? `documentId must be the document's own (${documentId}) or left out` : 'documentId is given by Strapi, never by a request',
  };
};

type Guarded = 'plugin' | 'content-manager' | 'upload' | null;

/** Which requests the guard checks: the plugin's own routes, Content Manager calls about the plugin's types, Upload's routes. */
const guardedAs = (ctx: Context): Guarded => {
  if (PLUGIN_ROUTE.test(ctx.path)) return 'plugin';
  if (UPLOAD_ROUTE.test(ctx.path)) return 'upload';
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

/** The relation pickers' ids to leave out or add: int4 row ids (PostgreSQL answers 99999999999 with an error). */
const relationIdsProblem = (query: Record<string, unknown>): FieldError | null => {
  for (const param of ['idsToOmit', 'idsToInclude']) {
    const ids = query[param];
    if (ids === undefined) continue;
    const list = Array.isArray(ids) ? ids : typeof ids === 'object' && ids !== null ? Object.values(ids) : [ids];
    const bad = list.findIndex((id) => !isRowId(id));
    if (bad >= 0) return { path: [param, bad], code: 'field.out_of_range', message: `${param}[${bad}] must be a row id from 1 to ${STORAGE_LIMITS.intMax}` };
  }
  return null;
};

/** The request path: valid UTF-8 without control characters (Strapi's routes), Upload's file and folder ids row ids. */
const pathProblem = (ctx: Context, guarded: Exclude<Guarded, null>, path: string | null): FieldError | null => {
  if (path === null) return { path: ['path'], code: 'input.malformed', message: 'path is not valid percent-encoded UTF-8' };
  if (guarded !== 'plugin' && findUnstorableText(path) !== null) return controlCharacters(['path']);
  return guarded === 'upload' ? uploadPathProblem(ctx.path) : null;
};

/**
 * The Content Manager's `documentIds` in a query (its draft-relation counts before a bulk publish): a list of at most
 * a page. Past qs's 100 items, or with gaps, the parser gives an object, which Strapi answered with a 500.
 */
const documentIdsQueryProblem = (query: Record<string, unknown>): FieldError | null => {
  const ids = query.documentIds;
  if (ids === undefined || typeof ids === 'string' || (Array.isArray(ids) && ids.length <= MAX_BULK_DOCUMENTS)) return null;
  return { path: ['documentIds'], code: 'field.too_many', params: { max: MAX_BULK_DOCUMENTS }, message: `documentIds must be a list of at most ${MAX_BULK_DOCUMENTS} items (documentIds[0]=…&documentIds[1]=…)` };
};

/** The query string: names the parser keeps, bounded shape, storable text, and filters and sorts the database can run. */
const queryProblem = (strapi: Core.Strapi, ctx: Context, guarded: Exclude<Guarded, null>, path: string): FieldError | null => {
  const droppedName = findPrototypeQueryKey(ctx.querystring);
  if (droppedName !== null) {
    const param = droppedName.split(/[[.]/)[0] || droppedName;
    return { path: [param], code: 'field.unknown', message: `${droppedName} is not a query parameter (names of Object.prototype properties are dropped by the query parser)` };
  }
  const query = ctx.query as Record<string, unknown>;
  const queryDepth = guarded === 'plugin' ? JSON_LIMITS.maxQueryDepth : CONTENT_MANAGER_QUERY_DEPTH;
  const queryShape = checkJsonShape(query, { maxDepth: queryDepth, maxNodes: JSON_LIMITS.maxNodes });
  if (queryShape) return shapeError(queryShape, 'query');
  const badQueryText = findUnstorableText(query);
  if (badQueryText) return controlCharacters(badQueryText);
  // Strapi's own filters and sorts, which it hands to the database as given (the plugin's routes take neither).
  const model = guarded === 'content-manager' ? COLLECTION_ROUTE.exec(path)?.[1] : guarded === 'upload' ? uploadModelOf(path) : undefined;
  const resolve = attributeResolver(strapi);
  if (model && query.filters !== undefined) {
    const filter = findBadFilter(query.filters, model, resolve);
    if (filter) return { path: filter.path, code: filter.code, message: `${formatFieldPath(filter.path)} ${filter.message}` };
  }
  if (model && query.sort !== undefined) {
    const sort = findBadSort(query.sort, model, resolve);
    if (sort) return { path: sort.path, code: sort.code, message: `sort ${sort.message}` };
  }
  if (guarded === 'upload') return uploadQueryProblem(ctx.method, path, query);
  if (guarded !== 'content-manager') return null;
  return RELATIONS_ROUTE.test(path) ? relationIdsProblem(query) : documentIdsQueryProblem(query);
};

/** The body: a JSON object of bounded shape and storable text; Content Manager writes without ids of their own choosing. */
const bodyProblem = (strapi: Core.Strapi, ctx: Context, guarded: Exclude<Guarded, null>, path: string): FieldError | null => {
  const body = (ctx.request as { body?: unknown }).body;
  if (body === undefined || body === null) return null;
  // Every body the plugin's routes and the Content Manager take is an object. A text/plain body reaches the controllers
  // as a string and a JSON list as an array: the Content Manager's i18n and permission checks answered both with a 500.
  if (typeof body !== 'object' || Array.isArray(body)) {
    return guarded === 'upload' ? null : { path: ['body'], code: 'field.invalid_type', message: 'body must be a JSON object (Content-Type: application/json)' };
  }
  const bulkIds = (body as { documentIds?: unknown }).documentIds;
  if (guarded === 'content-manager' && Array.isArray(bulkIds) && bulkIds.length > MAX_BULK_DOCUMENTS) {
    return { path: ['documentIds'], code: 'field.too_many', params: { max: MAX_BULK_DOCUMENTS }, message: `documentIds must have at most ${MAX_BULK_DOCUMENTS} items` };
  }
  const identity = guarded === 'content-manager' ? identityProblem(path, body as Record<string, unknown>) : null;
  if (identity) return identity;
  const bodyShape = checkJsonShape(body, JSON_LIMITS);
  if (bodyShape) return shapeError(bodyShape, 'body');
  // Any string of the body (relation ids, bulk documentIds, fields no schema of ours declares): jsonb and text refuse NUL.
  const badBodyText = findUnstorableText(body);
  if (badBodyText) return controlCharacters(badBodyText);
  return guarded === 'upload' ? uploadBodyProblem(strapi, path, body as Record<string, unknown>) : null;
};

/** The first reason to refuse this request's input before any handler (or Strapi's own recursive cast) sees it. */
const inputProblem = (strapi: Core.Strapi, ctx: Context, guarded: Exclude<Guarded, null>): FieldError | null => {
  // The plugin's controllers check their path parameters by name (`slug`, `documentId`); the Content Manager's do not.
  const path = guarded === 'plugin' ? ctx.path : decodePathSegment(ctx.path);
  const problem = pathProblem(ctx, guarded, path);
  if (problem || path === null) return problem;
  return queryProblem(strapi, ctx, guarded, path) ?? bodyProblem(strapi, ctx, guarded, path);
};

/**
 * What Strapi would store wrongly or answer with a 500, refused before it: for the plugin's routes, for Content Manager
 * calls about its types and for Upload's routes, its Content API and the admin media library (its files reach briefs).
 * Bodies are JSON objects within depth and size limits (a body nested ~1,000 deep overflowed the stack in Strapi's own
 * cast); query strings within limits, with filters and sorts the database can run; no control characters anywhere.
 * Registered in bootstrap, so it runs after Strapi's global middlewares (the body is parsed, errors are formatted) and
 * before the router (mounted after bootstrap); answers a 400 ValidationError naming the field.
 */
export const createInputShapeGuard = (strapi: Core.Strapi) => async (ctx: Context, next: Next) => {
  const guarded = guardedAs(ctx);
  if (guarded) {
    const problem = inputProblem(strapi, ctx, guarded);
    if (problem) throw validationFailed([problem]);
  }
  return next();
};
