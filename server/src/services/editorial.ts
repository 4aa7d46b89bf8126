import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { EditorialStatus } from '../domain/contract';
import { validationFailed } from '../http-errors';
import { BRIEF_UID } from '../uids';
import { audienceOf } from './feed-events';
import { getService } from '.';

export type EditorialAction = 'kill' | 'withhold' | 'release';

interface Transition {
  from: EditorialStatus[];
  to: EditorialStatus;
  needsReason: boolean;
  event: 'brief.killed' | 'brief.withheld' | 'brief.released';
}

/** Kill is final; withhold and release toggle a live brief. */
const TRANSITIONS: Record<EditorialAction, Transition> = {
  kill: { from: ['usable', 'withheld'], to: 'killed', needsReason: true, event: 'brief.killed' },
  withhold: { from: ['usable'], to: 'withheld', needsReason: true, event: 'brief.withheld' },
  release: { from: ['withheld'], to: 'usable', needsReason: false, event: 'brief.released' },
};

const readReason = (body: unknown, needsReason: boolean): string | null => {
  const reason = typeof body === 'object' && body !== null ? (body as { reason?: unknown }).reason : undefined;
  if (reason !== undefined && reason !== null && typeof reason !== 'string') throw validationFailed([{ path: ['reason'], message: 'reason must be text' }]);
  const trimmed = typeof reason === 'string' ? reason.trim() : '';
  if (needsReason && !trimmed) throw validationFailed([{ path: ['reason'], message: 'reason is required: partners see it' }]);
  if (trimmed.length > 1000) throw validationFailed([{ path: ['reason'], message: 'reason must be at most 1000 characters' }]);
  return trimmed || null;
};

/**
 * Kill, withhold and release: they change every row of the document (all locales, published and draft, so a later
 * publish cannot undo them) in one statement, and emit their event.
 */
const editorial = ({ strapi }: { strapi: Core.Strapi }) => ({
  async apply(action: EditorialAction, documentId: string, body: unknown) {
    const transition = TRANSITIONS[action];
    const reason = readReason(body, transition.needsReason);
    const live = (await strapi.db.query(BRIEF_UID).findMany({
      select: ['locale', 'slug', 'editorialStatus', 'embargoUntil'],
      where: { documentId, publishedAt: { $notNull: true } },
    })) as { locale: string; slug: string; editorialStatus: EditorialStatus; embargoUntil: string | null }[];
    if (live.length === 0) {
      const exists = await strapi.db.query(BRIEF_UID).findOne({ select: ['id'], where: { documentId } });
      if (!exists) throw new errors.NotFoundError('Brief not found');
      throw new errors.ApplicationError(`Only a published brief can be ${transition.to}; unpublished drafts are edited or deleted instead`);
    }
    const current = live[0].editorialStatus;
    if (!transition.from.includes(current)) {
      throw new errors.ApplicationError(`A ${current} brief cannot be ${action === 'release' ? 'released' : transition.to}`, { editorialStatus: current });
    }
    const changedAt = new Date();
    await strapi.db.transaction(async () => {
      await strapi.db.query(BRIEF_UID).updateMany({
        where: { documentId },
        data: { editorialStatus: transition.to, statusChangedAt: changedAt, updatedAt: changedAt, killReason: action === 'release' ? null : reason },
      });
      await getService(strapi, 'feedEvents').record(
        live.map((row) => ({ type: transition.event, documentId, locale: row.locale, slug: row.slug, audience: audienceOf(row, changedAt), details: { reason } })),
      );
    });
    return { documentId, editorialStatus: transition.to, changedAt: changedAt.toISOString(), reason };
  },

  kill(documentId: string, reason: string) {
    return this.apply('kill', documentId, { reason });
  },
});

export default editorial;
