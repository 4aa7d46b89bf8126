/** IPTC ninjs 2.2 / 3.0 / 3.1 mapping of public briefs (pure: no Strapi import). */
export {
  NINJS_VERSIONS,
  DEFAULT_NINJS_URI_PREFIX,
  isNinjsVersion,
  assertNinjsVersion,
  type NinjsVersion,
  type NinjsProfile,
  type NinjsOptions,
  type TombstoneRef,
} from './types';
export { ninjsUri, tagUri, tagUriPrefix, toAbsoluteHttpUri } from './uris';
export { briefToNinjs, briefToModel } from './to-ninjs';
export { killedBriefToNinjs, tombstoneToModel, withheldBriefToNinjs, DEFAULT_KILL_NOTE, DEFAULT_WITHHOLD_NOTE } from './tombstone';
export {
  renderNinjs,
  type NinjsDocument,
  type Ninjs22Document,
  type Ninjs3Document,
  type NinjsOptions22,
  type NinjsOptions3,
} from './render';
export {
  NEWSROOM_SCHEMA_PATH,
  newsroomSchemaFileName,
  newsroomSchemaUrl,
  newsroomStandard,
  newsroomToll,
  type NewsroomSchemaFileName,
  type NewsroomExtension,
} from './profile';
export {
  geoJsonJsonSchema,
  officialNinjsSchema,
  newsroomNinjsSchema,
  servedNinjsSchemas,
  findServedNinjsSchema,
  type JsonSchemaDocument,
} from './schema-registry';
export type { NinjsModel } from './model';
export type { Ninjs22, Ninjs22Association, Ninjs22Body, Ninjs22Rendition, Ninjs22Text } from './ninjs-2';
export type {
  Ninjs3,
  Ninjs3Association,
  Ninjs3Body,
  Ninjs3Rendition,
  Ninjs3Text,
  NinjsAltId,
  NinjsConcept,
  NinjsStandard,
} from './ninjs-3';
