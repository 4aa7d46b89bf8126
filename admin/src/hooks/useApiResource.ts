import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { type ApiError, isAbortError, toApiError } from '../utils/apiError';

export interface ApiResource<T> {
  data: T | undefined;
  error: ApiError | null;
  /** True until the first answer (success or failure); background refreshes keep showing the last data. */
  isLoading: boolean;
  reload: () => Promise<void>;
}

interface Options {
  /** Re-fetch this often while mounted and the tab is visible (no page reload). */
  pollMs?: number;
}

/** GET an admin API path (null = nothing to load yet); optional polling; keeps the last good data on errors. */
export const useApiResource = <T>(path: string | null, { pollMs }: Options = {}): ApiResource<T> => {
  const { get } = useFetchClient();
  const [state, setState] = React.useState<{ data: T | undefined; error: ApiError | null; isLoading: boolean }>({
    data: undefined,
    error: null,
    isLoading: path !== null,
  });
  const latestRequest = React.useRef(0);

  const reload = React.useCallback(async () => {
    if (path === null) return;
    const request = ++latestRequest.current;
    try {
      const response = await get<T>(path);
      if (request === latestRequest.current) setState({ data: response.data, error: null, isLoading: false });
    } catch (error) {
      if (isAbortError(error) || request !== latestRequest.current) return;
      setState((previous) => ({ data: previous.data, error: toApiError(error), isLoading: false }));
    }
  }, [get, path]);

  React.useEffect(() => {
    setState({ data: undefined, error: null, isLoading: path !== null });
    void reload();
  }, [path, reload]);

  React.useEffect(() => {
    if (!pollMs || path === null) return undefined;
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') void reload();
    }, pollMs);
    return () => window.clearInterval(timer);
  }, [path, pollMs, reload]);

  return { ...state, reload };
};
