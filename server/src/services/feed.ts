import type { Core } from '@strapi/strapi';
import type { FeedEvent } from '../domain/contract';
import { encodeCursor } from '../domain/feed/cursor';
import type { FeedQuery } from '../domain/feed/feed-query';
import { feedEventsAfter, type FeedEventRow } from '../data/feed-events';
import type { ReadCaller } from './public-briefs';
import type { NinjsCounter } from './ninjs';
import { ALL_BRIEF_RELATIONS, type BriefRelations } from '../domain/brief/read-relations';
import { getService } from './get-service';
import { documentLocaleKey } from '../domain/brief/document-locale-key';

/**
 * The changes feed partners poll: events after a cursor, in commit order (keyset on seq, never OFFSET),
 * each with the brief as it is now for this caller.
 */
const feed = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** `relations`: what each event's brief computes (GraphQL asks only for what it selects). */
  async page(query: FeedQuery, caller: ReadCaller, relations: BriefRelations = ALL_BRIEF_RELATIONS): Promise<{ data: FeedEvent[]; meta: { next: string; hasMore: boolean } }> {
    const audiences = caller.entitledToEmbargoed ? ['all', 'entitled'] : ['all', 'public'];
    const rows = await feedEventsAfter(strapi, { afterSeq: query.afterSeq, audiences, locale: query.locale, limit: query.limit + 1 });
    const hasMore = rows.length > query.limit;
    const page = rows.slice(0, query.limit);
    const next = page.length > 0 ? encodeCursor(page[page.length - 1].seq) : (query.cursor ?? encodeCursor(0));
    return { data: await this.render(page, query.format, caller, relations), meta: { next, hasMore } };
  },

  /** Events in the contract's shape; the brief (and ninjs) as they are now, for this caller. */
  async render(rows: FeedEventRow[], format: 'json' | 'ninjs', caller: ReadCaller, relations: BriefRelations = ALL_BRIEF_RELATIONS): Promise<FeedEvent[]> {
    const pairs = rows.map((row) => ({ documentId: row.briefDocumentId, locale: row.locale }));
    const [snapshots, versions, { defaultNinjsVersion }, tollCorrections, textCorrections] = await Promise.all([
      getService(strapi, 'publicBriefs').snapshots(pairs, caller, relations),
      format === 'ninjs' ? getService(strapi, 'ninjs').versions(pairs) : Promise.resolve(new Map<string, NinjsCounter>()),
      getService(strapi, 'settings').get(),
      getService(strapi, 'tolls').eventCorrections(rows),
      getService(strapi, 'briefCorrections').byEventIds(rows.filter((row) => row.type === 'brief.corrected').map((row) => row.eventId)),
    ]);
    const events: FeedEvent[] = [];
    for (const row of rows) {
      const key = documentLocaleKey(row.briefDocumentId, row.locale);
      const snapshot = snapshots.get(key);
      const event: FeedEvent = {
        id: row.eventId,
        type: row.type,
        occurredAt: row.occurredAt,
        documentId: row.briefDocumentId,
        locale: row.locale,
        slug: row.slug ?? '',
        brief: snapshot?.state === 'public' && row.type !== 'brief.killed' ? snapshot.brief : null,
      };
      // What a toll correction replaced, only while the brief is public to this caller.
      const tollCorrection = event.brief ? tollCorrections.get(row.eventId) : undefined;
      if (tollCorrection) event.correction = tollCorrection;
      const textCorrection = event.brief ? textCorrections.get(row.eventId) : undefined;
      if (textCorrection) event.correction = textCorrection;
      if (format === 'ninjs' && snapshot) {
        event.ninjs = await getService(strapi, 'ninjs').render(snapshot, { version: defaultNinjsVersion, profile: null }, caller, versions.get(key)?.version ?? 1, versions.get(key)?.lastEventType);
      }
      events.push(event);
    }
    return events;
  },
});

export default feed;
