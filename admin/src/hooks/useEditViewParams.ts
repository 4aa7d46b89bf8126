import * as React from 'react';
import { useQueryParams } from '@strapi/strapi/admin';

interface EditViewQuery {
  plugins?: Record<string, Record<string, unknown>>;
  [key: string]: unknown;
}

/** The edit view's document query params, flattened as the CM sends them (`plugins[i18n][locale]=fr` → `locale=fr`). */
export const useEditViewParams = (): Record<string, unknown> => {
  const [{ query }] = useQueryParams<EditViewQuery>();
  return React.useMemo(() => {
    const { plugins, ...rest } = query;
    return { ...rest, ...Object.assign({}, ...Object.values(plugins ?? {})) } as Record<string, unknown>;
  }, [query]);
};

/** The locale an edit-view panel or action works on: the open document's, else the edit view's `locale` param. */
export const useEditViewLocale = (document: Record<string, unknown> | undefined): string | null => {
  const params = useEditViewParams();
  if (typeof document?.locale === 'string') return document.locale;
  return typeof params.locale === 'string' ? params.locale : null;
};
