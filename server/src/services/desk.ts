import type { Core } from '@strapi/strapi';
import { buildToll, EMPTY_TOLL_STATE, findNewerHigherFigures, findPrimaryRevision, findStaleTolls, type TollStateData } from '../domain/toll';
import { type BreakingActivity, type BreakingActivityKind, DEFAULT_URGENCY, URGENT_MAX, rankBreaking } from '../domain/brief/breaking-rank';
import { BRIEF_UID, FEED_EVENT_UID, TOLL_STATE_UID } from '../uids';
import { type ReadFilter, withReadFilter } from './brief-access';
import { getService } from './get-service';
import type { DeskStatus } from '../contracts/desk-widgets';

interface DeskBriefRow {
  documentId: string;
  locale: string;
  headline: string | null;
  summary?: string | null;
  urgency: number | null;
  editorialStatus: 'usable' | 'withheld' | 'killed';
  embargoUntil: string | null;
  updatedAt: string;
  publishedAt: string | null;
}

interface TollStateRow {
  briefDocumentId: string;
  version: number;
  state: TollStateData | null;
  changedAt: string | null;
}

interface FeedEventRow {
  briefDocumentId: string;
  type: keyof typeof EVENT_ACTIVITY;
  occurredAt: string;
}

/** The feed events that count as a brief's activity in "Breaking briefs" (toll revisions come from the toll state). */
const EVENT_ACTIVITY = {
  'brief.published': 'published',
  'brief.killed': 'killed',
  'brief.withheld': 'withheld',
  'brief.released': 'released',
  'brief.corrected': 'corrected',
} as const satisfies Record<string, BreakingActivityKind>;

const WIDGET_SIZE = 10;
/** How many recently changed tolls the may-rise widget looks at. */
const RECENT_TOLLS = 200;

