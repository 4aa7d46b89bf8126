/** Contract of the homepage widgets and the credit field's agency list. Pure types. */
import type { BreakingReason } from '../domain/brief/breaking-rank';
import type { NewerHigherFigure } from '../domain/toll/stale-primary';

export type { BreakingActivityKind, BreakingReason } from '../domain/brief/breaking-rank';

/** GET /newsroom/widgets/may-rise?locale= */
export interface MayRiseItem {
  documentId: string;
  locale: string;
  headline: string;
  text: string;
  source: string;
  asOf: string;
  changedAt: string | null;
  stale: boolean;
  /** Listed because the primary may rise, or because newer, higher figures outdate it (or both). */
  mayRise: boolean;
  newerFigures: NewerHigherFigure[];
  version: number;
}
export interface MayRiseResponse {
  data: MayRiseItem[];
  meta: { staleAfterMinutes: number };
}

/** A brief's status on the desk: its Content Manager state, or its editorial status / embargo once live. */
export type DeskStatus = 'draft' | 'published' | 'modified' | 'killed' | 'withheld' | 'embargoed';

/** GET /newsroom/widgets/breaking?locale= */
export interface BreakingItem {
  documentId: string;
  locale: string;
  headline: string;
  status: DeskStatus;
  embargoUntil: string | null;
  urgency: number;
  updatedAt: string;
  toll: { text: string; changedAt: string | null } | null;
  /** Why the brief is listed: its urgency and its latest activity (server/src/domain/brief/breaking-rank.ts). */
  reason: BreakingReason;
}
export interface BreakingResponse {
  data: BreakingItem[];
}

/** GET /newsroom/credit/known-agencies: the agencies the server's credit parser recognises. */
export interface KnownAgenciesResponse {
  data: string[];
}
