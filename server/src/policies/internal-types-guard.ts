import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { BRIEF_UID, PLUGIN_ID, TAG_UID } from '../uids';

export interface GuardedContext {
  params?: Record<string, unknown>;
  query?: Record<string, unknown>;
}

interface RouteWithPolicies {
  config?: { policies?: unknown[] };
}

/** The plugin's bookkeeping types (tolls, feed, webhooks): written and read by its services only. */
export const internalTypeUids = (strapi: Core.Strapi): Set<string> =>
  new Set(
    Object.keys(strapi.plugin(PLUGIN_ID).contentTypes)
      .map((name) => `plugin::${PLUGIN_ID}.${name}`)
      .filter((uid) => uid !== BRIEF_UID && uid !== TAG_UID),
  );

const textValues = (record: Record<string, unknown> | undefined): string[] =>
  Object.values(record ?? {})
    .flat()
    .filter((value): value is string => typeof value === 'string');

/** Registered as `plugin::newsroom.internal-types`; Strapi resolves route policies by name. */
export const INTERNAL_TYPES_POLICY = `plugin::${PLUGIN_ID}.internal-types`;

/** Route policy: 404 when a Content Manager route's path or query names one of the plugin's internal types. */
export const refuseInternalTypes = (ctx: GuardedContext, _config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const internal = internalTypeUids(strapi);
  if ([...textValues(ctx.params), ...textValues(ctx.query)].some((value) => internal.has(value))) throw new errors.NotFoundError('Not found');
  return true;
};

/**
 * The Content Manager API answers 404 for the plugin's internal types on every one of its routes (lists, entries,
 * relations, bulk actions, configuration, history, preview), whoever asks: `content-manager.visible: false` only
 * hides them in the UI, and webhook secrets or toll authors must not be one admin request away. A route policy,
 * so authentication still answers first (401 without a valid admin token).
 */
export const guardContentManagerRoutes = (strapi: Core.Strapi) => {
  const routers = Object.values(strapi.plugin('content-manager').routes as Record<string, { routes?: RouteWithPolicies[] }>);
  for (const route of routers.flatMap((router) => router.routes ?? [])) {
    // First, so the answer is the same 404 whatever the caller's Content Manager permissions.
    route.config = { ...route.config, policies: [INTERNAL_TYPES_POLICY, ...(route.config?.policies ?? [])] };
  }
};
