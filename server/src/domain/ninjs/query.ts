import { localeCode, queryObject, z } from '../validation';
import { NINJS_VERSIONS, type NinjsVersion } from './types';

const VERSIONS = NINJS_VERSIONS as [NinjsVersion, ...NinjsVersion[]];

/** Query of the ninjs routes (partner read and admin preview): `locale`, `version`, `profile`. */
export const ninjsQuerySchema = queryObject({
  locale: localeCode().optional(),
  version: z.enum(VERSIONS, { error: `must be ${VERSIONS.slice(0, -1).join(', ')} or ${VERSIONS[VERSIONS.length - 1]}` }).optional(),
  profile: z.literal('newsroom', { error: 'must be newsroom' }).optional(),
}).transform((query) => ({ locale: query.locale ?? null, version: query.version, profile: query.profile ?? null }));

/** A validated ninjs query: no `locale` is null, no `version` the settings' default. */
export type NinjsQuery = z.output<typeof ninjsQuerySchema>;
