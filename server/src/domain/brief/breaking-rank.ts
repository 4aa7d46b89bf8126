/**
 * The order of the "Breaking briefs" widget: most urgent first (urgency 1 before 4), then the brief with the latest
 * activity — an edit, a toll revision, or a publish / kill / withhold / release / correction — and why each is there.
 */

/** What happened to a brief last, as the widget says it ("Toll revised 4 min ago", "Published 10 min ago"). */
export type BreakingActivityKind = 'edited' | 'toll_revised' | 'published' | 'killed' | 'withheld' | 'released' | 'corrected';

export interface BreakingActivity {
  kind: BreakingActivityKind;
  /** ISO 8601. */
  at: string;
}

/** Why a brief is in the widget: its urgency when it is a flash or urgent brief (1–2), and its latest activity. */
export interface BreakingReason {
  urgency: number;
  /** True for urgency 1 or 2: the urgency is what put the brief at the top. */
  urgent: boolean;
  latest: BreakingActivity;
}

/** Urgency 1 and 2 are the flashes and urgent briefs an agency desk treats first. */
export const URGENT_MAX = 2;
/** A brief without an urgency counts as the schema's default. */
export const DEFAULT_URGENCY = 4;

export interface BreakingCandidate {
  documentId: string;
  urgency: number | null;
  activities: BreakingActivity[];
}

/** Same time: the more telling activity wins (a kill says more than the edit that came with it). */
const KIND_WEIGHT: Record<BreakingActivityKind, number> = {
  killed: 6,
  withheld: 5,
  toll_revised: 4,
  corrected: 3,
  released: 2,
  published: 1,
  edited: 0,
};

/** A publish, kill or toll revision also touches the brief's row: an edit that close to it is that same act. */
export const SAME_ACT_MS = 5_000;

const time = (activity: BreakingActivity) => Date.parse(activity.at);

/** Is `activity` later than `latest` (a bare edit just after a more telling act does not count as later)? */
const supersedes = (activity: BreakingActivity, latest: BreakingActivity) => {
  const gap = time(activity) - time(latest);
  if (activity.kind === 'edited' && latest.kind !== 'edited' && gap <= SAME_ACT_MS) return false;
  if (latest.kind === 'edited' && activity.kind !== 'edited' && -gap <= SAME_ACT_MS) return true;
  return gap > 0 || (gap === 0 && KIND_WEIGHT[activity.kind] > KIND_WEIGHT[latest.kind]);
};

/** The latest activity of a brief (null without any). */
export function latestActivity(activities: BreakingActivity[]): BreakingActivity | null {
  return activities.reduce<BreakingActivity | null>((latest, activity) => {
    if (Number.isNaN(time(activity))) return latest;
    return latest === null || supersedes(activity, latest) ? activity : latest;
  }, null);
}

/** The candidates ranked, each with its reason; at most `limit`. Ties keep a stable order (documentId). */
export function rankBreaking<T extends BreakingCandidate>(candidates: T[], limit: number): (T & { reason: BreakingReason })[] {
  return candidates
    .flatMap((candidate) => {
      const latest = latestActivity(candidate.activities);
      if (latest === null) return [];
      const urgency = candidate.urgency ?? DEFAULT_URGENCY;
      return [{ ...candidate, reason: { urgency, urgent: urgency <= URGENT_MAX, latest } }];
    })
    .sort(
      (a, b) =>
        a.reason.urgency - b.reason.urgency ||
        time(b.reason.latest) - time(a.reason.latest) ||
        a.documentId.localeCompare(b.documentId),
    )
    .slice(0, limit);
}
