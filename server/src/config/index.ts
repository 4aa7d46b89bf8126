import { DEFAULT_SETTINGS, runtimeOptionsSchema, validateSettings } from './settings-schema';
import { parseInput } from '../domain/validation';
import { webhookOptionsSchema } from '../domain/webhooks/options';
import { graphqlLimitsSchema } from './graphql-limits';
import { DEFAULT_RENDERED_BRIEFS } from '../services/rendered-briefs';

/** Plugin options that only the app's config sets (not the settings page). */
const CONFIG_ONLY_KEYS = ['webhooks', 'backgroundJobs', 'readCache', 'preparedStatements', 'apiTokenCacheMs', 'renderedBriefs', 'retentionDays', 'graphql'];

export default {
  default: { ...DEFAULT_SETTINGS, backgroundJobs: true, readCache: true, preparedStatements: true, apiTokenCacheMs: 0, renderedBriefs: DEFAULT_RENDERED_BRIEFS, retentionDays: 30, webhooks: {} },
  validator(config: Record<string, unknown>) {
    const settings = Object.fromEntries(Object.entries(config).filter(([key]) => !CONFIG_ONLY_KEYS.includes(key)));
    const errors = validateSettings(settings);
    const runtime = parseInput(runtimeOptionsSchema, config);
    if (!runtime.ok) errors.push(...runtime.errors);
    // Config-only option groups (webhooks, graphql) are checked below, each by its own declared schema.
    if (config.webhooks !== undefined) {
      const webhooks = parseInput(webhookOptionsSchema, config.webhooks, ['webhooks']);
      if (!webhooks.ok) errors.push(...webhooks.errors);
    }
    if (config.graphql !== undefined) {
      const graphql = parseInput(graphqlLimitsSchema, config.graphql, ['graphql']);
      if (!graphql.ok) errors.push(...graphql.errors);
    }
    if (errors.length > 0) {
      throw new Error(`Invalid newsroom plugin config: ${errors.map((error) => error.message).join('; ')}`);
    }
  },
};