/** Data for the editors' homepage widgets: tolls that may rise, breaking briefs. */
const desk = ({ strapi }: { strapi: Core.Strapi }) => {
  const briefs = () => strapi.db.query(BRIEF_UID);

  /** The draft row of each document in the preferred locale (or any locale when it has none there), among those the user may read. */
  const draftRows = async (documentIds: string[], locale: string, readFilter: ReadFilter): Promise<Map<string, DeskBriefRow>> => {
    const rows = (await briefs().findMany({
      select: ['documentId', 'locale', 'headline', 'urgency', 'editorialStatus', 'embargoUntil', 'updatedAt', 'publishedAt'],
      where: { documentId: { $in: documentIds }, publishedAt: null, ...withReadFilter(readFilter) },
    })) as DeskBriefRow[];
    const byDocument = new Map<string, DeskBriefRow>();
    for (const row of rows) {
      if (!byDocument.has(row.documentId) || row.locale === locale) byDocument.set(row.documentId, row);
    }
    return byDocument;
  };

  /**
   * The briefs that may make the breaking list: the latest edited, the urgent ones (1–2) edited lately, the latest
   * toll revisions and the latest publish / kill / withhold / release / correction events, among those the user may read.
   */
  const breakingCandidates = async (readFilter: ReadFilter): Promise<string[]> => {
    const [edited, urgent, tolls, events] = await Promise.all([
      briefs().findMany({
        select: ['documentId'],
        where: { publishedAt: null, ...withReadFilter(readFilter) },
        orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
        limit: WIDGET_SIZE * 3,
      }) as Promise<{ documentId: string }[]>,
      briefs().findMany({
        select: ['documentId'],
        where: { publishedAt: null, urgency: { $lte: URGENT_MAX }, ...withReadFilter(readFilter) },
        orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
        limit: WIDGET_SIZE * 2,
      }) as Promise<{ documentId: string }[]>,
      strapi.db.query(TOLL_STATE_UID).findMany({
        select: ['briefDocumentId'],
        where: { version: { $gt: 0 } },
        orderBy: { changedAt: 'desc' },
        limit: WIDGET_SIZE * 2,
      }) as Promise<{ briefDocumentId: string }[]>,
      strapi.db.query(FEED_EVENT_UID).findMany({
        select: ['briefDocumentId'],
        where: { type: { $in: Object.keys(EVENT_ACTIVITY) } },
        orderBy: { seq: 'desc' },
        limit: WIDGET_SIZE * 4,
      }) as Promise<{ briefDocumentId: string }[]>,
    ]);
    // The read filter applies to the toll and event candidates when their draft rows are read (draftRows).
    return [...new Set([...edited, ...urgent].map((row) => row.documentId).concat([...tolls, ...events].map((row) => row.briefDocumentId)))];
  };

  const statusOf = (draft: DeskBriefRow, published: DeskBriefRow | undefined, now: Date): DeskStatus => {
    if (draft.editorialStatus === 'killed') return 'killed';
    if (!published) return 'draft';
    if (published.editorialStatus === 'withheld') return 'withheld';
    if (published.embargoUntil && new Date(published.embargoUntil).getTime() > now.getTime()) return 'embargoed';
    return new Date(draft.updatedAt).getTime() > new Date(published.updatedAt).getTime() + 1000 ? 'modified' : 'published';
  };

  /** Briefs in the admin's content locale (`?locale=`), falling back to another locale where one is missing. */
  const widgetLocale = (localeParam: string | null) => getService(strapi, 'locales').resolve(localeParam);

  return {
    /**
     * Tolls to watch, newest change first: briefs whose primary toll may rise (`stale` after staleAfterMinutes) and
     * briefs whose primary is outdated by a newer, higher figure of another source (`newerFigures`, the reason).
     */
    async mayRise(localeParam: string | null, readFilter: ReadFilter) {
      const locale = await widgetLocale(localeParam);
      const { staleAfterMinutes } = await getService(strapi, 'settings').get();
      const states = (await strapi.db.query(TOLL_STATE_UID).findMany({
        select: ['briefDocumentId', 'version', 'state', 'changedAt'],
        where: { version: { $gt: 0 } },
        orderBy: { changedAt: 'desc' },
        limit: RECENT_TOLLS,
      })) as TollStateRow[];
      const newerFigures = new Map(states.map((row) => [row.briefDocumentId, findNewerHigherFigures(row.state ?? EMPTY_TOLL_STATE)]));
      const rising = states.filter(
        (row) => findPrimaryRevision(row.state ?? EMPTY_TOLL_STATE)?.mayRise || (newerFigures.get(row.briefDocumentId) ?? []).length > 0,
      );
      const rows = await draftRows(rising.map((row) => row.briefDocumentId), locale, readFilter);
      const now = new Date();
      const staleIds = new Set(
        findStaleTolls(rising.map((row) => ({ brief: row.briefDocumentId, state: row.state ?? EMPTY_TOLL_STATE, lastChangedAt: row.changedAt })), now, staleAfterMinutes).map(
          (stale) => stale.brief,
        ),
      );
      const data = rising.flatMap((row) => {
        const brief = rows.get(row.briefDocumentId);
        const toll = buildToll(row.state ?? EMPTY_TOLL_STATE, row.version, brief?.locale ?? locale);
        if (!brief || !toll) return [];
        return [{
          documentId: row.briefDocumentId,
          locale: brief.locale,
          headline: brief.headline ?? '',
          text: toll.text,
          source: toll.primarySource,
          asOf: toll.asOf,
          changedAt: row.changedAt ? new Date(row.changedAt).toISOString() : null,
          stale: staleIds.has(row.briefDocumentId),
          mayRise: toll.mayRise,
          newerFigures: newerFigures.get(row.briefDocumentId) ?? [],
          version: row.version,
        }];
      });
      return { data: data.slice(0, WIDGET_SIZE * 2), meta: { staleAfterMinutes } };
    },

    /**
     * Briefs on the desk, most urgent first, then latest activity (an edit, a toll revision, a publish, kill,
     * withhold, release or correction), each with its desk status, last toll change and `reason` (why it is there).
     */
    async breaking(localeParam: string | null, readFilter: ReadFilter) {
      const locale = await widgetLocale(localeParam);
      const documentIds = await breakingCandidates(readFilter);
      if (documentIds.length === 0) return { data: [] };
      const [drafts, published, states, events] = await Promise.all([
        draftRows(documentIds, locale, readFilter),
        briefs().findMany({
          select: ['documentId', 'locale', 'editorialStatus', 'embargoUntil', 'updatedAt', 'publishedAt'],
          where: { documentId: { $in: documentIds }, publishedAt: { $notNull: true } },
        }) as Promise<DeskBriefRow[]>,
        strapi.db.query(TOLL_STATE_UID).findMany({ select: ['briefDocumentId', 'version', 'state', 'changedAt'], where: { briefDocumentId: { $in: documentIds } } }) as Promise<TollStateRow[]>,
        strapi.db.query(FEED_EVENT_UID).findMany({
          select: ['briefDocumentId', 'type', 'occurredAt'],
          where: { briefDocumentId: { $in: documentIds }, type: { $in: Object.keys(EVENT_ACTIVITY) } },
          orderBy: { seq: 'desc' },
          limit: documentIds.length * 8,
        }) as Promise<FeedEventRow[]>,
      ]);
      const now = new Date();
      const candidates = documentIds.flatMap((documentId) => {
        const draft = drafts.get(documentId);
        if (!draft) return [];
        const live = published.find((row) => row.documentId === documentId && row.locale === draft.locale) ?? published.find((row) => row.documentId === documentId);
        const state = states.find((row) => row.briefDocumentId === documentId);
        const toll = state ? buildToll(state.state ?? EMPTY_TOLL_STATE, state.version, draft.locale) : null;
        const tollChangedAt = state?.changedAt ? new Date(state.changedAt).toISOString() : null;
        const activities: BreakingActivity[] = [
          { kind: 'edited', at: new Date(draft.updatedAt).toISOString() },
          ...(toll && tollChangedAt ? [{ kind: 'toll_revised' as const, at: tollChangedAt }] : []),
          ...events
            .filter((event) => event.briefDocumentId === documentId)
            .map((event) => ({ kind: EVENT_ACTIVITY[event.type], at: new Date(event.occurredAt).toISOString() })),
        ];
        return [{
          documentId,
          locale: draft.locale,
          headline: draft.headline ?? '',
          status: statusOf(draft, live, now),
          embargoUntil: draft.embargoUntil ? new Date(draft.embargoUntil).toISOString() : null,
          urgency: draft.urgency ?? DEFAULT_URGENCY,
          updatedAt: new Date(draft.updatedAt).toISOString(),
          toll: toll ? { text: toll.text, changedAt: tollChangedAt } : null,
          activities,
        }];
      });
      return { data: rankBreaking(candidates, WIDGET_SIZE).map(({ activities: _activities, ...item }) => item) };
    },
  };
};

export default desk;
