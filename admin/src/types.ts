/**
 * Shapes of the plugin's admin API as the screens read them. The public shapes come from the server's pure
 * contract (type-only imports: nothing of the server is bundled).
 */
import type { FeedEventType, TollCategory, TollRevision, Toll } from '../../server/src/domain/contract';
import type { NewsroomSettings } from '../../server/src/config/settings-schema';

export type {
  FeedEventType,
  Toll,
  TollCategory,
  TollChangeKind,
  TollCount,
  TollIncludedCount,
  TollQualifier,
  TollRevision,
  TollSourceState,
  PhotoCredit,
} from '../../server/src/domain/contract';
export type { NewsroomSettings, NinjsVersionSetting } from '../../server/src/config/settings-schema';

/** A history item of the toll desk: the public revision plus who made it. */
export interface AdminTollRevision extends TollRevision {
  madeBy: string | null;
  /** The revision's figures as a sentence in the requested locale ("previous toll" wording for corrections). */
  text: string;
}

/** A figure in the headline or summary that contradicts the current toll. */
export interface TollWarning {
  field: 'headline' | 'summary';
  category: TollCategory;
  stated: number;
  current: number;
  message: string;
}

/** Another source's figure newer and higher than the primary's (the primary may have gone stale in silence). */
export interface NewerTollFigure {
  source: string;
  category: TollCategory;
  value: number;
  asOf: string;
  primarySource: string;
  primaryValue: number;
  primaryAsOf: string;
  message: string;
}

/** GET /newsroom/briefs/:documentId/tolls */
export interface TollHistoryResponse {
  data: AdminTollRevision[];
  meta: { version: number; toll: Toll | null; warnings: TollWarning[]; newerFigures?: NewerTollFigure[] };
}

/** POST /newsroom/briefs/:documentId/tolls → 201 */
export interface TollAppendResponse {
  data: { revision: TollRevision; toll: Toll };
}

/** GET /newsroom/widgets/may-rise */
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
  mayRise?: boolean;
  newerFigures?: NewerTollFigure[];
  version: number;
}
export interface MayRiseResponse {
  data: MayRiseItem[];
  meta?: { staleAfterMinutes?: number };
}

export type BriefStatus = 'draft' | 'published' | 'modified' | 'killed' | 'withheld' | 'embargoed';

/** GET /newsroom/widgets/breaking */
export interface BreakingItem {
  documentId: string;
  locale: string;
  headline: string;
  status: BriefStatus;
  embargoUntil: string | null;
  urgency: number | null;
  updatedAt: string;
  toll: { text: string; changedAt: string | null } | null;
  /** Why the brief is listed: its urgency (urgent = 1 or 2) and its latest activity (server/src/domain/brief/breaking-rank.ts). */
  reason: BreakingReason;
}
export interface BreakingReason {
  urgency: number;
  urgent: boolean;
  latest: { kind: 'edited' | 'toll_revised' | 'published' | 'killed' | 'withheld' | 'released' | 'corrected'; at: string };
}
export interface BreakingResponse {
  data: BreakingItem[];
}

/** GET / PUT /newsroom/settings */
export interface SettingsResponse {
  data: NewsroomSettings;
}

/** POST /newsroom/settings/setup-roles */
export interface SetupRolesResponse {
  data: { deskChiefCreated: boolean; granted: Record<string, number> };
}

/** POST /newsroom/settings/grant-public-read */
export interface GrantPublicReadResponse {
  data: { actions: string[]; granted: string[] };
}

/** GET /admin/api-tokens (only what the settings page shows). */
export interface ApiTokenSummary {
  id: number;
  name: string;
  type: string;
  description?: string | null;
}

export type EditorialStatus = 'usable' | 'withheld' | 'killed';
export type EditorialAction = 'kill' | 'withhold' | 'release';

/** POST /newsroom/briefs/:documentId/{kill,withhold,release} */
export interface EditorialActionResponse {
  data: { documentId: string; editorialStatus: EditorialStatus; changedAt: string; reason: string | null };
}

/** GET /newsroom/credit/known-agencies: the agencies the server's credit parser recognises. */
export interface KnownAgenciesResponse {
  data: string[];
}

/** GET /i18n/locales (only what the widgets use to pick their content locale). */
export interface ContentLocale {
  code: string;
  name?: string;
  isDefault?: boolean;
}

/** A partner webhook endpoint as the admin API shows it: never its secret. */
export interface WebhookEndpoint {
  id: number;
  name: string;
  url: string;
  /** Empty = every event type. */
  events: FeedEventType[];
  /** Receives embargoed briefs early, like an entitled API token. */
  entitled: boolean;
  enabled: boolean;
  createdAt?: string;
  updatedAt?: string;
}

/** POST /newsroom/webhooks → 201: the only answer that carries the secret. */
export interface WebhookEndpointCreatedResponse {
  data: WebhookEndpoint & { secret: string };
}

/** POST /newsroom/webhooks/:id/rotate-secret */
export interface WebhookSecretResponse {
  data: { id: number; secret: string };
}

/** POST / PUT body; `secret` is write-only (left out = generated on create, unchanged on update). */
export interface WebhookEndpointBody {
  name?: string;
  url?: string;
  events?: FeedEventType[];
  entitled?: boolean;
  enabled?: boolean;
  secret?: string;
}

export type WebhookDeliveryStatus = 'pending' | 'delivered' | 'failed';

/** GET /newsroom/webhook-deliveries: newest 100. */
export interface WebhookDelivery {
  id: number;
  eventId: string;
  eventSeq: number;
  endpointId: number;
  status: WebhookDeliveryStatus;
  attempts: number;
  nextAttemptAt: string | null;
  lastStatus: number | null;
  lastError: string | null;
  deliveredAt: string | null;
  createdAt: string;
  /** When the partner was last tried (null before the first attempt). */
  lastAttemptAt: string | null;
  /** The event it carries (null when the event has been purged). */
  eventType: string | null;
  documentId: string | null;
  locale: string | null;
  slug: string | null;
}
