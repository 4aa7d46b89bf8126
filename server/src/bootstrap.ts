import type { Core } from '@strapi/strapi';
import { FEED_EVENT_TYPES } from './domain/contract';
import { getService } from './services/get-service';
import { createInputShapeGuard } from './middlewares/input-shape-guard';
import { ensureUniqueIndexes } from './data/unique-indexes';
import { ensureReadIndexes } from './data/read-indexes';
import { guardGraphqlDocuments } from './graphql-limits';
import { applyContentManagerDefaults } from './services/content-manager-layout';
import { migrateRelatedLinks } from './data/related-links-migration';
import { cacheApiTokenLookups } from './auth/api-token-cache';
import { assertSupportedSqliteVersion } from './data/supported-database';

/** How often each instance checks for embargoes that passed. */
const EMBARGO_CHECK_MS = 30_000;

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  if (strapi.db.dialect.client !== 'postgres') {
    const [{ version }] = (await strapi.db.connection.raw('select sqlite_version() as version')) as { version: string }[];
    assertSupportedSqliteVersion(version);
  }
  // Strapi's own webhooks may subscribe to the plugin's events (newsroom.brief.killed, newsroom.toll.updated, ...).
  for (const type of FEED_EVENT_TYPES) {
    strapi.get('webhookStore').addAllowedEvent(`NEWSROOM_${type.replace(/\./g, '_').toUpperCase()}`, `newsroom.${type}`);
  }
  await getService(strapi, 'feedEvents').ensureCounter();
  // After Strapi's global middlewares (body parsed, errors formatted), before the router (mounted after bootstrap).
  strapi.server.use(createInputShapeGuard(strapi));
  guardGraphqlDocuments(strapi);
  // After Strapi's schema sync, which leaves indexes it did not create alone.
  await ensureUniqueIndexes(strapi);
  await ensureReadIndexes(strapi);
  // Loose related links stored before the related-links field, in the contract's shape (once).
  await migrateRelatedLinks(strapi);
  // After the Content Manager synced its configurations (its bootstrap runs first): labels, hints, layouts.
  await applyContentManagerDefaults(strapi);
  // Opt-in (apiTokenCacheMs): API token lookups from memory, forgotten on any token change.
  cacheApiTokenLookups(strapi);
  // Media edits (alt text, new formats) change public briefs without a brief event: invalidate cached answers.
  strapi.db.lifecycles.subscribe({
    models: ['plugin::upload.file'],
    afterUpdate: () => getService(strapi, 'feedEvents').bumpVersion(),
    afterDelete: () => getService(strapi, 'feedEvents').bumpVersion(),
  });
  if (strapi.config.get<boolean>('plugin::newsroom.backgroundJobs', true)) {
    getService(strapi, 'webhookDispatcher').start();
    getService(strapi, 'embargo').start(EMBARGO_CHECK_MS);
    getService(strapi, 'retention').start();
  }
};

export default bootstrap;
