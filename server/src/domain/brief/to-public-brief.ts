import type { BlockNode, EditorialStatus, PhotoCredit, PublicBrief, PublicPhoto, PublicTag, RelatedBriefRef, RelatedLink, Toll } from '../contract';
import { briefCorrections, type TextCorrectionRecord } from '../corrections';
import { blocksToHtml } from './blocks-to-html';
import { joinToBaseUrl } from '../urls';
import { isPublic } from './visibility';

/** A published brief row as the read queries select it (relations already populated). */
export interface BriefRecord {
  documentId: string;
  locale: string;
  slug: string | null;
  headline: string;
  slugline: string | null;
  byline: string | null;
  dateline: string | null;
  summary: string | null;
  body: BlockNode[] | null;
  urgency: number | null;
  editorialStatus: EditorialStatus;
  embargoUntil: string | Date | null;
  firstPublishedAt: string | Date | null;
  updatedAt: string | Date;
  publishedAt: string | Date | null;
  photoCaption: string | null;
  photoCredit: string | null;
  relatedLinks: RelatedLink[] | null;
  photo?: MediaRecord | null;
  tags?: PublicTag[];
  relatedBriefs?: RelatedBriefRecord[];
  /** The locale's text corrections (any order; the public brief lists them oldest first). */
  corrections?: TextCorrectionRecord[];
}

export interface MediaRecord {
  url: string;
  alternativeText: string | null;
  width: number | null;
  height: number | null;
  mime?: string | null;
  formats: Record<string, { url: string; width?: number | null; height?: number | null }> | null;
}

export interface RelatedBriefRecord {
  documentId: string;
  locale: string;
  slug: string | null;
  headline: string;
  editorialStatus: EditorialStatus;
  embargoUntil: string | Date | null;
  publishedAt: string | Date | null;
}

export interface PublicBriefContext {
  baseUrl: string;
  now: Date;
  entitledToEmbargoed: boolean;
  credit: (raw: string | null) => PhotoCredit | null;
  toll: Toll | null;
}

const toIso = (value: string | Date | null): string | null => (value === null ? null : new Date(value).toISOString());

/** A media URL as partners get it: an http(s) URL as is, any other path (`/uploads/…`, `uploads/…`) joined to `baseUrl`. */
export const absoluteUrl = (url: string, baseUrl: string): string => (/^https?:\/\//i.test(url) ? url : joinToBaseUrl(baseUrl, url));

const toPublicPhoto = (media: MediaRecord, caption: string | null, baseUrl: string): PublicPhoto => ({
  url: absoluteUrl(media.url, baseUrl),
  alternativeText: media.alternativeText ?? null,
  width: media.width ?? null,
  height: media.height ?? null,
  mime: media.mime ?? null,
  formats: Object.fromEntries(
    Object.entries(media.formats ?? {}).map(([name, format]) => [
      name,
      { url: absoluteUrl(format.url, baseUrl), width: format.width ?? null, height: format.height ?? null },
    ]),
  ),
  caption,
});

/**
 * Related briefs that are not public for this caller are left out, never hinted at. One entry per document, in the
 * reader's locale when that version is public, else in the version that was linked (rows arrive in that preference).
 */
const publicRelated = (related: RelatedBriefRecord[], context: PublicBriefContext): RelatedBriefRef[] => {
  const seen = new Set<string>();
  return related
    .filter((brief) => brief.slug && isPublic(brief, context.now, context.entitledToEmbargoed))
    .filter((brief) => {
      if (seen.has(brief.documentId)) return false;
      seen.add(brief.documentId);
      return true;
    })
    .map((brief) => ({ documentId: brief.documentId, locale: brief.locale, slug: brief.slug as string, headline: brief.headline }));
};

export const toPublicBrief = (record: BriefRecord, context: PublicBriefContext): PublicBrief => {
  const body = Array.isArray(record.body) ? record.body : [];
  return {
    documentId: record.documentId,
    locale: record.locale,
    slug: record.slug ?? '',
    headline: record.headline,
    slugline: record.slugline ?? null,
    byline: record.byline ?? null,
    dateline: record.dateline ?? null,
    summary: record.summary ?? null,
    body,
    bodyHtml: blocksToHtml(body, { baseUrl: context.baseUrl }),
    urgency: record.urgency ?? 4,
    editorialStatus: record.editorialStatus,
    embargoUntil: toIso(record.embargoUntil),
    firstPublishedAt: toIso(record.firstPublishedAt),
    updatedAt: new Date(record.updatedAt).toISOString(),
    photo: record.photo ? toPublicPhoto(record.photo, record.photoCaption ?? null, context.baseUrl) : null,
    credit: context.credit(record.photoCredit),
    tags: (record.tags ?? []).map((tag) => ({ name: tag.name, slug: tag.slug, kind: tag.kind })),
    relatedBriefs: publicRelated(record.relatedBriefs ?? [], context),
    relatedLinks: (record.relatedLinks ?? []).map((link) => ({ title: link.title, url: link.url })),
    toll: context.toll,
    corrections: briefCorrections(record.corrections ?? []),
  };
};
