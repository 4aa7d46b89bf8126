/** Shapes of the corrections admin API (type-only imports of the server's pure contract). */
import type { CorrectionHistoryItem, TextCorrection } from '../../../../server/src/domain/contract';

export type { CorrectionHistoryItem, TextCorrection };

/** A history item of the desk: the public item plus who made it. */
export type AdminCorrectionItem = CorrectionHistoryItem & { madeBy: string | null };

/** The answer of POST /newsroom/briefs/:documentId/corrections. */
export interface PublishedCorrection {
  documentId: string;
  locale: string;
  correction: TextCorrection;
}
