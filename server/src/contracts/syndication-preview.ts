/** Contract of GET /newsroom/briefs/:documentId/ninjs?version=&locale=&profile= (the syndication preview). Pure types. */
import type { TextCorrection } from '../domain/contract';

/** The draft as a ninjs document (the requested version's shape), with the corrections partners get with it. */
export interface SyndicationPreviewResponse {
  data: Record<string, unknown>;
  meta: { corrections: TextCorrection[] };
}
