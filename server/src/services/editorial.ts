import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { EditorialStatus } from '../domain/contract';
import { editorialActionBodySchema } from '../domain/brief/editorial-action-body';
import { EDITORIAL_TRANSITIONS, type EditorialAction } from '../domain/brief/editorial-rules';
import { conflict, validateInput } from '../http-errors';
import { lockBriefDocument } from '../data/document-lock';
import { documentStatusOf } from '../domain/brief/visibility';
import { BRIEF_UID } from '../uids';
import { audienceOf } from './feed-events';
import type { WriteAccess } from './brief-access';
import { getService } from './get-service';

/**
 * Kill, withhold and release: a compare-and-set on every row of the document (all locales, published and draft, so
 * a later publish cannot undo them), under the document's lock and in the transaction that writes the events.
 * Of two concurrent actions the second sees the first's result: it applies only if the status still allows it,
 * else it answers 409 naming the current status and writes nothing.
 */
const editorial = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** `access`: the admin user's Content Manager conditions (absent for the plugin's own callers, e.g. the seed). */
  async apply(action: EditorialAction, documentId: string, body: unknown, access?: WriteAccess) {
    const transition = EDITORIAL_TRANSITIONS[action];
    const { reason } = validateInput(editorialActionBodySchema(transition.needsReason), body);
    if (access) await getService(strapi, 'briefAccess').requireWritable(documentId, access);
    return strapi.db.transaction(async () => {
      await lockBriefDocument(strapi, documentId);
      const rows = (await strapi.db.query(BRIEF_UID).findMany({
        select: ['locale', 'slug', 'editorialStatus', 'embargoUntil', 'publishedAt', 'firstPublishedAt'],
        where: { documentId },
      })) as { locale: string; slug: string; editorialStatus: EditorialStatus; embargoUntil: string | null; publishedAt: string | null; firstPublishedAt: string | null }[];
      const current = documentStatusOf(rows);
      if (!current) throw new errors.NotFoundError('Brief not found');
      if (!transition.from.includes(current)) {
        throw conflict(`A ${current} brief cannot be ${action === 'release' ? 'released' : transition.to}`, { currentStatus: current });
      }
      const live = rows.filter((row) => row.publishedAt !== null);
      // A brief unpublished after partners had it may still be killed: they get its tombstone.
      const told = live.length > 0 || action !== 'kill' ? live : rows.filter((row) => row.firstPublishedAt !== null && row.publishedAt === null);
      if (told.length === 0) {
        throw new errors.ApplicationError(`Only a published brief can be ${transition.to}; unpublished drafts are edited or deleted instead`, { currentStatus: current });
      }
      const changedAt = new Date();
      const { count } = await strapi.db.query(BRIEF_UID).updateMany({
        where: { documentId, editorialStatus: { $in: transition.from } },
        data: { editorialStatus: transition.to, statusChangedAt: changedAt, updatedAt: changedAt, killReason: action === 'release' ? null : reason },
      });
      if (count === 0) throw conflict('The brief\'s status changed while this action ran', { currentStatus: current });
      await getService(strapi, 'feedEvents').record(
        told.map((row) => ({ type: transition.event, documentId, locale: row.locale, slug: row.slug, audience: audienceOf(row, changedAt), details: { reason } })),
      );
      return { documentId, editorialStatus: transition.to, changedAt: changedAt.toISOString(), reason };
    });
  },
});

export default editorial;
