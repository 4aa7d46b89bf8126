import type { Core } from '@strapi/strapi';
import { FEED_EVENT_TYPES } from './domain/contract';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  // Strapi's own webhooks may subscribe to the plugin's events (newsroom.brief.killed, newsroom.toll.updated, ...).
  for (const type of FEED_EVENT_TYPES) {
    strapi.get('webhookStore').addAllowedEvent(`NEWSROOM_${type.replace(/\./g, '_').toUpperCase()}`, `newsroom.${type}`);
  }
};

export default bootstrap;
