/**
 * Which public fields a republish changes: the draft of one locale against its published version, named as the
 * public brief names them (PublicBrief keys). Pure: the service loads both rows with their relations.
 */

/** The public fields an editor can change, in the order the public brief lists them. */
export const CORRECTABLE_FIELDS = [
  'slug',
  'headline',
  'slugline',
  'byline',
  'dateline',
  'summary',
  'body',
  'urgency',
  'embargoUntil',
  'photo',
  'credit',
  'tags',
  'relatedBriefs',
  'relatedLinks',
] as const;

export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

/** One version (draft or published) of a brief locale, as stored, with its relations reduced to identities. */
export interface CorrectableVersion {
  slug: string | null;
  headline: string | null;
  slugline: string | null;
  byline: string | null;
  dateline: string | null;
  summary: string | null;
  body: unknown;
  urgency: number | null;
  embargoUntil: string | Date | null;
  /** The photo's media id, or null. */
  photoId: number | string | null;
  photoCaption: string | null;
  photoCredit: string | null;
  /** Tag ids, in the brief's order. */
  tagIds: (number | string)[];
  /** documentIds of the related briefs, in the brief's order (draft and published rows link different row ids). */
  relatedDocumentIds: string[];
  relatedLinks: unknown;
}

/** Blank text reads as absent, as in the public brief. */
const textOf = (value: string | null | undefined): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);

const timeOf = (value: string | Date | null | undefined): number | null => {
  if (value === null || value === undefined || value === '') return null;
  const time = new Date(value).getTime();
  return Number.isNaN(time) ? null : time;
};

/** Key order does not matter in stored JSON (PostgreSQL jsonb reorders keys). */
const canonical = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
};

const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** What each public field shows of a version: two versions differ in a field when these differ. */
const PUBLIC_VALUE: Record<CorrectableField, (version: CorrectableVersion) => unknown> = {
  slug: (version) => textOf(version.slug),
  headline: (version) => textOf(version.headline),
  slugline: (version) => textOf(version.slugline),
  byline: (version) => textOf(version.byline),
  dateline: (version) => textOf(version.dateline),
  summary: (version) => textOf(version.summary),
  body: (version) => listOf(version.body),
  urgency: (version) => version.urgency ?? 4,
  embargoUntil: (version) => timeOf(version.embargoUntil),
  // The caption is the photo's (`photo.caption` in the public brief).
  photo: (version) => (version.photoId === null ? null : { id: String(version.photoId), caption: textOf(version.photoCaption) }),
  credit: (version) => textOf(version.photoCredit),
  tags: (version) => version.tagIds.map(String),
  relatedBriefs: (version) => version.relatedDocumentIds,
  relatedLinks: (version) => listOf(version.relatedLinks),
};

/** The public fields whose value differs between the published version and the draft, in CORRECTABLE_FIELDS order. */
export const changedFields = (published: CorrectableVersion, draft: CorrectableVersion): CorrectableField[] =>
  CORRECTABLE_FIELDS.filter((field) => canonical(PUBLIC_VALUE[field](published)) !== canonical(PUBLIC_VALUE[field](draft)));
