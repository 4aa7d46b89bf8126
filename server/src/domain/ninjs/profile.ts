/**
 * The `newsroom` profile: ninjs plus a top-level `toll`, declared through `standard.schema`
 * (the extension schema served at `<publicUrl>/api/newsroom/schemas/ninjs-newsroom-<version>.json`).
 */
import type { Toll, TollCorrection, TollCount, TollIncludedCount, TollSourceState } from '../contract';
import type { NinjsStandard } from './ninjs-3';
import { compact } from './output';
import type { NinjsVersion } from './types';
import { trimTrailingSlashes } from './uris';

export type NewsroomSchemaFileName = `ninjs-newsroom-${NinjsVersion}.json`;

export const NEWSROOM_SCHEMA_PATH = '/api/newsroom/schemas';

export function newsroomSchemaFileName(version: NinjsVersion): NewsroomSchemaFileName {
  return `ninjs-newsroom-${version}.json`;
}

export function newsroomSchemaUrl(publicUrl: string, version: NinjsVersion): string {
  return `${trimTrailingSlashes(publicUrl)}${NEWSROOM_SCHEMA_PATH}/${newsroomSchemaFileName(version)}`;
}

export function newsroomStandard(version: NinjsVersion, publicUrl: string): NinjsStandard {
  return { name: 'ninjs', version, schema: newsroomSchemaUrl(publicUrl, version) };
}

// Copies field by field: the extension schema forbids unknown keys, so nothing the server attached may leak through.
function includedCount(count: TollIncludedCount): TollIncludedCount {
  return compact({ group: count.group, value: count.value, qualifier: count.qualifier, valueMax: count.valueMax });
}

function tollCount(count: TollCount): TollCount {
  return {
    category: count.category,
    value: count.value,
    valueMax: count.valueMax ?? null,
    qualifier: count.qualifier,
    group: count.group ?? null,
    includes: (count.includes ?? []).map(includedCount),
  };
}

function tollSource(source: TollSourceState): TollSourceState {
  return {
    source: source.source,
    revision: source.revision,
    asOf: source.asOf,
    counts: (source.counts ?? []).map(tollCount),
    mayRise: source.mayRise,
    mayRiseReason: source.mayRiseReason ?? null,
    text: source.text,
  };
}

function tollCorrection(correction: TollCorrection): TollCorrection {
  return {
    previousSource: correction.previousSource,
    previous: (correction.previous ?? []).map(tollCount),
    note: correction.note ?? null,
    at: correction.at,
  };
}

/** `correction` only when the primary's latest revision is one (the schema also accepts null). */
export function newsroomToll(toll: Toll): Toll {
  return {
    version: toll.version,
    primarySource: toll.primarySource,
    mayRise: toll.mayRise,
    mayRiseReason: toll.mayRiseReason ?? null,
    asOf: toll.asOf,
    text: toll.text,
    sources: (toll.sources ?? []).map(tollSource),
    ...(toll.correction ? { correction: tollCorrection(toll.correction) } : {}),
  };
}

export type NewsroomExtension = { standard: NinjsStandard; toll?: Toll };

export function newsroomExtension(toll: Toll | null, version: NinjsVersion, publicUrl: string): NewsroomExtension {
  return compact({ standard: newsroomStandard(version, publicUrl), toll: toll ? newsroomToll(toll) : undefined });
}
