import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import type { ContentLocale } from '../types';
import { isAbortError } from '../utils/apiError';
import { pickContentLocale } from '../utils/contentLocale';

// Both homepage widgets mount together: they share one GET /i18n/locales.
let pendingLocales: Promise<ContentLocale[]> | null = null;

/**
 * The content locale for the homepage widgets (`?locale=`). `undefined` while the enabled locales load; `null` when
 * they cannot be read (the server then uses the i18n default locale).
 */
export const useContentLocale = (): string | null | undefined => {
  const { locale: interfaceLanguage } = useIntl();
  const { get } = useFetchClient();
  const [locales, setLocales] = React.useState<ContentLocale[] | null | undefined>(undefined);

  React.useEffect(() => {
    let active = true;
    if (!pendingLocales) {
      const request = get<ContentLocale[]>('/i18n/locales').then((response) => (Array.isArray(response.data) ? response.data : []));
      pendingLocales = request;
      const forget = () => {
        if (pendingLocales === request) pendingLocales = null;
      };
      request.then(forget, forget);
    }
    pendingLocales.then(
      (list) => {
        if (active) setLocales(list);
      },
      (error: unknown) => {
        if (active && !isAbortError(error)) setLocales(null);
      },
    );
    return () => {
      active = false;
    };
  }, [get]);

  if (locales === undefined) return undefined;
  return locales === null ? null : pickContentLocale(interfaceLanguage, locales);
};
