/**
 * Version-neutral ninjs item: what the mapping decided, before a version names the keys.
 * Empty arrays and undefined values are left out by the serializers.
 */
import type { Toll } from '../contract';

export type NinjsItemType = 'text' | 'picture';
export type NinjsPubStatus = 'usable' | 'withheld' | 'canceled';

export interface NinjsTextModel {
  role: string;
  value: string;
}

export interface NinjsBodyModel {
  role: string;
  contentType: string;
  value: string;
  charCount: number;
  wordCount: number;
}

export interface NinjsConceptModel {
  name?: string;
  uri?: string;
  literal?: string;
}

export interface NinjsRenditionModel {
  name: string;
  href: string;
  contentType?: string;
  width?: number;
  height?: number;
}

export interface NinjsAssociationModel {
  name: string;
  type: NinjsItemType;
  uri: string;
  headlines: NinjsTextModel[];
  descriptions: NinjsTextModel[];
  renditions: NinjsRenditionModel[];
  by?: string;
  copyrightHolder?: string;
  usageTerms?: string;
}

export interface NinjsAltIdModel {
  role: string;
  value: string;
}

export interface NinjsConceptsModel {
  subjects: NinjsConceptModel[];
  places: NinjsConceptModel[];
  organisations: NinjsConceptModel[];
  people: NinjsConceptModel[];
  events: NinjsConceptModel[];
}

export interface NinjsModel {
  uri: string;
  type: NinjsItemType;
  version: string;
  firstCreated?: string;
  versionCreated: string;
  embargoedUntil?: string;
  pubStatus: NinjsPubStatus;
  urgency?: number;
  edNote?: string;
  language: string;
  slugline?: string;
  by?: string;
  located?: string;
  headlines: NinjsTextModel[];
  descriptions: NinjsTextModel[];
  bodies: NinjsBodyModel[];
  concepts: NinjsConceptsModel;
  associations: NinjsAssociationModel[];
  altIds: NinjsAltIdModel[];
  /** Only serialized by the `newsroom` profile. */
  toll: Toll | null;
}

export function emptyConcepts(): NinjsConceptsModel {
  return { subjects: [], places: [], organisations: [], people: [], events: [] };
}
