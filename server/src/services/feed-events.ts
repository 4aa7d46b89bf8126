import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import type { FeedEventType } from '../domain/contract';
import { isUnderEmbargo } from '../domain/brief/visibility';
import { FEED_COUNTER_UID, FEED_EVENT_UID } from '../uids';
import { FEED_COUNTER, LIST_COUNTER, raiseCounter, readCounter, type CounterName } from '../data/feed-counter';
import { getService } from './get-service';

/** Who may see an event: everyone, only partners entitled to embargoed copy, or only the others (embargo lifted). */
export type FeedAudience = 'all' | 'entitled' | 'public';

export interface EventToRecord {
  type: FeedEventType;
  documentId: string;
  locale: string;
  slug: string | null;
  audience: FeedAudience;
  /** Makes the event once-only (e.g. the embargo release of one brief): a second insert is a no-op. */
  dedupeKey?: string;
  /** Extra data for Strapi event-hub listeners (e.g. the toll revision); not stored. */
  details?: Record<string, unknown>;
}

export interface RecordedEvent extends EventToRecord {
  eventId: string;
  seq: number;
  occurredAt: string;
  ninjsVersion: number;
}

/** Events of a live brief go to everyone, or only to entitled partners while it is under embargo. */
export const audienceOf = (brief: { embargoUntil: string | Date | null }, now: Date): FeedAudience =>
  isUnderEmbargo(brief, now) ? 'entitled' : 'all';

/**
 * Writes feed events inside the caller's transaction. Their `seq` comes from a counter row incremented in that
 * same transaction: the row lock makes concurrent writers commit in seq order, so a reader paging by seq never
 * skips an event that commits late (a database sequence would hand out numbers at insert, not at commit).
 */
const feedEvents = ({ strapi }: { strapi: Core.Strapi }) => {
  const ensureRow = async (name: CounterName) => {
    const exists = await strapi.db.query(FEED_COUNTER_UID).findOne({ where: { name } });
    if (exists) return;
    try {
      await strapi.db.query(FEED_COUNTER_UID).create({ data: { name, value: 0 } });
    } catch (error) {
      // Another instance created it at the same moment: the unique name makes that harmless.
      if (!(await strapi.db.query(FEED_COUNTER_UID).findOne({ where: { name } }))) throw error;
    }
  };

  return {
    /** The feed counter and the list counter rows (at bootstrap, before any write raises them). */
    async ensureCounter() {
      await ensureRow(FEED_COUNTER);
      await ensureRow(LIST_COUNTER);
    },

    /** Raises the counters without an event: a change that alters public output but is not a brief event (tag, media, settings). */
    async bumpVersion() {
      await strapi.db.transaction(async ({ trx }) => {
        await raiseCounter(strapi, FEED_COUNTER, 1, trx);
        await raiseCounter(strapi, LIST_COUNTER, 1, trx);
      });
    },

    /**
     * The version list totals are remembered for: raised by every public change but toll revisions (the feed
     * counter's value if the list counter row is missing, which would otherwise never move).
     */
    async listVersion(): Promise<number> {
      return (await readCounter(strapi, LIST_COUNTER)) ?? (await readCounter(strapi, FEED_COUNTER)) ?? 0;
    },

    async record(events: EventToRecord[]): Promise<RecordedEvent[]> {
      if (events.length === 0) return [];
      return strapi.db.transaction(async ({ trx, onCommit }) => {
        await raiseCounter(strapi, FEED_COUNTER, events.length, trx);
        // A toll revision changes no list's briefs: their totals stay remembered through breaking news.
        if (events.some((event) => event.type !== 'toll.updated')) await raiseCounter(strapi, LIST_COUNTER, 1, trx);
        const counter = await readCounter(strapi, FEED_COUNTER, trx);
        if (counter === undefined) throw new Error('newsroom feed counter row is missing');
        const firstSeq = counter - events.length + 1;
        const occurredAt = new Date();
        const recorded: RecordedEvent[] = [];
        const lastVersions = new Map<string, number>();
        for (const [index, event] of events.entries()) {
          const key = `${event.documentId}:${event.locale}`;
          if (event.dedupeKey && (await strapi.db.query(FEED_EVENT_UID).findOne({ select: ['id'], where: { dedupeKey: event.dedupeKey } }))) continue;
          if (!lastVersions.has(key)) {
            const last = (await strapi.db.query(FEED_EVENT_UID).findOne({
              select: ['ninjsVersion'],
              where: { briefDocumentId: event.documentId, locale: event.locale },
              orderBy: { seq: 'desc' },
            })) as { ninjsVersion: number } | null;
            lastVersions.set(key, last?.ninjsVersion ?? 0);
          }
          const ninjsVersion = (lastVersions.get(key) ?? 0) + 1;
          lastVersions.set(key, ninjsVersion);
          const row: RecordedEvent = { ...event, eventId: crypto.randomUUID(), seq: firstSeq + index, occurredAt: occurredAt.toISOString(), ninjsVersion };
          await strapi.db.query(FEED_EVENT_UID).create({
            data: {
              eventId: row.eventId,
              seq: row.seq,
              type: row.type,
              briefDocumentId: row.documentId,
              locale: row.locale,
              slug: row.slug,
              occurredAt,
              audience: row.audience,
              ninjsVersion,
              dedupeKey: row.dedupeKey ?? null,
            },
          });
          recorded.push(row);
        }
        await getService(strapi, 'webhookDispatcher').enqueue(recorded);
        onCommit(() => {
          for (const event of recorded) {
            strapi.eventHub.emit(`newsroom.${event.type}`, {
              id: event.eventId,
              type: event.type,
              occurredAt: event.occurredAt,
              documentId: event.documentId,
              locale: event.locale,
              slug: event.slug,
              ...event.details,
            });
          }
          getService(strapi, 'webhookDispatcher').wake();
        });
        return recorded;
      });
    },
  };
};

export default feedEvents;
