/** Contract of POST /newsroom/briefs/:documentId/{kill,withhold,release}. Pure types. */
import type { EditorialStatus } from '../domain/contract';

export type { EditorialStatus } from '../domain/contract';
export type { EditorialAction } from '../domain/brief/editorial-rules';

/** The body of kill and withhold (a reason is required) and release (none needed). */
export interface EditorialActionBody {
  reason: string | null;
}

/** 200: the status every row of the document now has. */
export interface EditorialActionResponse {
  data: { documentId: string; editorialStatus: EditorialStatus; changedAt: string; reason: string | null };
}
