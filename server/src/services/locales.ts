import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getService } from './get-service';
import { refreshedEvery } from './memo';
import { CONFIG_REFRESH_MS } from './settings';

/** Which locale a request or a write is about: i18n's default when none is given, else an enabled one (400 otherwise). */
const locales = ({ strapi }: { strapi: Core.Strapi }) => {
  /** i18n's default locale ('en' without i18n), re-read at most every CONFIG_REFRESH_MS (i18n reads its store on every call). */
  const storedDefault = refreshedEvery(CONFIG_REFRESH_MS, async () =>
    ((await strapi.plugin('i18n')?.service('locales')?.getDefaultLocale()) as string | undefined) ?? 'en');
  const defaultLocale = (): Promise<string> => storedDefault.get();

  return {
    defaultLocale,

    /** The requested locale when enabled (a 400 naming `locale` when not), the default locale when none was asked for. */
    async resolve(locale: string | null): Promise<string> {
      if (!locale) return defaultLocale();
      const known = await getService(strapi, 'settings').locales();
      if (!known.includes(locale)) {
        throw new errors.ValidationError(`locale ${locale} is not enabled (enabled: ${known.join(', ')})`, {
          errors: [{ path: ['locale'], message: `locale ${locale} is not enabled`, name: 'ValidationError', code: 'field.locale_not_enabled', params: { locale, enabled: known } }],
        });
      }
      return locale;
    },
  };
};

export default locales;
