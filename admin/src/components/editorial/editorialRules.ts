import type { EditorialAction, EditorialStatus } from '../../types';

/** Which actions a brief's editorial status allows (the server enforces the same rules). Kill is final. */
export const EDITORIAL_RULES: Record<EditorialAction, { from: EditorialStatus[]; needsReason: boolean }> = {
  kill: { from: ['usable', 'withheld'], needsReason: true },
  withhold: { from: ['usable'], needsReason: true },
  release: { from: ['withheld'], needsReason: false },
};

export const isEditorialStatus = (value: unknown): value is EditorialStatus =>
  value === 'usable' || value === 'withheld' || value === 'killed';
