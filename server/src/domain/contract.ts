/**
 * Public shapes of the external contract (API-CONTRACT in the README). Pure types: no Strapi import.
 * Every API, the feed, webhooks and the ninjs mapping speak these shapes.
 */

export type Locale = string;

export interface PhotoCredit {
  raw: string;
  photographers: string[];
  agencies: string[];
  restrictions: string[];
}

export type TagKind = 'subject' | 'place' | 'organisation' | 'person' | 'event';
export const TAG_KINDS: readonly TagKind[] = ['subject', 'place', 'organisation', 'person', 'event'];

export interface PublicTag {
  name: string;
  slug: string;
  kind: TagKind;
}

export interface PublicImageFormat {
  url: string;
  width: number | null;
  height: number | null;
}

export interface PublicPhoto {
  url: string;
  alternativeText: string | null;
  width: number | null;
  height: number | null;
  mime?: string | null;
  formats: Record<string, PublicImageFormat>;
  caption: string | null;
}

export interface RelatedBriefRef {
  documentId: string;
  locale: Locale;
  slug: string;
  headline: string;
}

export interface RelatedLink {
  title: string;
  url: string;
}

export type EditorialStatus = 'usable' | 'withheld' | 'killed';
export const EDITORIAL_STATUSES: readonly EditorialStatus[] = ['usable', 'withheld', 'killed'];

/** Strapi "blocks" rich text, as stored: a list of block nodes. */
export type BlockNode =
  | { type: 'paragraph'; children: InlineNode[] }
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; children: InlineNode[] }
  | { type: 'quote'; children: InlineNode[] }
  | { type: 'code'; children: InlineNode[] }
  | { type: 'list'; format: 'ordered' | 'unordered'; children: ListItemNode[] }
  | { type: 'image'; image: { url: string; alternativeText?: string | null }; children: InlineNode[] };
export interface ListItemNode {
  type: 'list-item';
  children: InlineNode[];
}
export type InlineNode =
  | {
      type: 'text';
      text: string;
      bold?: boolean;
      italic?: boolean;
      underline?: boolean;
      strikethrough?: boolean;
      code?: boolean;
    }
  | { type: 'link'; url: string; children: InlineNode[] };

// ---- Tolls -------------------------------------------------------------------------------------

export type TollCategory = 'killed' | 'injured' | 'missing' | 'displaced' | 'critical' | 'arrested' | 'evacuated';
export const TOLL_CATEGORIES: readonly TollCategory[] = [
  'killed',
  'injured',
  'missing',
  'displaced',
  'critical',
  'arrested',
  'evacuated',
];

export type TollQualifier = 'exact' | 'at-least' | 'more-than' | 'about' | 'nearly' | 'up-to' | 'between';
export const TOLL_QUALIFIERS: readonly TollQualifier[] = [
  'exact',
  'at-least',
  'more-than',
  'about',
  'nearly',
  'up-to',
  'between',
];

export type TollChangeKind = 'initial' | 'update' | 'correction' | 'source-change';
export const TOLL_CHANGE_KINDS: readonly TollChangeKind[] = ['initial', 'update', 'correction', 'source-change'];

export interface TollIncludedCount {
  group: string;
  value: number;
  qualifier: TollQualifier;
  valueMax?: number | null;
}

export interface TollCount {
  category: TollCategory;
  value: number;
  valueMax: number | null;
  qualifier: TollQualifier;
  group: string | null;
  includes: TollIncludedCount[];
}

/** One append-only history item, as the public and admin APIs show it. */
export interface TollRevision {
  revision: number;
  source: string;
  asOf: string; // ISO 8601
  counts: TollCount[];
  mayRise: boolean;
  mayRiseReason: string | null;
  changeKind: TollChangeKind;
  note: string | null;
  primary: boolean;
  createdAt: string; // ISO 8601
}

/** Latest revision of one source, inside a Toll. */
export interface TollSourceState {
  source: string;
  revision: number;
  asOf: string;
  counts: TollCount[];
  mayRise: boolean;
  mayRiseReason: string | null;
  text: string;
}

/**
 * What the primary's latest revision corrected, when that revision is a correction: the figures it replaced
 * (the previous primary's, from the same source or from another authority) and the correction's note.
 */
export interface TollCorrection {
  previousSource: string;
  previous: TollCount[];
  note: string | null;
  at: string; // ISO 8601, when the correction was made
}

/** The current toll of a brief, rendered in one locale. */
export interface Toll {
  version: number;
  primarySource: string;
  mayRise: boolean;
  mayRiseReason: string | null;
  asOf: string;
  text: string;
  sources: TollSourceState[];
  /** Set while the primary's latest revision is a correction; null otherwise (always sent by the API). */
  correction?: TollCorrection | null;
}

/** On a `toll.updated` event whose revision is a correction: the primary figure it replaced, and why. */
export interface TollEventCorrection {
  previous: { source: string; counts: TollCount[] };
  note: string | null;
}

// ---- Brief ---------------------------------------------------------------------------------------

export interface PublicBrief {
  documentId: string;
  locale: Locale;
  slug: string;
  headline: string;
  slugline: string | null;
  byline: string | null;
  dateline: string | null;
  summary: string | null;
  body: BlockNode[];
  bodyHtml: string;
  urgency: number;
  editorialStatus: EditorialStatus;
  embargoUntil: string | null;
  firstPublishedAt: string | null;
  updatedAt: string;
  photo: PublicPhoto | null;
  credit: PhotoCredit | null;
  tags: PublicTag[];
  relatedBriefs: RelatedBriefRef[];
  relatedLinks: RelatedLink[];
  toll: Toll | null;
  /** Text corrections of this locale, oldest first (empty when it was never corrected). */
  corrections: TextCorrection[];
}

// ---- Corrections ----------------------------------------------------------------------------------

/** A republish an editor marked as a correction: when, what was wrong (the note partners read), which fields changed. */
export interface TextCorrection {
  at: string; // ISO 8601
  note: string;
  /** Public field names of the brief (PublicBrief keys), e.g. ["headline", "body"]. */
  fields: string[];
}

/** One item of GET /api/newsroom/briefs/:slug/corrections (newest first): a text correction or a toll correction. */
export type CorrectionHistoryItem =
  | ({ kind: 'text' } & TextCorrection)
  | { kind: 'toll'; at: string; note: string | null; source: string; revision: number };

// ---- Feed ---------------------------------------------------------------------------------------

export type FeedEventType =
  | 'brief.published'
  | 'brief.updated'
  | 'brief.unpublished'
  | 'brief.killed'
  | 'brief.withheld'
  | 'brief.released'
  | 'brief.corrected'
  | 'toll.updated';
export const FEED_EVENT_TYPES: readonly FeedEventType[] = [
  'brief.published',
  'brief.updated',
  'brief.unpublished',
  'brief.killed',
  'brief.withheld',
  'brief.released',
  'brief.corrected',
  'toll.updated',
];

export interface FeedEvent {
  id: string;
  type: FeedEventType;
  occurredAt: string;
  documentId: string;
  locale: Locale;
  slug: string;
  brief: PublicBrief | null;
  ninjs?: Record<string, unknown>;
  /** `toll.updated` only, when the revision is a correction; `brief.corrected`: the text correction. */
  correction?: TollEventCorrection | TextCorrection;
}

/** One invalid field: the shape of Strapi's ValidationError details.errors entries. */
export interface FieldError {
  path: (string | number)[];
  /** English, naming the field first: for logs and scripts. */
  message: string;
  /** Stable and documented (README, "Error codes"): what a UI translates, with `params`. */
  code?: string;
  params?: Record<string, unknown>;
}
