/**
 * Which ninjs version a partner's document is, and its check against the schema of that version: the unchanged
 * official IPTC schemas shipped in `domain/ninjs/schemas`, or our newsroom extension when the document carries a
 * `toll`. Same engine and settings as the tests' validator of our own output (ajv 8, draft 2020-12, ajv-formats).
 */
import AjvDraft7 from 'ajv';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { FieldError } from '../contract';
import { geoJsonJsonSchema, newsroomNinjsSchema, ninjs1JsonSchema, officialNinjsSchema } from '../ninjs/schema-registry';
import { NINJS_VERSIONS, type NinjsVersion } from '../ninjs/types';

/** At most this many schema errors are reported: the first ones name the problem. */
const MAX_ERRORS = 20;

/** `standard.version` values read as the schema we hold: a 2.0 or 2.1 document is valid 2.2 (minor versions add). */
const DECLARED_VERSIONS: Readonly<Record<string, NinjsVersion>> = {
  '2.0': '2.2',
  '2.1': '2.2',
  '2.2': '2.2',
  '3.0': '3.0',
  '3.0.1': '3.0',
  '3.1': '3.1',
};

/** Top-level keys only ninjs 3.x spells this way (camelCase). */
const KEYS_3 = new Set([
  'altIds',
  'contentCreated',
  'copyrightHolder',
  'copyrightNotice',
  'digitalSourceType',
  'edNote',
  'embargoedUntil',
  'eventDetails',
  'firstCreated',
  'infoSources',
  'plannedCoverage',
  'pubStatus',
  'representationType',
  'rightsInfo',
  'trustIndicators',
  'usageTerms',
  'versionCreated',
]);
/** Top-level keys only ninjs 2.x spells this way (lower case). */
const KEYS_2 = new Set([
  'altids',
  'contentcreated',
  'copyrightholder',
  'copyrightnotice',
  'digitalsourcetype',
  'ednote',
  'embargoed',
  'firstcreated',
  'infosources',
  'pubstatus',
  'representationtype',
  'rightsinfo',
  'trustindicators',
  'usageterms',
  'versioncreated',
]);
/** ninjs 1.x properties, gone since 2.0 (`headlines[]`, `descriptions[]`, `bodies[]`, `by` replaced them). */
const KEYS_1 = /^(?:headline|byline|\$standard|(?:body|description|headline)_[a-zA-Z0-9_]+)$/;

/** A version the import reads: one we also write, or 1.x (checked against the 1.5 schema, read as 2.x). */
export type ImportedNinjsVersion = NinjsVersion | '1.x';

const SUPPORTED = ['1.x', '2.0', '2.1', '2.2', '3.0', '3.1'];

/**
 * How a message names a field of the document: as the import request holds it, under `ninjs`
 * (`ninjs.headlines[0].value`), the path the import route reports.
 */
