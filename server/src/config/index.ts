import { DEFAULT_SETTINGS, validateSettings } from './settings-schema';
import { parseInput } from '../domain/validation';
import { webhookOptionsSchema } from '../domain/webhooks/options';
import { graphqlLimitsSchema } from './graphql-limits';

/** Plugin options that only the app's config sets (not the settings page). */
const CONFIG_ONLY_KEYS = ['webhooks', 'backgroundJobs', 'readCache', 'retentionDays', 'graphql'];

export default {
  default: { ...DEFAULT_SETTINGS, backgroundJobs: true, readCache: true, retentionDays: 30, webhooks: {} },
  validator(config: Record<string, unknown>) {
    const settings = Object.fromEntries(Object.entries(config).filter(([key]) => !CONFIG_ONLY_KEYS.includes(key)));
    const errors = validateSettings(settings);
    if (typeof config.backgroundJobs !== 'boolean' && config.backgroundJobs !== undefined) errors.push({ path: ['backgroundJobs'], message: 'backgroundJobs must be true or false' });
    if (typeof config.readCache !== 'boolean' && config.readCache !== undefined) errors.push({ path: ['readCache'], message: 'readCache must be true or false' });
    if (config.retentionDays !== undefined && (!Number.isInteger(config.retentionDays) || (config.retentionDays as number) < 1 || (config.retentionDays as number) > 36_500))
      errors.push({ path: ['retentionDays'], message: 'retentionDays must be a whole number of days (1 to 36500)' });
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
