import * as React from 'react';

/**
 * Ids (of rows) whose call is in flight, to disable or spin their buttons: `track(id, call)` marks the id until the call
 * settles, whether it succeeds or throws.
 */
export const useInFlightIds = () => {
  const [ids, setIds] = React.useState<ReadonlySet<number>>(new Set());
  const track = React.useCallback(async (id: number, call: () => Promise<void>) => {
    setIds((current) => new Set(current).add(id));
    try {
      await call();
    } finally {
      setIds((current) => {
        const next = new Set(current);
        next.delete(id);
        return next;
      });
    }
  }, []);
  return [ids, track] as const;
};
