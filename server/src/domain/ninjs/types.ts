/** Options and shared names of the ninjs mapping. */

export type NinjsVersion = '2.2' | '3.0' | '3.1';
export const NINJS_VERSIONS: readonly NinjsVersion[] = ['2.2', '3.0', '3.1'];

export type NinjsProfile = 'newsroom';

export const DEFAULT_NINJS_URI_PREFIX = 'urn:newsroom:brief:';

export interface NinjsOptions {
  version: NinjsVersion;
  /** `newsroom` adds the top-level `toll` and a `standard` pointing at the extension schema. */
  profile?: NinjsProfile;
  /** Prefix of every item uri, e.g. `urn:newsroom:brief:` (DEFAULT_NINJS_URI_PREFIX). */
  uriPrefix: string;
  /** Absolute base URL without trailing slash, e.g. `https://news.example.org`. */
  publicUrl: string;
  /** The document's ninjs `version` counter, raised by every public change (emitted as a string). */
  ninjsVersionNumber: number;
  /** Only for partners entitled to embargoed copy: emits `embargoed` (2.2) / `embargoedUntil` (3.x). */
  includeEmbargo: boolean;
  /** The version's editorial note (`ednote` / `edNote`), e.g. a correction's "Correction: …"; left out when absent. */
  edNote?: string;
}

/**
 * What a killed or withheld brief may still reveal: its identity, when its status changed and why.
 * `headline?: never` keeps content out.
 */
export interface TombstoneRef {
  documentId: string;
  locale: string;
  statusChangedAt: string;
  reason: string | null;
  headline?: never;
}

export function isNinjsVersion(value: unknown): value is NinjsVersion {
  return typeof value === 'string' && (NINJS_VERSIONS as readonly string[]).includes(value);
}

export function assertNinjsVersion(value: unknown): NinjsVersion {
  if (!isNinjsVersion(value)) {
    throw new Error(`Unsupported ninjs version ${JSON.stringify(value)}; expected one of ${NINJS_VERSIONS.join(', ')}`);
  }
  return value;
}
