import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { errors } from '@strapi/utils';
import { BRIEF_UID, PLUGIN_ID, TAG_UID } from '../uids';

const CONTENT_MANAGER_PREFIX = '/content-manager/';

const decoded = (segment: string): string => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};

/** The plugin's bookkeeping types (tolls, feed, webhooks): written and read by its services only. */
export const internalTypeUids = (strapi: Core.Strapi): Set<string> =>
  new Set(
    Object.keys(strapi.plugin(PLUGIN_ID).contentTypes)
      .map((name) => `plugin::${PLUGIN_ID}.${name}`)
      .filter((uid) => uid !== BRIEF_UID && uid !== TAG_UID),
  );

/**
 * Koa middleware: the Content Manager API answers 404 for the plugin's internal types on every route (lists,
 * entries, relations, bulk actions, configuration, history, preview), whoever asks. `content-manager.visible:
 * false` only hides them in the UI; webhook secrets and toll authors must not be one admin request away.
 */
export const createInternalTypesGuard = (strapi: Core.Strapi) => {
  const internal = internalTypeUids(strapi);
  const names = (ctx: Context): string[] => {
    const values = Object.values(ctx.query).flat();
    return [...ctx.path.split('/').map(decoded), ...values.filter((value): value is string => typeof value === 'string')];
  };
  return async (ctx: Context, next: Next) => {
    if (ctx.path.startsWith(CONTENT_MANAGER_PREFIX) && names(ctx).some((name) => internal.has(name))) {
      throw new errors.NotFoundError('Not found');
    }
    return next();
  };
};
