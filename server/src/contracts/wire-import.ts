/** Contract of the wire import's admin routes (/newsroom/import, /newsroom/briefs/:documentId/toll-proposal). Pure types. */
import type { WireDraftEdits } from '../domain/wire/import-request';
import type { WireLanguageHint } from '../domain/wire/types';

export type { TollProposalResponse, WireDraft, WireDraftEdits, WireImportResponse } from '../domain/wire/import-request';

/** POST /newsroom/import: parse only, or with `create: true` also write the draft. */
export interface WireImportBody {
  text: string;
  language: WireLanguageHint;
  create?: boolean;
  edits?: WireDraftEdits;
}

/** DELETE /newsroom/briefs/:documentId/toll-proposal */
export interface ClearTollProposalResponse {
  data: null;
}
