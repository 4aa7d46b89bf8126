import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import type { ContentLocale } from '../types';
import { isAbortError } from '../utils/apiError';

/** The language part of a locale code: `fr-CA` → `fr`. */
const languageOf = (code: string): string => code.toLowerCase().split(/[-_]/)[0];

/**
 * Which content locale the desk reads in: the admin's interface language when it is an enabled content locale (exactly,
 * else the first enabled locale of that language: `fr` → `fr-FR`), otherwise the i18n default locale.
 */
export const pickContentLocale = (interfaceLanguage: string, locales: readonly ContentLocale[]): string | null => {
  const exact = locales.find((locale) => locale.code.toLowerCase() === interfaceLanguage.toLowerCase());
  if (exact) return exact.code;
  const sameLanguage = locales.find((locale) => languageOf(locale.code) === languageOf(interfaceLanguage));
  if (sameLanguage) return sameLanguage.code;
  return locales.find((locale) => locale.isDefault)?.code ?? null;
};

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
