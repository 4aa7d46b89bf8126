/** Contract of the toll desk's admin routes, GET / POST /newsroom/briefs/:documentId/tolls. Pure types. */
import type { Toll, TollCategory, TollChangeKind, TollQualifier, TollRevision } from '../domain/contract';
import type { TollConsistencyWarning } from '../domain/toll/consistency';
import type { NewerHigherFigure } from '../domain/toll/stale-primary';

export type { TollConsistencyWarning } from '../domain/toll/consistency';
export type { NewerHigherFigure } from '../domain/toll/stale-primary';

/** A history item of the toll desk: the public revision plus who made it. */
export type AdminTollRevision = TollRevision & {
  madeBy: string | null;
  /** The revision's figures as a sentence in the requested locale ("previous toll" wording for corrections). */
  text: string;
};

/** GET /newsroom/briefs/:documentId/tolls?locale= (ETag: the toll version). */
export interface TollHistoryResponse {
  data: AdminTollRevision[];
  meta: { version: number; toll: Toll | null; warnings: TollConsistencyWarning[]; newerFigures: NewerHigherFigure[] };
}

/** A count as the form sends it: a missing number goes as null, for the server to name the field in its 400. */
export interface TollCountBody {
  category: TollCategory;
  qualifier: TollQualifier;
  value: number | null;
  valueMax: number | null;
  group: string | null;
  includes: { group: string; qualifier: TollQualifier; value: number | null; valueMax?: number | null }[];
}

/** POST /newsroom/briefs/:documentId/tolls (If-Match: the version displayed); changeKind left out = the server decides. */
export interface TollRevisionBody {
  source: string;
  asOf: string;
  counts: TollCountBody[];
  mayRise: boolean;
  mayRiseReason: string | null;
  changeKind?: TollChangeKind;
  note: string | null;
  primary: boolean;
}

/** POST /newsroom/briefs/:documentId/tolls → 201. */
export interface TollAppendResponse {
  data: { revision: TollRevision; toll: Toll };
}
