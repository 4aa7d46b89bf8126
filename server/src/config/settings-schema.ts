import type { FieldError } from '../domain/contract';

/** Options an admin can set in plugin config (defaults) and on the settings page (overrides). */
export type NinjsVersionSetting = '2.2' | '3.0' | '3.1';
export const NINJS_VERSION_SETTINGS: readonly NinjsVersionSetting[] = ['2.2', '3.0', '3.1'];

export interface NewsroomSettings {
  /** Absolute base URL for media and schema links; null = Strapi's server.url. */
  publicUrl: string | null;
  uriPrefix: string;
  defaultNinjsVersion: NinjsVersionSetting;
  staleAfterMinutes: number;
  blockPublishOnTollMismatch: boolean;
  /** Agency names the credit parser recognises; empty = its built-in list. */
  knownAgencies: string[];
  /** API token ids that may see embargoed briefs before their time. */
  entitledTokenIds: number[];
}

export const DEFAULT_SETTINGS: NewsroomSettings = {
  publicUrl: null,
  uriPrefix: 'urn:newsroom:brief:',
  defaultNinjsVersion: '2.2',
  staleAfterMinutes: 60,
  blockPublishOnTollMismatch: false,
  knownAgencies: [],
  entitledTokenIds: [],
};

const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof NewsroomSettings)[];

const isHttpUrl = (value: string): boolean => {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
};

const isAbsoluteUri = (value: string): boolean => /^[a-z][a-z0-9+.-]*:\S+$/i.test(value);

/** Checks a partial settings object (plugin config or a settings-page save); one error per bad key. */
export const validateSettings = (candidate: unknown): FieldError[] => {
  if (typeof candidate !== 'object' || candidate === null || Array.isArray(candidate)) {
    return [{ path: [], message: 'settings must be an object' }];
  }
  const errors: FieldError[] = [];
  const fail = (key: string, message: string) => errors.push({ path: [key], message: `${key} ${message}` });
  for (const [key, value] of Object.entries(candidate)) {
    switch (key as keyof NewsroomSettings) {
      case 'publicUrl':
        if (value !== null && (typeof value !== 'string' || !isHttpUrl(value))) fail(key, 'must be an absolute http(s) URL or null');
        break;
      case 'uriPrefix':
        if (typeof value !== 'string' || !isAbsoluteUri(value) || value.length > 200)
          fail(key, 'must be an absolute URI prefix such as urn:newsroom:brief:');
        break;
      case 'defaultNinjsVersion':
        if (!NINJS_VERSION_SETTINGS.includes(value as NinjsVersionSetting))
          fail(key, `must be one of ${NINJS_VERSION_SETTINGS.join(', ')}`);
        break;
      case 'staleAfterMinutes':
        if (!Number.isInteger(value) || (value as number) < 1 || (value as number) > 10_080)
          fail(key, 'must be an integer from 1 to 10080');
        break;
      case 'blockPublishOnTollMismatch':
        if (typeof value !== 'boolean') fail(key, 'must be true or false');
        break;
      case 'knownAgencies':
        if (!Array.isArray(value) || value.some((agency) => typeof agency !== 'string' || !agency.trim() || agency.length > 100))
          fail(key, 'must be a list of agency names');
        break;
      case 'entitledTokenIds':
        if (!Array.isArray(value) || value.some((id) => !Number.isInteger(id) || id < 1))
          fail(key, 'must be a list of API token ids');
        break;
      default:
        errors.push({ path: [key], message: `${key} is not a setting (known: ${SETTING_KEYS.join(', ')})` });
    }
  }
  return errors;
};

/** Normalises a saved value: trims, drops duplicates, strips a trailing slash from publicUrl. */
export const normalizeSettings = (settings: NewsroomSettings): NewsroomSettings => ({
  ...settings,
  publicUrl: settings.publicUrl ? settings.publicUrl.replace(/\/+$/, '') : null,
  knownAgencies: [...new Set(settings.knownAgencies.map((agency) => agency.trim()))],
  entitledTokenIds: [...new Set(settings.entitledTokenIds)],
});
