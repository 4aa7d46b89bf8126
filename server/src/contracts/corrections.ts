/** Contract of the corrections admin routes, GET / POST /newsroom/briefs/:documentId/corrections. Pure types. */
import type { CorrectionHistoryItem, TextCorrection } from '../domain/contract';

export type { CorrectionHistoryItem, TextCorrection } from '../domain/contract';

/** A history item of the desk: the public item plus who made it. */
export type AdminCorrectionItem = CorrectionHistoryItem & { madeBy: string | null };

/** GET /newsroom/briefs/:documentId/corrections?locale= : text and toll corrections, newest first. */
export interface CorrectionHistoryResponse {
  data: AdminCorrectionItem[];
}

/** POST /newsroom/briefs/:documentId/corrections (locale left out = the default locale). */
export interface PublishCorrectionBody {
  note: string;
  locale?: string;
}

/** POST /newsroom/briefs/:documentId/corrections → 201. */
export interface PublishedCorrection {
  documentId: string;
  locale: string;
  correction: TextCorrection;
}
export interface PublishCorrectionResponse {
  data: PublishedCorrection;
}
