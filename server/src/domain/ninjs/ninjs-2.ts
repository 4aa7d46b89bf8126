/** ninjs 2.2 (all-lowercase keys; the embargo is `embargoed`). */
import type { NinjsItemType, NinjsModel, NinjsPubStatus } from './model';
import { modelToNinjs3, type NinjsAltId, type NinjsConcept, type NinjsStandard } from './ninjs-3';

export type Ninjs22Text = { role?: string; contenttype?: string; value: string };
export type Ninjs22Body = Ninjs22Text & { charcount?: number; wordcount?: number };
export type Ninjs22Rendition = { name: string; href?: string; contenttype?: string; width?: number; height?: number };

export type Ninjs22 = {
  uri: string;
  type?: NinjsItemType;
  version?: string;
  firstcreated?: string;
  versioncreated?: string;
  embargoed?: string;
  pubstatus?: NinjsPubStatus;
  urgency?: number;
  ednote?: string;
  language?: string;
  slugline?: string;
  by?: string;
  located?: string;
  copyrightholder?: string;
  usageterms?: string;
  headlines?: Ninjs22Text[];
  descriptions?: Ninjs22Text[];
  bodies?: Ninjs22Body[];
  subjects?: NinjsConcept[];
  places?: NinjsConcept[];
  organisations?: NinjsConcept[];
  people?: NinjsConcept[];
  events?: NinjsConcept[];
  renditions?: Ninjs22Rendition[];
  associations?: Ninjs22Association[];
  altids?: NinjsAltId[];
  standard?: NinjsStandard;
};

export type Ninjs22Association = Ninjs22 & { name: string };

/**
 * 2.2 carries the same fields as 3.x, in the same order, spelt in lower case (`versionCreated` → `versioncreated`,
 * also inside bodies, renditions and associations); only 3.x `embargoedUntil` is 2.2 `embargoed`. So the 2.2 document
 * is the 3.x one with its keys respelt: one field mapping (ninjs-3.ts) for every version.
 */
const KEYS_22: Readonly<Record<string, string>> = { embargoedUntil: 'embargoed' };

function respell22(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(respell22);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [KEYS_22[key] ?? key.toLowerCase(), respell22(inner)]));
}

export function modelToNinjs22(model: NinjsModel): Ninjs22 {
  return respell22(modelToNinjs3(model)) as Ninjs22;
}
