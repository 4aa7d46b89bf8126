import type { Core } from '@strapi/strapi';
import { DEFAULT_SETTINGS, normalizeSettings, parseSettings, type NewsroomSettings } from '../config/settings-schema';
import { validationFailed } from '../http-errors';
import { getService } from './get-service';
import { refreshedEvery } from './memo';

const STORE_KEY = 'settings';
/**
 * How often an instance re-reads what admins change elsewhere (saved settings, enabled locales, i18n's default
 * locale), so other instances see a change within it.
 */
export const CONFIG_REFRESH_MS = 2_000;

/** Effective settings = plugin config (defaults) overridden by what the settings page saved in the plugin store. */
const settings = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => strapi.store({ type: 'plugin', name: 'newsroom' });

  const configured = (): NewsroomSettings => {
    const config = strapi.config.get('plugin::newsroom') as Partial<NewsroomSettings>;
    const settings = { ...DEFAULT_SETTINGS };
    for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof NewsroomSettings)[]) {
      if (config[key] !== undefined) Object.assign(settings, { [key]: config[key] });
    }
    return settings;
  };

  const saved = refreshedEvery(CONFIG_REFRESH_MS, async () => {
    const stored = ((await store().get({ key: STORE_KEY })) ?? {}) as Partial<NewsroomSettings>;
    return normalizeSettings({ ...configured(), ...stored });
  });
  const read = () => saved.get();
  const enabledLocales = refreshedEvery(CONFIG_REFRESH_MS, async () => {
    const found = (await strapi.db.query('plugin::i18n.locale').findMany({ select: ['code'] })) as { code: string }[];
    return found.map((locale) => locale.code);
  });

  return {
    get: read,

    /** Codes of the enabled i18n locales. */
    locales: (): Promise<string[]> => enabledLocales.get(),

    /** The absolute base URL used for media, links and schema URIs. */
    async publicBaseUrl(): Promise<string> {
      const { publicUrl } = await read();
      const serverUrl = strapi.config.get('server.absoluteUrl', 'http://localhost:1337') as string;
      return (publicUrl ?? serverUrl).replace(/\/+$/, '');
    },

    async save(changes: unknown): Promise<NewsroomSettings> {
      const parsed = parseSettings(changes);
      if (!parsed.ok) throw validationFailed(parsed.errors);
      const stored = ((await store().get({ key: STORE_KEY })) ?? {}) as Partial<NewsroomSettings>;
      const next = { ...stored, ...parsed.value };
      await store().set({ key: STORE_KEY, value: next });
      saved.reset();
      await getService(strapi, 'feedEvents').bumpVersion();
      return read();
    },
  };
};

export default settings;
