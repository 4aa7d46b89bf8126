import type { Core } from '@strapi/strapi';
import { createDocumentMiddleware } from './middlewares/document-middleware';
import { createUniqueValuesMiddleware } from './middlewares/unique-values';
import { ACTION_DEFINITIONS } from './permissions';
import { registerGraphql } from './graphql';
import { createHidePluginContentSanitizer } from './sanitizers/hide-plugin-content';
import { decidesByKeys } from './sanitizers/page-output-sanitizer';
import { guardContentManagerRoutes } from './policies/internal-types-guard';
import { assertSupportedDatabaseClient } from './data/supported-database';

const register = async ({ strapi }: { strapi: Core.Strapi }) => {
  // Before Strapi's schema sync (bootstrap) creates any table on a database the plugin cannot serve.
  assertSupportedDatabaseClient(strapi.config.get<string>('database.connection.client'));
  // Custom fields must exist before content types load (in bootstrap the brief schema fails to load).
  strapi.customFields.register({ name: 'credit', plugin: 'newsroom', type: 'string' });
  // Stored as JSON `[{ title, url }]`, edited as a list of title + URL inputs.
  strapi.customFields.register({ name: 'related-links', plugin: 'newsroom', type: 'json' });
  // Outside the write rules, so a slug that loses a race is written again through them.
  strapi.documents.use(createUniqueValuesMiddleware(strapi));
  strapi.documents.use(createDocumentMiddleware(strapi));
  await strapi.service('admin::permission').actionProvider.registerMany(ACTION_DEFINITIONS);
  registerGraphql(strapi);
  // Other types' Content API answers (Upload's `related`) never carry briefs: those go through the plugin's routes only.
  // By keys alone on a page the page sanitizer probes (no morph values there): it runs once for the page.
  strapi.sanitizers.add('content-api.output', decidesByKeys(createHidePluginContentSanitizer(strapi)));
  // Before routes are mounted (bootstrap): no Content Manager door to the plugin's internal types.
  guardContentManagerRoutes(strapi);
};

export default register;
