import type { EditorialStatus } from '../contract';

export interface VisibilityFields {
  publishedAt: string | Date | null;
  editorialStatus: EditorialStatus | string;
  embargoUntil: string | Date | null;
}

export const isUnderEmbargo = (brief: Pick<VisibilityFields, 'embargoUntil'>, now: Date): boolean =>
  brief.embargoUntil !== null && new Date(brief.embargoUntil).getTime() > now.getTime();

/** Public = published, usable, and past its embargo unless the caller is entitled to embargoed copy. */
export const isPublic = (brief: VisibilityFields, now: Date, entitledToEmbargoed: boolean): boolean =>
  brief.publishedAt !== null &&
  brief.editorialStatus === 'usable' &&
  (entitledToEmbargoed || !isUnderEmbargo(brief, now));
