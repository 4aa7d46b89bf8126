/**
 * Permission ids the admin routes require and the admin screens check, defined once for both sides.
 * Pure constants: the admin bundle imports this module, so it imports only other pure constants.
 */

/** The subject of the Content Manager actions on briefs (the brief's content-type uid). */
export { BRIEF_UID as BRIEF_SUBJECT } from '../uids';

/** The plugin's own admin RBAC actions (registered in server/src/register.ts from server/src/permissions.ts). */
export const NEWSROOM_ACTIONS = {
  updateTolls: 'plugin::newsroom.tolls.update',
  killBriefs: 'plugin::newsroom.briefs.kill',
  readSettings: 'plugin::newsroom.settings.read',
  updateSettings: 'plugin::newsroom.settings.update',
  manageWebhooks: 'plugin::newsroom.webhooks.manage',
} as const;

/** Content Manager actions on briefs that the plugin's admin routes reuse. */
export const CONTENT_MANAGER_ACTIONS = {
  read: 'plugin::content-manager.explorer.read',
  create: 'plugin::content-manager.explorer.create',
  update: 'plugin::content-manager.explorer.update',
  publish: 'plugin::content-manager.explorer.publish',
  delete: 'plugin::content-manager.explorer.delete',
} as const;

/** Strapi admin actions the settings page checks before it calls Strapi's own routes. */
export const STRAPI_ADMIN_ACTIONS = {
  readApiTokens: 'admin::api-tokens.read',
} as const;
