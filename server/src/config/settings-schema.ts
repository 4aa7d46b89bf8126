import type { FieldError } from '../domain/contract';
import { isAbsoluteHttpUrl } from '../domain/urls';
import { closedObject, flag, httpUrl, integer, name, oneOf, parseInput, text, z, type Parsed } from '../domain/validation';

/** Options an admin can set in plugin config (defaults) and on the settings page (overrides). */
export type NinjsVersionSetting = '2.2' | '3.0' | '3.1';
export const NINJS_VERSION_SETTINGS: readonly NinjsVersionSetting[] = ['2.2', '3.0', '3.1'];

export const SETTINGS_LIMITS = { publicUrl: 255, uriPrefix: 200, knownAgencies: 200, agencyName: 100, entitledTokenIds: 1000 } as const;

// RFC 8141: urn:<NID>:<NSS>; the NSS may be empty here, the documentId and locale follow the prefix.
const URN_PREFIX = /^urn:[a-z0-9][a-z0-9-]{0,30}[a-z0-9]:[A-Za-z0-9\-._~!$&'()*+,;=:@/%]*$/i;

const isAbsoluteHttpUri = (value: string): boolean => !/\s/.test(value) && isAbsoluteHttpUrl(value);

const uriPrefix = () =>
  text({ max: SETTINGS_LIMITS.uriPrefix, min: 1 }).refine((value) => URN_PREFIX.test(value) || isAbsoluteHttpUri(value), {
    error: 'must be a URN (urn:<nid>:<nss>, such as urn:newsroom:brief:) or an absolute http(s) URI',
    params: { code: 'settings.invalid_uri_prefix' },
  });

/** Every setting, declared once: the settings page, its API and the plugin config all use this shape. */
const settingsShape = {
  /** Absolute base URL for media and schema links; null = Strapi's server.url. */
  publicUrl: httpUrl({ max: SETTINGS_LIMITS.publicUrl }).nullable(),
  uriPrefix: uriPrefix(),
  defaultNinjsVersion: oneOf(NINJS_VERSION_SETTINGS as [NinjsVersionSetting, ...NinjsVersionSetting[]]),
  staleAfterMinutes: integer({ min: 1, max: 10_080 }),
  blockPublishOnTollMismatch: flag(),
  /** Agency names the credit parser recognises; empty = its built-in list. */
  knownAgencies: z
    .array(name({ max: SETTINGS_LIMITS.agencyName, min: 1 }), { error: 'must be a list of agency names' })
    .max(SETTINGS_LIMITS.knownAgencies, { error: `must have at most ${SETTINGS_LIMITS.knownAgencies} agency names` }),
  /** API token ids that may see embargoed briefs before their time (row ids: int4). */
  entitledTokenIds: z
    .array(integer({ min: 1 }), { error: 'must be a list of API token ids' })
    .max(SETTINGS_LIMITS.entitledTokenIds, { error: `must have at most ${SETTINGS_LIMITS.entitledTokenIds} token ids` }),
};

export type NewsroomSettings = { [Key in keyof typeof settingsShape]: z.output<(typeof settingsShape)[Key]> };

export const DEFAULT_SETTINGS: NewsroomSettings = {
  publicUrl: null,
  uriPrefix: 'urn:newsroom:brief:',
  defaultNinjsVersion: '2.2',
  staleAfterMinutes: 60,
  blockPublishOnTollMismatch: false,
  knownAgencies: [],
  entitledTokenIds: [],
};

export const SETTING_KEYS = Object.keys(settingsShape) as (keyof NewsroomSettings)[];

/** A partial settings object (plugin config or a settings-page save): only known keys, each valid. */
export const settingsPatchSchema = closedObject(
  Object.fromEntries(Object.entries(settingsShape).map(([key, schema]) => [key, schema.optional()])) as {
    [Key in keyof typeof settingsShape]: z.ZodOptional<(typeof settingsShape)[Key]>;
  },
  { notObject: 'must be an object', unknownKey: (_key, known) => `is not a setting (known: ${known.join(', ')})` },
);

/** Plugin options only the app's config sets, per instance (the config-only option groups have their own schemas). */
export const runtimeOptionsSchema = z.looseObject({
  backgroundJobs: flag().optional(),
  readCache: flag().optional(),
  preparedStatements: flag().optional(),
  /** Opt-in: how long (ms) an instance answers API token lookups from memory; revocation elsewhere shows within it. */
  apiTokenCacheMs: integer({ min: 0, max: 60_000 }).optional(),
  retentionDays: integer({ min: 1, max: 36_500 }).optional(),
  /** How many public briefs an instance remembers by content (see services/rendered-briefs); 0 = none. */
  renderedBriefs: integer({ min: 0, max: 100_000 }).optional(),
});

export const parseSettings = (candidate: unknown): Parsed<Partial<NewsroomSettings>> =>
  parseInput(settingsPatchSchema, candidate) as Parsed<Partial<NewsroomSettings>>;

/** Checks a partial settings object; one error per bad key (or item). */
export const validateSettings = (candidate: unknown): FieldError[] => {
  const parsed = parseSettings(candidate);
  return parsed.ok ? [] : parsed.errors.map((error) => (error.path.length === 0 ? { ...error, message: error.message.replace(/^body/, 'settings') } : error));
};

/** Normalises a saved value: drops duplicates, strips a trailing slash from publicUrl. */
export const normalizeSettings = (settings: NewsroomSettings): NewsroomSettings => ({
  ...settings,
  publicUrl: settings.publicUrl ? settings.publicUrl.replace(/\/+$/, '') : null,
  knownAgencies: [...new Set(settings.knownAgencies.map((agency) => agency.trim()))],
  entitledTokenIds: [...new Set(settings.entitledTokenIds)],
});
