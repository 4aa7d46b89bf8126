export const PLUGIN_ID = 'newsroom';

export const BRIEF_UID = 'plugin::newsroom.brief';

/** The plugin's admin RBAC actions (server/src/permissions.ts registers them). */
export const PERMISSIONS = {
  updateTolls: [{ action: 'plugin::newsroom.tolls.update', subject: null }],
  killBriefs: [{ action: 'plugin::newsroom.briefs.kill', subject: null }],
  readSettings: [{ action: 'plugin::newsroom.settings.read', subject: null }],
  updateSettings: [{ action: 'plugin::newsroom.settings.update', subject: null }],
  readBriefs: [{ action: 'plugin::content-manager.explorer.read', subject: BRIEF_UID }],
  readApiTokens: [{ action: 'admin::api-tokens.read', subject: null }],
  manageWebhooks: [{ action: 'plugin::newsroom.webhooks.manage', subject: null }],
};
