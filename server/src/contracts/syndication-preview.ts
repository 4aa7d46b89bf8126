/** Contract of GET /newsroom/briefs/:documentId/ninjs?version=&locale=&profile= (the syndication preview). Pure types. */
import type { TextCorrection } from '../domain/contract';
import type { NinjsDocument } from '../domain/ninjs/render';

/** The draft as the ninjs document partners would get once it is published, with the corrections they get with it. */
export interface SyndicationPreviewResponse {
  data: NinjsDocument;
  meta: { corrections: TextCorrection[] };
}
