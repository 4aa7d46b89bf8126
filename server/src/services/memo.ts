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
