/**
 * Validates ninjs documents against the shipped schemas: the unchanged official IPTC schemas for standard output,
 * the newsroom extension schemas for the `newsroom` profile. One ajv instance, compiled once per process.
 */
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import {
  geoJsonJsonSchema,
  newsroomNinjsSchema,
  officialNinjsSchema,
} from '../../server/src/domain/ninjs/schema-registry';
import { NINJS_VERSIONS, type NinjsProfile, type NinjsVersion } from '../../server/src/domain/ninjs/types';

interface Validators {
  official: Record<NinjsVersion, ValidateFunction>;
  newsroom: Record<NinjsVersion, ValidateFunction>;
}

let validators: Validators | null = null;

function compileAll(): Validators {
  const ajv = new Ajv2020({ allErrors: true });
  addFormats(ajv);
  // ninjs places[].geojson/geoJSON $ref the GeoJSON schema by its absolute $id.
  ajv.addSchema(geoJsonJsonSchema());
  const official = {} as Record<NinjsVersion, ValidateFunction>;
  const newsroom = {} as Record<NinjsVersion, ValidateFunction>;
  for (const version of NINJS_VERSIONS) official[version] = ajv.compile(officialNinjsSchema(version));
  // Extensions $ref the official schemas by $id, so they compile after them.
  for (const version of NINJS_VERSIONS) newsroom[version] = ajv.compile(newsroomNinjsSchema(version));
  return { official, newsroom };
}

function getValidators(): Validators {
  validators ??= compileAll();
  return validators;
}

export interface ValidateNinjsOptions {
  profile?: NinjsProfile;
}

/** ajv errors, or null when `doc` is valid ninjs `version` (with `profile`, against the newsroom extension). */
export function validateNinjs(
  doc: unknown,
  version: NinjsVersion,
  options: ValidateNinjsOptions = {},
): ErrorObject[] | null {
  const { official, newsroom } = getValidators();
  const validate = options.profile === 'newsroom' ? newsroom[version] : official[version];
  if (validate === undefined) throw new Error(`No ninjs schema for version ${String(version)}`);
  return validate(doc) ? null : [...(validate.errors ?? [])];
}

/** Human-readable one-liners for assertion messages. */
export function formatNinjsErrors(errors: readonly ErrorObject[] | null): string {
  if (errors === null) return 'valid';
  return errors.map((error) => `${error.instancePath || '/'} ${error.message ?? error.keyword}`).join('\n');
}
