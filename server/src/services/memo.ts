/** `value` and everything it holds frozen: a memo's values are shared by every caller, none may change them. */
export const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const nested of Object.values(value)) deepFreeze(nested);
  }
  return value;
};

/**
 * Values remembered by a key that names everything they were computed from (content-addressed: never invalidated,
 * never stale), frozen because every caller shares them; at most `maxEntries` (each caller says how many: 0 = compute
 * every time), the oldest evicted first. A `null` key computes without remembering.
 */
export const frozenMemo = <V>() => {
  const entries = new Map<string, V>();
  return (key: string | null, maxEntries: number, compute: () => V): { value: V; kept: boolean } => {
    if (key === null || maxEntries <= 0) return { value: compute(), kept: false };
    const hit = entries.get(key);
    if (hit !== undefined) return { value: hit, kept: true };
    const value = deepFreeze(compute());
    entries.set(key, value);
    while (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
    return { value, kept: true };
  };
};

/** A bounded memo for pure computations on hot read paths (oldest entry evicted first). */
export const boundedMemo = <V>(maxEntries: number) => {
  const entries = new Map<string, V>();
  return (key: string, compute: () => V): V => {
    const hit = entries.get(key);
    if (hit !== undefined || entries.has(key)) return hit as V;
    const value = compute();
    entries.set(key, value);
    if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
    return value;
  };
};

/**
 * One computation at a time per key and version: callers that ask while it runs share its promise (its value or
 * its error) instead of computing again. A caller with a newer version starts its own computation.
 */
export const singleFlight = () => {
  const running = new Map<string, { version: number; promise: Promise<unknown> }>();
  return <V>(key: string, version: number, compute: () => Promise<V>): Promise<V> => {
    const current = running.get(key);
    if (current && current.version === version) return current.promise as Promise<V>;
    const promise: Promise<V> = compute().finally(() => {
      if (running.get(key)?.promise === promise) running.delete(key);
    });
    running.set(key, { version, promise });
    return promise;
  };
};

/**
 * A value loaded at most once per `ttlMs` per instance: callers while it loads share that load (no stampede when it
 * expires). `reset()` forgets it (a load started before is not kept).
 */
export const refreshedEvery = <V>(ttlMs: number, load: () => Promise<V>) => {
  let cached: { value: V; until: number } | null = null;
  let generation = 0;
  let loading: { generation: number; promise: Promise<V> } | null = null;
  return {
    get(): Promise<V> {
      if (cached && cached.until > Date.now()) return Promise.resolve(cached.value);
      if (loading && loading.generation === generation) return loading.promise;
      const started = generation;
      const promise: Promise<V> = load()
        .then((value) => {
          if (generation === started) cached = { value, until: Date.now() + ttlMs };
          return value;
        })
        .finally(() => {
          if (loading?.promise === promise) loading = null;
        });
      loading = { generation: started, promise };
      return promise;
    },
    reset() {
      generation += 1;
      cached = null;
    },
  };
};

/**
 * Values per key, each kept for `ttlMs` after it was loaded (at most `maxEntries`, the oldest evicted first), and
 * only when `keep(value)` says so. `clear()` forgets them all, and a load started before it is not kept: what it
 * read may be what the clearing change replaced. `now` is the clock (tests pass their own).
 */
export const expiringMemo = <V>({ maxEntries, now = Date.now }: { maxEntries: number; now?: () => number }) => {
  const entries = new Map<string, { value: V; until: number }>();
  let generation = 0;
  return {
    async get(key: string, ttlMs: number, load: () => Promise<V>, keep: (value: V) => boolean): Promise<V> {
      const hit = entries.get(key);
      if (hit && hit.until > now()) return hit.value;
      if (hit) entries.delete(key);
      const started = generation;
      const value = await load();
      if (generation === started && keep(value)) {
        entries.set(key, { value, until: now() + ttlMs });
        if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
      }
      return value;
    },
    clear() {
      generation += 1;
      entries.clear();
    },
  };
};