export function ninjsFieldName(path: readonly (string | number)[]): string {
  return `ninjs${path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${part}`)).join('')}`;
}

export type NinjsVersionCheck =
  | { ok: true; version: ImportedNinjsVersion; declared: string | null }
  | { ok: false; errors: FieldError[] };

function unsupported(path: (string | number)[], message: string, found: string): NinjsVersionCheck {
  return {
    ok: false,
    errors: [
      {
        path,
        message,
        code: 'wire.ninjs_version_unsupported',
        params: { found, supported: SUPPORTED },
      },
    ],
  };
}

function hasTextContentType(document: Record<string, unknown>, key: string): boolean {
  const texts = [document.headlines, document.descriptions, document.bodies].flat();
  return texts.some((text) => typeof text === 'object' && text !== null && key in text);
}

/**
 * The version of a document: `standard.version` when it says, else how its keys are spelled (1.x `headline`,
 * `body_html`, `$standard`…; 3.x camelCase, 2.x lower case); a document with none of them (only `uri`,
 * `headlines`…) is read as 3.1, which also accepts it.
 */
export function ninjsVersionOf(document: Record<string, unknown>): NinjsVersionCheck {
  const standard = document.standard;
  if (typeof standard === 'object' && standard !== null && 'version' in standard) {
    const declared = (standard as { version: unknown }).version;
    const version = typeof declared === 'string' ? DECLARED_VERSIONS[declared.trim()] : undefined;
    if (version === undefined) {
      return unsupported(
        ['standard', 'version'],
        `ninjs.standard.version ${JSON.stringify(declared)} is not a ninjs version this import reads (${SUPPORTED.join(', ')})`,
        String(declared),
      );
    }
    return { ok: true, version, declared: String(declared) };
  }
  const keys = Object.keys(document);
  if (keys.some((key) => KEYS_1.test(key))) return { ok: true, version: '1.x', declared: null };
  if (keys.some((key) => KEYS_3.has(key)) || hasTextContentType(document, 'contentType')) {
    return { ok: true, version: '3.1', declared: null };
  }
  if (keys.some((key) => KEYS_2.has(key)) || hasTextContentType(document, 'contenttype')) {
    return { ok: true, version: '2.2', declared: null };
  }
  return { ok: true, version: '3.1', declared: null };
}

// ---- Schema check -------------------------------------------------------------------------------------

let ajv: Ajv2020 | null = null;
let ajv1: ValidateFunction | null = null;

/** The 1.5 schema (draft-07, its own engine), compiled on first use. */
function ninjs1Validator(): ValidateFunction {
  if (ajv1 === null) {
    const engine = new AjvDraft7({ allErrors: true });
    addFormats(engine);
    ajv1 = engine.compile(ninjs1JsonSchema());
  }
  return ajv1;
}

/** Every schema registered once; each validator compiled on first use (compiling all six takes seconds). */
function validatorFor(version: NinjsVersion, newsroom: boolean): ValidateFunction {
  if (ajv === null) {
    ajv = new Ajv2020({ allErrors: true });
    addFormats(ajv);
    // ninjs places[].geojson/geoJSON $ref the GeoJSON schema, and the extensions the official schemas, by $id.
    ajv.addSchema(geoJsonJsonSchema());
    for (const each of NINJS_VERSIONS) ajv.addSchema([officialNinjsSchema(each), newsroomNinjsSchema(each)]);
  }
  const schema = newsroom ? newsroomNinjsSchema(version) : officialNinjsSchema(version);
  const validate = ajv.getSchema(String(schema.$id));
  if (validate === undefined) throw new Error(`No ninjs schema registered for ${String(schema.$id)}`);
  return validate;
}

function pathOf(error: ErrorObject): (string | number)[] {
  const path: (string | number)[] = error.instancePath
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^(?:0|[1-9]\d*)$/.test(segment) ? Number(segment) : segment));
  const params = error.params as Record<string, unknown>;
  const named = params.missingProperty ?? params.additionalProperty ?? params.unevaluatedProperty;
  if (typeof named === 'string') path.push(named);
  return path;
}

function messageOf(error: ErrorObject, path: (string | number)[], schemaName: string): string {
  const where = ninjsFieldName(path);
  if (error.keyword === 'required') return `${where} is required by ${schemaName}`;
  if (error.keyword === 'additionalProperties' || error.keyword === 'unevaluatedProperties') {
    return `${where} is not a property of ${schemaName}`;
  }
  return `${where} ${error.message ?? `fails ${error.keyword}`} (${schemaName})`;
}

/**
 * The document's schema errors as field errors (path from the document's root), or none when it is valid.
 * With `newsroom`, the newsroom extension schema of the version (ninjs plus `toll`) is used.
 */
export function ninjsSchemaErrors(document: unknown, version: ImportedNinjsVersion, newsroom: boolean): FieldError[] {
  if (version === '1.x') return ninjs1SchemaErrors(document);
  const validate = validatorFor(version, newsroom);
  if (validate(document)) return [];
  return fieldErrors(validate.errors ?? [], newsroom ? `the newsroom ninjs ${version} schema` : `the ninjs ${version} schema`, {
    version,
    profile: newsroom ? 'newsroom' : null,
  });
}

/** The 1.x properties the import reads (ninjs-1.ts), at the top and in associated items. */
const READ_1 = /^(?:headline|byline|slugline|located|type|pubstatus|language|copyrightholder|copyrightnotice|usageterms|subject|place|organisation|person|event|associations|(?:body|description)_[a-zA-Z0-9_]+)$/;

/** The property of an item an error is about: `["associations", "1", "byline"]` → `byline`. */
function itemPropertyOf(path: readonly (string | number)[]): string | number | undefined {
  let at = 0;
  while (path[at] === 'associations' && path.length > at + 2) at += 2;
  return path[at];
}

/**
 * A 1.x document against the official 1.5 schema, on what the import reads. Feeds of 1.x carry their own fields
 * (1.5 alone forbids what it does not define; 2.x and 3.x allow it) and their own types elsewhere (AP's numeric
 * `version`): the import does not read them, so they are no reason to refuse the story.
 */
function ninjs1SchemaErrors(document: unknown): FieldError[] {
  const validate = ninjs1Validator();
  if (validate(document)) return [];
  const errors = (validate.errors ?? []).filter((error) => {
    if (error.keyword === 'additionalProperties') return false;
    const property = itemPropertyOf(pathOf(error));
    return typeof property === 'string' && READ_1.test(property);
  });
  return fieldErrors(errors, 'the ninjs 1.5 schema', { version: '1.5', profile: null });
}

function fieldErrors(schemaErrors: readonly ErrorObject[], schemaName: string, params: { version: string; profile: string | null }): FieldError[] {
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  for (const error of schemaErrors) {
    const path = pathOf(error);
    const message = messageOf(error, path, schemaName);
    if (seen.has(message)) continue;
    seen.add(message);
    errors.push({
      path,
      message,
      code: 'wire.ninjs_invalid',
      params: { ...params, keyword: error.keyword, schemaPath: error.schemaPath },
    });
    if (errors.length === MAX_ERRORS) break;
  }
  return errors;
}
