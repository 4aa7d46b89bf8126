import { EDITORIAL_STATUSES, type EditorialStatus, type FeedEventType } from '../contract';

/** Kill, withhold and release: the editorial actions on a live brief. */
export type EditorialAction = 'kill' | 'withhold' | 'release';
export const EDITORIAL_ACTIONS: readonly EditorialAction[] = ['kill', 'withhold', 'release'];

export interface EditorialTransition {
  /** The statuses the action applies to. */
  from: readonly EditorialStatus[];
  to: EditorialStatus;
  needsReason: boolean;
  /** The feed event it records. */
  event: Extract<FeedEventType, 'brief.killed' | 'brief.withheld' | 'brief.released'>;
}

/**
 * Which action is allowed from which editorial status, for the server (which enforces it) and the admin (which offers
 * only the allowed actions). Kill is final; withhold and release toggle a live brief.
 */
export const EDITORIAL_TRANSITIONS: Readonly<Record<EditorialAction, EditorialTransition>> = {
  kill: { from: ['usable', 'withheld'], to: 'killed', needsReason: true, event: 'brief.killed' },
  withhold: { from: ['usable'], to: 'withheld', needsReason: true, event: 'brief.withheld' },
  release: { from: ['withheld'], to: 'usable', needsReason: false, event: 'brief.released' },
};

export const isEditorialAllowed = (action: EditorialAction, status: EditorialStatus): boolean => EDITORIAL_TRANSITIONS[action].from.includes(status);

export const isEditorialStatus = (value: unknown): value is EditorialStatus => (EDITORIAL_STATUSES as readonly unknown[]).includes(value);
