import type { Core } from '@strapi/strapi';
import { FEED_COUNTER, readCounter } from '../data/feed-counter';
import { singleFlight } from './memo';

interface Entry {
  version: number;
  expiresAt: number;
  value: unknown;
}

const MAX_ENTRIES = 1_000;
/** Upper bound on staleness for what no write announces (an embargo time passing, permission edits). */
const TTL_MS = 5_000;

/**
 * Per-instance cache of Content API answers for partners who poll hard. Every public change (publish, kill,
 * toll revision, tag or media edit) raises the shared feed counter in its transaction, so one cheap read of that
 * counter tells every instance whether its cached answer is still current. After a change, one request per key
 * recomputes while the others asking for it wait for that computation (single flight): a hot key is refreshed once,
 * not once per waiting reader.
 */
const readCache = ({ strapi }: { strapi: Core.Strapi }) => {
  const entries = new Map<string, Entry>();
  const oncePerVersion = singleFlight();
  let computations = 0;
  let enabled = strapi.config.get<boolean>('plugin::newsroom.readCache', true);

  const currentVersion = async (): Promise<number> => (await readCounter(strapi, FEED_COUNTER)) ?? 0;

  return {
    currentVersion,

    /** The cached value for `key` if nothing public changed since, else `compute()` (cached for the next caller). */
    async remember<T>(key: string, compute: () => Promise<T>): Promise<T> {
      if (!enabled) return compute();
      const version = await currentVersion();
      const now = Date.now();
      const hit = entries.get(key);
      if (hit && hit.version === version && hit.expiresAt > now) {
        entries.delete(key);
        entries.set(key, hit); // most recently used last
        return hit.value as T;
      }
      return oncePerVersion(key, version, async () => {
        computations += 1;
        const value = await compute();
        entries.set(key, { version, expiresAt: Date.now() + TTL_MS, value });
        if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
        return value;
      });
    },

    /** How many answers this instance computed since boot (hits and shared computations not counted): tests and the bench. */
    computations: () => computations,

    /** Turns the cache off or on at run time (the bench measures both). */
    setEnabled(on: boolean) {
      enabled = on;
      entries.clear();
    },
  };
};

export default readCache;
