import type { Core } from '@strapi/strapi';
import { BRIEF_UID, FEED_EVENT_UID } from '../uids';
import { lockBriefDocument } from '../data/document-lock';
import { createBackgroundJob } from './background-job';
import { getService } from './get-service';

/** How far back the job looks for embargoes that passed (a stopped cluster catches up within this window). */
const LOOKBACK_MS = 7 * 24 * 3_600_000;

/**
 * When an embargo passes, everyone else gets the brief's `brief.published` event. Every instance may run this:
 * the event's dedupe key (brief, locale, embargo time) makes the second insert a no-op.
 */
const embargo = ({ strapi }: { strapi: Core.Strapi }) => {
  const releaseDue = async (now = new Date()): Promise<number> => {
    const due = (await strapi.db.query(BRIEF_UID).findMany({
      select: ['documentId', 'locale', 'slug', 'embargoUntil'],
      where: {
        publishedAt: { $notNull: true },
        editorialStatus: 'usable',
        embargoUntil: { $notNull: true, $lte: now, $gt: new Date(now.getTime() - LOOKBACK_MS) },
      },
    })) as { documentId: string; locale: string; slug: string; embargoUntil: string }[];
    if (due.length === 0) return 0;
    const keyOf = (row: (typeof due)[number]) => `embargo:${row.documentId}:${row.locale}:${new Date(row.embargoUntil).toISOString()}`;
    const done = (await strapi.db.query(FEED_EVENT_UID).findMany({ select: ['dedupeKey'], where: { dedupeKey: { $in: due.map(keyOf) } } })) as { dedupeKey: string }[];
    const doneKeys = new Set(done.map((row) => row.dedupeKey));
    let released = 0;
    for (const row of due.filter((candidate) => !doneKeys.has(keyOf(candidate)))) {
      try {
        released += await strapi.db.transaction(async () => {
          // A kill, withhold, unpublish or new embargo between the select above and now must win: recheck under the lock.
          await lockBriefDocument(strapi, row.documentId);
          const still = await strapi.db.query(BRIEF_UID).findOne({
            select: ['id'],
            where: { documentId: row.documentId, locale: row.locale, publishedAt: { $notNull: true }, editorialStatus: 'usable', embargoUntil: new Date(row.embargoUntil) },
          });
          if (!still) return 0;
          const recorded = await getService(strapi, 'feedEvents').record([
            { type: 'brief.published', documentId: row.documentId, locale: row.locale, slug: row.slug, audience: 'public', dedupeKey: keyOf(row) },
          ]);
          return recorded.length;
        });
      } catch (error) {
        // Another instance released it first (unique dedupe key): nothing to do.
        if (!(await strapi.db.query(FEED_EVENT_UID).findOne({ select: ['id'], where: { dedupeKey: keyOf(row) } }))) throw error;
      }
    }
    return released;
  };

  const job = createBackgroundJob(strapi.log, 'embargo release', () => releaseDue());
  return { releaseDue, start: job.start, stop: job.stop };
};

export default embargo;
