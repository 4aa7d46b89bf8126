import type { BreakingResponse, MayRiseResponse } from '../../../server/src/contracts/desk-widgets';
import { type ApiResource, useApiResource } from './useApiResource';
import { useContentLocale } from './useContentLocale';

/** Homepage widgets refresh on their own, without a page reload. */
export const WIDGET_POLL_MS = 30_000;

/** A widget's data in the desk's content locale; loading while that locale is being worked out. */
const useWidget = <T>(widget: 'may-rise' | 'breaking'): ApiResource<T> => {
  const locale = useContentLocale();
  const path = locale === undefined ? null : `/newsroom/widgets/${widget}${locale ? `?locale=${encodeURIComponent(locale)}` : ''}`;
  const resource = useApiResource<T>(path, { pollMs: WIDGET_POLL_MS });
  return { ...resource, isLoading: resource.isLoading || path === null };
};

export const useMayRiseTolls = () => useWidget<MayRiseResponse>('may-rise');

export const useBreakingBriefs = () => useWidget<BreakingResponse>('breaking');
