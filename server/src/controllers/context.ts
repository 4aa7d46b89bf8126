import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import { getService } from '../services/get-service';
import { localeCode, pathText, queryObject } from '../domain/validation';
import { validateInput } from '../http-errors';
import type { ReadFilter, WriteAccess } from '../services/brief-access';
import { CONTENT_MANAGER_ACTIONS } from '../contracts/permissions';
import { BRIEF_UID } from '../uids';

export type StrapiContext = Context & {
  params: Record<string, string>;
  query: Record<string, unknown>;
  state: {
    auth?: { strategy?: { name?: string }; credentials?: { id?: number } };
    user?: { id: number; firstname?: string; lastname?: string; email?: string };
    /** The admin user's CASL ability (admin routes). */
    userAbility?: unknown;
  };
  request: Context['request'] & { body?: unknown };
};

/** The caller of a Content API route; responses that depend on it vary by Authorization. */
export const readCaller = async (strapi: Core.Strapi, ctx: StrapiContext) => {
  ctx.vary('Authorization');
  return getService(strapi, 'publicBriefs').callerFor(ctx.state.auth);
};

/** Cache key part for the caller: answers depend on who asks (permissions, embargo entitlement). */
export const callerKey = (ctx: StrapiContext, entitled: boolean): string =>
  `${ctx.state.auth?.strategy?.name ?? 'none'}:${ctx.state.auth?.credentials?.id ?? '-'}:${entitled ? 'entitled' : 'public'}`;

/** Serves a Content API read from the shared-version cache (see services/read-cache). */
export const cachedRead = <T>(strapi: Core.Strapi, ctx: StrapiContext, entitled: boolean, compute: () => Promise<T>): Promise<T> =>
  getService(strapi, 'readCache').remember(`${ctx.path}?${ctx.querystring}#${callerKey(ctx, entitled)}`, compute);

/** The query string of routes that take only `locale`. */
export const localeOnlyQuerySchema = queryObject({ locale: localeCode().optional() });

/** For routes that take only `locale`: validates the query string, returns the locale or null. */
export const readLocaleOnlyQuery = (ctx: StrapiContext): string | null => validateInput(localeOnlyQuerySchema, ctx.query).locale ?? null;

/** A path parameter (`:slug`, `:documentId`, `:file`), refused with a 400 naming it before it reaches a query. */
export const readPathParam = (ctx: StrapiContext, param: string): string => validateInput(pathText(), ctx.params[param], [param]);

/** CASL → where-filter of the admin user's Content Manager permission on briefs: {} = all, null = not granted. */
const contentManagerQuery = (strapi: Core.Strapi, ctx: StrapiContext, action: 'read' | 'update'): ReadFilter | undefined => {
  const permissions = strapi.service('admin::permission') as {
    createPermissionsManager: (options: { ability: unknown; action: string; model: string }) => { getQuery: () => ReadFilter | undefined };
  };
  return permissions.createPermissionsManager({ ability: ctx.state.userAbility, action: CONTENT_MANAGER_ACTIONS[action], model: BRIEF_UID }).getQuery();
};

/** The Content Manager read conditions of the admin user for briefs (e.g. an Author's own briefs only); null = all. */
export const readFilter = (strapi: Core.Strapi, ctx: StrapiContext): ReadFilter => contentManagerQuery(strapi, ctx, 'read') ?? null;

/**
 * What the admin user may change among briefs, for the editorial actions and toll appends: their Content Manager
 * read and update conditions (e.g. a role limited to its own briefs); `update: 'denied'` when update is not granted.
 */
export const writeAccess = (strapi: Core.Strapi, ctx: StrapiContext): WriteAccess => {
  const update = contentManagerQuery(strapi, ctx, 'update');
  return { read: readFilter(strapi, ctx), update: update === null || update === undefined ? 'denied' : update };
};
