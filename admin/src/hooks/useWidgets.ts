import type { BreakingResponse, MayRiseResponse } from '../types';
import { useApiResource } from './useApiResource';

/** Homepage widgets refresh on their own, without a page reload. */
export const WIDGET_POLL_MS = 30_000;

export const useMayRiseTolls = () => useApiResource<MayRiseResponse>('/newsroom/widgets/may-rise', { pollMs: WIDGET_POLL_MS });

export const useBreakingBriefs = () => useApiResource<BreakingResponse>('/newsroom/widgets/breaking', { pollMs: WIDGET_POLL_MS });
