/**
 * The JSON Schemas shipped with the plugin. Official IPTC files are unchanged copies (see schemas/README.md);
 * the newsroom extensions are ours and are the ones served at `GET /api/newsroom/schemas/<file name>`.
 */
import geoJsonSchema from './schemas/GeoJSON-schema.json';
import ninjsNewsroom22 from './schemas/ninjs-newsroom-2.2.json';
import ninjsNewsroom30 from './schemas/ninjs-newsroom-3.0.json';
import ninjsNewsroom31 from './schemas/ninjs-newsroom-3.1.json';
import ninjsSchema15 from './schemas/ninjs-schema_1.5.json';
import ninjsSchema22 from './schemas/ninjs-schema_2.2.json';
import ninjsSchema30 from './schemas/ninjs-schema_3.0.json';
import ninjsSchema31 from './schemas/ninjs-schema_3.1.json';
import { newsroomSchemaFileName, newsroomSchemaUrl, type NewsroomSchemaFileName } from './profile';
import { NINJS_VERSIONS, type NinjsVersion } from './types';

export type JsonSchemaDocument = Readonly<Record<string, unknown>>;

const OFFICIAL: Readonly<Record<NinjsVersion, JsonSchemaDocument>> = {
  '2.2': ninjsSchema22,
  '3.0': ninjsSchema30,
  '3.1': ninjsSchema31,
};

const NEWSROOM: Readonly<Record<NinjsVersion, JsonSchemaDocument>> = {
  '2.2': ninjsNewsroom22,
  '3.0': ninjsNewsroom30,
  '3.1': ninjsNewsroom31,
};

/** GeoJSON schema referenced by ninjs `places[].geojson` / `geoJSON`; register it before compiling ninjs. */
export function geoJsonJsonSchema(): JsonSchemaDocument {
  return geoJsonSchema;
}

/** The unchanged official IPTC ninjs 1.5 schema (draft-07), which partners' 1.x documents are checked against. */
export function ninjs1JsonSchema(): JsonSchemaDocument {
  return ninjsSchema15;
}

/** The unchanged official IPTC schema of one version. Do not mutate: it is shared. */
export function officialNinjsSchema(version: NinjsVersion): JsonSchemaDocument {
  return OFFICIAL[version];
}

/** The newsroom extension schema as shipped (its `$id` is `urn:newsroom:schema:<file name>`). Do not mutate. */
export function newsroomNinjsSchema(version: NinjsVersion): JsonSchemaDocument {
  return NEWSROOM[version];
}

/**
 * Served schemas by file name (`ninjs-newsroom-2.2.json` → schema). With `publicUrl`, each `$id` becomes the URL it
 * is served from, the value documents carry in `standard.schema`; the rest of the schema is unchanged.
 */
export function servedNinjsSchemas(publicUrl?: string): Record<NewsroomSchemaFileName, JsonSchemaDocument> {
  const entries = NINJS_VERSIONS.map((version) => {
    const schema = NEWSROOM[version];
    const served = publicUrl ? { ...schema, $id: newsroomSchemaUrl(publicUrl, version) } : schema;
    return [newsroomSchemaFileName(version), served] as const;
  });
  return Object.fromEntries(entries) as Record<NewsroomSchemaFileName, JsonSchemaDocument>;
}

/** One served schema by file name, or null for an unknown name. */
export function findServedNinjsSchema(fileName: string, publicUrl?: string): JsonSchemaDocument | null {
  const schemas: Readonly<Record<string, JsonSchemaDocument>> = servedNinjsSchemas(publicUrl);
  return Object.prototype.hasOwnProperty.call(schemas, fileName) ? schemas[fileName] : null;
}
