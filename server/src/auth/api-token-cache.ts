import type { Core } from '@strapi/strapi';
import { expiringMemo } from '../services/memo';

/** Strapi's Content API token service: the strategy looks a token up by the hash of its key on every request. */
const TOKEN_SERVICE = 'admin::api-token-content-api';
/** Every change to a token or to its permissions goes through these models (update, revoke, regenerate, delete). */
const TOKEN_MODELS = ['admin::api-token', 'admin::api-token-permission'];
/** Distinct tokens remembered per instance (partners' tokens; an unknown key is never remembered). */
const MAX_TOKENS = 1_000;

type TokenLookup = (accessKeyHash: string, options?: unknown) => Promise<unknown>;

/** How long this instance may answer a token lookup from memory (plugin config `apiTokenCacheMs`; 0 = never). */
const apiTokenCacheMs = (strapi: Core.Strapi): number => strapi.config.get<number>('plugin::newsroom.apiTokenCacheMs', 0);

/**
 * Opt-in (`apiTokenCacheMs` > 0): Strapi's Content API token lookup (4 statements on every request: the token, its
 * permissions, and their links) answered from memory for that long. Strapi's semantics stay: the strategy still
 * checks expiry and permissions on every request, and any change to a token or its permissions on this instance
 * (revoke, regenerate, permission edit, its hourly `lastUsedAt` write) forgets every remembered token at once;
 * another instance sees the change within `apiTokenCacheMs`. Lookups with options (the admin's decrypted key) and
 * unknown keys always go to the database.
 */
export const cacheApiTokenLookups = (strapi: Core.Strapi) => {
  const tokens = expiringMemo<unknown>({ maxEntries: MAX_TOKENS });
  strapi.get('services').extend(TOKEN_SERVICE, (service: { getByAccessKey: TokenLookup }) => {
    const lookup = service.getByAccessKey.bind(service);
    return {
      ...service,
      getByAccessKey: (accessKeyHash: string, options?: unknown) => {
        const ttlMs = apiTokenCacheMs(strapi);
        if (ttlMs <= 0 || options !== undefined) return lookup(accessKeyHash, options);
        return tokens.get(accessKeyHash, ttlMs, () => lookup(accessKeyHash), (token) => token !== null && token !== undefined);
      },
    };
  });
  const forget = () => tokens.clear();
  strapi.db.lifecycles.subscribe({
    models: TOKEN_MODELS,
    afterCreate: forget,
    afterCreateMany: forget,
    afterUpdate: forget,
    afterUpdateMany: forget,
    afterDelete: forget,
    afterDeleteMany: forget,
  });
};
