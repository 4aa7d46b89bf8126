/** Which content locale the desk reads in. Pure (no React, no Strapi admin import): unit-tested. */
import type { ContentLocale } from '../types';

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
