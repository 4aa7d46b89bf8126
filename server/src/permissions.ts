/** The plugin's admin RBAC actions (registered in register.ts). */
export const ACTIONS = {
  updateTolls: 'plugin::newsroom.tolls.update',
  killBriefs: 'plugin::newsroom.briefs.kill',
  readSettings: 'plugin::newsroom.settings.read',
  updateSettings: 'plugin::newsroom.settings.update',
  manageWebhooks: 'plugin::newsroom.webhooks.manage',
} as const;

export const ACTION_DEFINITIONS = [
  { section: 'plugins', displayName: 'Update tolls', uid: 'tolls.update', pluginName: 'newsroom' },
  { section: 'plugins', displayName: 'Kill, withhold and release briefs', uid: 'briefs.kill', pluginName: 'newsroom' },
  { section: 'settings', category: 'Newsroom', displayName: 'Read', uid: 'settings.read', pluginName: 'newsroom' },
  { section: 'settings', category: 'Newsroom', displayName: 'Update', uid: 'settings.update', pluginName: 'newsroom' },
  { section: 'settings', category: 'Newsroom', displayName: 'Manage partner webhooks', uid: 'webhooks.manage', pluginName: 'newsroom' },
];

/** Content API actions of the plugin's read routes: what a partner's custom token holds. */
export const CONTENT_API_READ_ACTIONS = [
  'plugin::newsroom.brief.find',
  'plugin::newsroom.brief.findOne',
  'plugin::newsroom.tag.find',
  'plugin::newsroom.toll.find',
  'plugin::newsroom.correction.find',
  'plugin::newsroom.feed.find',
  'plugin::newsroom.ninjs.findOne',
  'plugin::newsroom.schema.findOne',
];

/**
 * What "Grant public read" gives the Users & Permissions Public role: briefs, tags, tolls and the served ninjs schemas
 * (the profile's `standard.schema` URL). The feed and ninjs routes stay behind partner API tokens.
 */
export const PUBLIC_READ_ACTIONS = [
  'plugin::newsroom.brief.find',
  'plugin::newsroom.brief.findOne',
  'plugin::newsroom.tag.find',
  'plugin::newsroom.toll.find',
  'plugin::newsroom.correction.find',
  'plugin::newsroom.schema.findOne',
];

export const DESK_CHIEF_ROLE = { name: 'Desk chief', description: 'Updates casualty tolls and kills, withholds or releases briefs.' };
