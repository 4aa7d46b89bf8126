/**
 * The ninjs of a brief taken back: killed (`canceled`, final) or withheld (`withheld`, may come back). Identity,
 * status and the reason as editorial note; no content at all.
 */
import { emptyConcepts, type NinjsModel } from './model';
import {
  renderNinjs,
  type Ninjs22Document,
  type Ninjs3Document,
  type NinjsDocument,
  type NinjsOptions22,
  type NinjsOptions3,
} from './render';
import type { TombstoneRef, NinjsOptions } from './types';
import { ninjsUri } from './uris';

export const DEFAULT_KILL_NOTE = 'This item has been killed.';
export const DEFAULT_WITHHOLD_NOTE = 'This item has been withheld.';

export function tombstoneToModel(ref: TombstoneRef, options: NinjsOptions, pubStatus: 'canceled' | 'withheld' = 'canceled'): NinjsModel {
  const fallback = pubStatus === 'canceled' ? DEFAULT_KILL_NOTE : DEFAULT_WITHHOLD_NOTE;
  const reason = typeof ref.reason === 'string' && ref.reason.trim() !== '' ? ref.reason : fallback;
  return {
    uri: ninjsUri(ref.documentId, ref.locale, options.uriPrefix),
    type: 'text',
    version: String(options.ninjsVersionNumber),
    versionCreated: ref.statusChangedAt,
    pubStatus,
    edNote: reason,
    language: ref.locale,
    headlines: [],
    descriptions: [],
    bodies: [],
    concepts: emptyConcepts(),
    associations: [],
    altIds: [{ role: 'documentId', value: ref.documentId }],
    toll: null,
  };
}

export function killedBriefToNinjs(ref: TombstoneRef, options: NinjsOptions22): Ninjs22Document;
export function killedBriefToNinjs(ref: TombstoneRef, options: NinjsOptions3): Ninjs3Document;
export function killedBriefToNinjs(ref: TombstoneRef, options: NinjsOptions): NinjsDocument;
export function killedBriefToNinjs(ref: TombstoneRef, options: NinjsOptions): NinjsDocument {
  return renderNinjs(tombstoneToModel(ref, options), options);
}

/** A withheld brief: like a tombstone but `withheld`, since it may be released. */
export function withheldBriefToNinjs(ref: TombstoneRef, options: NinjsOptions): NinjsDocument {
  return renderNinjs(tombstoneToModel(ref, options, 'withheld'), options);
}
