/** Which of a brief's relations (and related rows) a read computes; a GraphQL query asks only for what it selects, REST for all. */
export interface BriefRelations {
  tags: boolean;
  photo: boolean;
  relatedBriefs: boolean;
  toll: boolean;
  /** The locale's text corrections. */
  corrections: boolean;
}

export const ALL_BRIEF_RELATIONS: BriefRelations = { tags: true, photo: true, relatedBriefs: true, toll: true, corrections: true };
export const NO_BRIEF_RELATIONS: BriefRelations = { tags: false, photo: false, relatedBriefs: false, toll: false, corrections: false };
