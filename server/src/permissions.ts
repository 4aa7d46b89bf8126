import { NEWSROOM_ACTIONS } from './contracts/permissions';

/** The plugin's admin RBAC actions (registered in register.ts); the ids live in the contract the admin shares. */
export const ACTIONS = NEWSROOM_ACTIONS;

/** `plugin::newsroom.tolls.update` → `tolls.update`, the uid Strapi's action provider registers it under. */
const uidOf = (action: string) => action.slice('plugin::newsroom.'.length);

export const ACTION_DEFINITIONS = [
  { section: 'plugins', displayName: 'Update tolls', uid: uidOf(ACTIONS.updateTolls), pluginName: 'newsroom' },
  { section: 'plugins', displayName: 'Kill, withhold and release briefs', uid: uidOf(ACTIONS.killBriefs), pluginName: 'newsroom' },
  { section: 'settings', category: 'Newsroom', displayName: 'Read', uid: uidOf(ACTIONS.readSettings), pluginName: 'newsroom' },
  { section: 'settings', category: 'Newsroom', displayName: 'Update', uid: uidOf(ACTIONS.updateSettings), pluginName: 'newsroom' },
  { section: 'settings', category: 'Newsroom', displayName: 'Manage partner webhooks', uid: uidOf(ACTIONS.manageWebhooks), pluginName: 'newsroom' },
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
