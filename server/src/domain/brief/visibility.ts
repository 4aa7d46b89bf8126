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

/**
 * Embargo comes first: to a caller not entitled to embargoed copy, a brief under embargo — or one killed or
 * withheld before its embargo passed, so never public to them — does not exist (no tombstone, no kill reason).
 */
export const isHiddenByEmbargo = (
  brief: Pick<VisibilityFields, 'embargoUntil' | 'editorialStatus'> & { statusChangedAt?: string | Date | null },
  now: Date,
  entitledToEmbargoed: boolean,
): boolean => {
  if (entitledToEmbargoed || brief.embargoUntil === null) return false;
  if (isUnderEmbargo(brief, now)) return true;
  const stoppedAt = brief.editorialStatus !== 'usable' && brief.statusChangedAt ? new Date(brief.statusChangedAt).getTime() : null;
  return stoppedAt !== null && stoppedAt < new Date(brief.embargoUntil).getTime();
};

/** A document's editorial status from its rows (all locales, draft and published): killed if any row is, else the published row's, else the draft's. */
export const documentStatusOf = (rows: { editorialStatus: EditorialStatus; publishedAt: string | Date | null }[]): EditorialStatus | null => {
  if (rows.length === 0) return null;
  if (rows.some((row) => row.editorialStatus === 'killed')) return 'killed';
  return (rows.find((row) => row.publishedAt !== null) ?? rows[0]).editorialStatus;
};
