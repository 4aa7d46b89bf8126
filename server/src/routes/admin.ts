import { BRIEF_SUBJECT, CONTENT_MANAGER_ACTIONS as CM } from '../contracts/permissions';
import { ACTIONS } from '../permissions';

const requires = (...actions: (string | string[])[]) => ({
  policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions } }],
});
const CAN_READ_BRIEFS = [CM.read, BRIEF_SUBJECT];
/** Publishing a correction is a Content Manager update and publish of the brief (editors hold both). */
const CAN_PUBLISH_BRIEFS = [[CM.update, BRIEF_SUBJECT], [CM.publish, BRIEF_SUBJECT]];
const CAN_CREATE_BRIEFS = [CM.create, BRIEF_SUBJECT];

/** Admin routes under /newsroom, behind the admin JWT and the plugin's RBAC actions. */
export default {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/briefs/:documentId/tolls', handler: 'tollDesk.find', config: requires(CAN_READ_BRIEFS) },
    { method: 'POST', path: '/briefs/:documentId/tolls', handler: 'tollDesk.append', config: requires(ACTIONS.updateTolls) },
    { method: 'POST', path: '/import', handler: 'wireImport.import', config: requires(CAN_CREATE_BRIEFS) },
    { method: 'GET', path: '/briefs/:documentId/toll-proposal', handler: 'wireImport.findProposal', config: requires(CAN_READ_BRIEFS) },
    { method: 'DELETE', path: '/briefs/:documentId/toll-proposal', handler: 'wireImport.clearProposal', config: requires(ACTIONS.updateTolls) },
    { method: 'GET', path: '/briefs/:documentId/ninjs', handler: 'syndicationPreview.preview', config: requires(CAN_READ_BRIEFS) },
    { method: 'GET', path: '/briefs/:documentId/corrections', handler: 'briefCorrections.find', config: requires(CAN_READ_BRIEFS) },
    { method: 'POST', path: '/briefs/:documentId/corrections', handler: 'briefCorrections.publish', config: requires(...CAN_PUBLISH_BRIEFS) },
    { method: 'POST', path: '/briefs/:documentId/kill', handler: 'editorial.kill', config: requires(ACTIONS.killBriefs) },
    { method: 'POST', path: '/briefs/:documentId/withhold', handler: 'editorial.withhold', config: requires(ACTIONS.killBriefs) },
    { method: 'POST', path: '/briefs/:documentId/release', handler: 'editorial.release', config: requires(ACTIONS.killBriefs) },
    { method: 'GET', path: '/widgets/may-rise', handler: 'desk.mayRise', config: requires(CAN_READ_BRIEFS) },
    { method: 'GET', path: '/widgets/breaking', handler: 'desk.breaking', config: requires(CAN_READ_BRIEFS) },
    { method: 'GET', path: '/credit/known-agencies', handler: 'desk.knownAgencies', config: requires(CAN_READ_BRIEFS) },
    { method: 'POST', path: '/settings/setup-roles', handler: 'desk.setupRoles', config: requires(ACTIONS.updateSettings) },
    { method: 'POST', path: '/settings/grant-public-read', handler: 'desk.grantPublicRead', config: requires(ACTIONS.updateSettings) },
    { method: 'GET', path: '/webhooks', handler: 'webhooks.find', config: requires(ACTIONS.manageWebhooks) },
    { method: 'POST', path: '/webhooks', handler: 'webhooks.create', config: requires(ACTIONS.manageWebhooks) },
    { method: 'PUT', path: '/webhooks/:id', handler: 'webhooks.update', config: requires(ACTIONS.manageWebhooks) },
    { method: 'POST', path: '/webhooks/:id/rotate-secret', handler: 'webhooks.rotateSecret', config: requires(ACTIONS.manageWebhooks) },
    { method: 'DELETE', path: '/webhooks/:id', handler: 'webhooks.delete', config: requires(ACTIONS.manageWebhooks) },
    { method: 'GET', path: '/webhook-deliveries', handler: 'webhooks.deliveries', config: requires(ACTIONS.manageWebhooks) },
    { method: 'POST', path: '/webhook-deliveries/:id/redeliver', handler: 'webhooks.redeliver', config: requires(ACTIONS.manageWebhooks) },
    { method: 'GET', path: '/settings', handler: 'settings.find', config: requires(ACTIONS.readSettings) },
    { method: 'PUT', path: '/settings', handler: 'settings.update', config: requires(ACTIONS.updateSettings) },
  ],
};
