import type { Core } from '@strapi/strapi';
import { WEBHOOK_DELIVERY_UID } from '../uids';
import { purgeFeedEventsBefore } from '../data/feed-events';
import { createBackgroundJob } from './background-job';

const DAY_MS = 86_400_000;
const PURGE_EVERY_MS = 3_600_000;

/**
 * Keeps feed and outbox rows for `retentionDays`. The newest event of each brief locale is always kept, since the
 * ninjs version counter continues from it. Partners must poll within the retention window.
 */
const retention = ({ strapi }: { strapi: Core.Strapi }) => {
  const retentionDays = () => strapi.config.get<number>('plugin::newsroom.retentionDays', 30);

  const purge = async (now = new Date()) => {
    const cutoff = new Date(now.getTime() - retentionDays() * DAY_MS);
    const deliveries = await strapi.db.query(WEBHOOK_DELIVERY_UID).deleteMany({ where: { status: { $in: ['delivered', 'failed'] }, createdAt: { $lt: cutoff } } });
    const events = await purgeFeedEventsBefore(strapi, cutoff);
    return { deliveries: deliveries.count, events };
  };

  const job = createBackgroundJob(strapi.log, 'retention', () => purge());
  return { purge, start: () => job.start(PURGE_EVERY_MS), stop: job.stop };
};

export default retention;
