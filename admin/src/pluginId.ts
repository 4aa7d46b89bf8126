import { BRIEF_SUBJECT, CONTENT_MANAGER_ACTIONS, NEWSROOM_ACTIONS, STRAPI_ADMIN_ACTIONS } from '../../server/src/contracts/permissions';

export const PLUGIN_ID = 'newsroom';

export const BRIEF_UID = BRIEF_SUBJECT;

/** The permissions the screens check, from the ids the server's routes require (server/src/contracts/permissions.ts). */
export const PERMISSIONS = {
  updateTolls: [{ action: NEWSROOM_ACTIONS.updateTolls, subject: null }],
  killBriefs: [{ action: NEWSROOM_ACTIONS.killBriefs, subject: null }],
  readSettings: [{ action: NEWSROOM_ACTIONS.readSettings, subject: null }],
  updateSettings: [{ action: NEWSROOM_ACTIONS.updateSettings, subject: null }],
  readBriefs: [{ action: CONTENT_MANAGER_ACTIONS.read, subject: BRIEF_UID }],
  readApiTokens: [{ action: STRAPI_ADMIN_ACTIONS.readApiTokens, subject: null }],
  manageWebhooks: [{ action: NEWSROOM_ACTIONS.manageWebhooks, subject: null }],
  createBriefs: [{ action: CONTENT_MANAGER_ACTIONS.create, subject: BRIEF_UID }],
  /** A correction updates and publishes the brief. */
  publishCorrections: [
    { action: CONTENT_MANAGER_ACTIONS.update, subject: BRIEF_UID },
    { action: CONTENT_MANAGER_ACTIONS.publish, subject: BRIEF_UID },
  ],
};
