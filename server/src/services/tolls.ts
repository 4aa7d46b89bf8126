import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Toll, TollChangeKind, TollEventCorrection, TollRevision } from '../domain/contract';
import {
  EMPTY_TOLL_STATE,
  applyTollRevision,
  buildToll,
  checkTollRevisionRules,
  correctionsInHistory,
  createTollRevision,
  parseTollRevisionInput,
  renderTollText,
  type TollStateData,
} from '../domain/toll';
import { preconditionFailed, preconditionRequired, validationFailed } from '../http-errors';
import { STORAGE_LIMITS } from '../domain/validation';
import { BRIEF_UID, TOLL_REVISION_UID, TOLL_STATE_UID } from '../uids';
import { audienceOf } from './feed-events';
import { getService } from './get-service';
import type { AdminTollRevision } from '../contracts/tolls';
import type { ReadCaller } from './public-briefs';

interface TollStateRow {
  id: number;
  briefDocumentId: string;
  version: number;
  state: TollStateData | null;
  changedAt: string | null;
  changedByName: string | null;
}

interface TollRevisionRow extends Omit<TollRevision, 'asOf' | 'createdAt'> {
  asOf: string | Date;
  createdAt: string | Date;
  madeByName?: string | null;
}

export interface AdminUser {
  id: number;
  firstname?: string | null;
  lastname?: string | null;
  username?: string | null;
  email?: string | null;
}

const REVISION_COLUMNS = ['revision', 'source', 'asOf', 'counts', 'mayRise', 'mayRiseReason', 'changeKind', 'note', 'primary', 'createdAt'];

// Two name columns of 255 each do not fit one varchar(255).
const displayName = (user: AdminUser): string =>
  ([user.firstname, user.lastname].filter(Boolean).join(' ') || user.username || user.email || `user ${user.id}`).slice(0, STORAGE_LIMITS.varchar);

const toRevision = (row: TollRevisionRow): TollRevision => ({
  revision: row.revision,
  source: row.source,
  asOf: new Date(row.asOf).toISOString(),
  counts: row.counts,
  mayRise: Boolean(row.mayRise),
  mayRiseReason: row.mayRiseReason ?? null,
  changeKind: row.changeKind,
  note: row.note ?? null,
  primary: Boolean(row.primary),
  createdAt: new Date(row.createdAt).toISOString(),
});

/** `"3"`, `3` or `W/"3"` → 3; anything else is not a toll version. */
export const parseIfMatch = (header: string | undefined): number | null => {
  if (header === undefined || header.trim() === '') return null;
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(header.trim());
  if (!match) throw validationFailed([{ path: ['If-Match'], message: 'If-Match must be the toll version in quotes, e.g. "3"', code: 'toll.invalid_if_match' }]);
  return Number(match[1]);
};

const isUniqueViolation = (error: unknown): boolean => {
  const { code, message } = error as { code?: string; message?: string };
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || /UNIQUE constraint failed/i.test(message ?? '');
};

class TollVersionConflict extends Error {}

/**
 * A toll.updated event names its revision and that revision's kind of change in its dedupeKey (one event per revision
 * and locale), so the feed and webhooks can say what a correction replaced without a column of their own, and read
 * no history for a page without a correction. Events written before the kind was named (`toll:<id>:<rev>:<locale>`)
 * may be corrections: their histories are read.
 */
const tollEventKey = (documentId: string, revision: number, locale: string, changeKind: TollChangeKind) => `toll:${documentId}:${revision}:${locale}:${changeKind}`;
const TOLL_EVENT_KEY = /^toll:([^:]+):(\d+):[^:]+(?::([a-z-]+))?$/;

const eventCorrection = (revision: TollRevision, replaced: { previousSource: string; previousCounts: TollRevision['counts'] } | undefined): TollEventCorrection | undefined =>
  replaced === undefined ? undefined : { previous: { source: replaced.previousSource, counts: replaced.previousCounts }, note: revision.note };

/** Toll desk: the append-only history and the current state of each brief's toll (one for all locales). */
const tolls = ({ strapi }: { strapi: Core.Strapi }) => {
  const states = () => strapi.db.query(TOLL_STATE_UID);
  const revisions = () => strapi.db.query(TOLL_REVISION_UID);

  const readState = async (briefDocumentId: string) =>
    (await states().findOne({ where: { briefDocumentId } })) as TollStateRow | null;

  const conflict = async (briefDocumentId: string) => {
    const current = await readState(briefDocumentId);
    const version = current?.version ?? 0;
    return preconditionFailed(`The toll has changed since version you sent; current version is ${version}`, {
      currentVersion: version,
      changedAt: current?.changedAt ? new Date(current.changedAt).toISOString() : null,
      changedBy: current?.changedByName ?? null,
    });
  };

  const requireBrief = async (documentId: string) => {
    const exists = await strapi.db.query(BRIEF_UID).findOne({ select: ['id'], where: { documentId } });
    if (!exists) throw new errors.NotFoundError('Brief not found');
  };

  return {
    /** Current tolls of several briefs in one query, rendered in one locale. */
    async currentTolls(documentIds: string[], locale: string): Promise<Map<string, Toll>> {
      const tollsByDocument = new Map<string, Toll>();
      if (documentIds.length === 0) return tollsByDocument;
      const rows = (await states().findMany({
        select: ['briefDocumentId', 'version', 'state'],
        where: { briefDocumentId: { $in: [...new Set(documentIds)] } },
      })) as TollStateRow[];
      for (const row of rows) {
        const toll = buildToll(row.state ?? EMPTY_TOLL_STATE, row.version, locale);
        if (toll) tollsByDocument.set(row.briefDocumentId, toll);
      }
      return tollsByDocument;
    },

    async version(documentId: string): Promise<number> {
      return (await readState(documentId))?.version ?? 0;
    },

    /** Full history for the desk, newest first, with who made each revision. */
    async adminHistory(documentId: string, locale: string): Promise<{ revisions: AdminTollRevision[]; version: number }> {
      await requireBrief(documentId);
      const [rows, state] = await Promise.all([
        revisions().findMany({ select: [...REVISION_COLUMNS, 'madeByName'], where: { briefDocumentId: documentId }, orderBy: { revision: 'asc' } }) as Promise<TollRevisionRow[]>,
        readState(documentId),
      ]);
      // Each revision's sentence in the desk's locale; a correction names the figure it replaced (the previous
      // primary's when it is or became primary, else the same source's).
      const history = rows.map(toRevision);
      const corrections = correctionsInHistory(history);
      const withText = history.map((revision, index) => {
        const replaced = corrections.get(revision.revision);
        const text = renderTollText(revision, locale, replaced ? { previous: { counts: replaced.previousCounts } } : undefined);
        return { ...revision, text, madeBy: rows[index].madeByName ?? null };
      });
      return { revisions: withText.reverse(), version: state?.version ?? 0 };
    },

    /** Public history of a brief the caller may see (checked by the caller), oldest first, without user data. */
    async publicHistory(documentId: string): Promise<TollRevision[]> {
      const rows = (await revisions().findMany({ select: REVISION_COLUMNS, where: { briefDocumentId: documentId }, orderBy: { revision: 'asc' } })) as TollRevisionRow[];
      return rows.map(toRevision);
    },

    /** The public toll history of a public brief (REST and GraphQL), with the toll version; 404 / 410 as for the brief. */
    async publicHistoryOfBrief(slug: string, localeParam: string | null, caller: ReadCaller): Promise<{ data: TollRevision[]; meta: { version: number } }> {
      const { documentId } = await getService(strapi, 'publicBriefs').requirePublicDocument(slug, localeParam, caller);
      const [history, version] = await Promise.all([this.publicHistory(documentId), this.version(documentId)]);
      return { data: history, meta: { version } };
    },

    /** What each toll.updated event's revision corrected (events of other types, or no correction: absent). */
    async eventCorrections(rows: { eventId: string; type: string; dedupeKey: string | null }[]): Promise<Map<string, TollEventCorrection>> {
      const corrections = new Map<string, TollEventCorrection>();
      const wanted = rows.filter((row) => row.type === 'toll.updated').flatMap((row) => {
        const match = TOLL_EVENT_KEY.exec(row.dedupeKey ?? '');
        const mayBeCorrection = match && (match[3] === undefined || match[3] === 'correction');
        return mayBeCorrection ? [{ eventId: row.eventId, documentId: match[1], revision: Number(match[2]) }] : [];
      });
      if (wanted.length === 0) return corrections;
      // Most toll events are no correction: replay only the histories that hold a wanted one.
      const correctionRows = (await revisions().findMany({
        select: ['briefDocumentId', 'revision'],
        where: { briefDocumentId: { $in: [...new Set(wanted.map((item) => item.documentId))] }, changeKind: 'correction' },
      })) as { briefDocumentId: string; revision: number }[];
      const isWanted = new Set(correctionRows.map((row) => `${row.briefDocumentId}:${row.revision}`));
      const documentIds = [...new Set(wanted.filter((item) => isWanted.has(`${item.documentId}:${item.revision}`)).map((item) => item.documentId))];
      if (documentIds.length === 0) return corrections;
      const history = (await revisions().findMany({
        select: [...REVISION_COLUMNS, 'briefDocumentId'],
        where: { briefDocumentId: { $in: documentIds } },
        orderBy: { revision: 'asc' },
      })) as (TollRevisionRow & { briefDocumentId: string })[];
      for (const documentId of documentIds) {
        const own = history.filter((row) => row.briefDocumentId === documentId).map(toRevision);
        const replaced = correctionsInHistory(own);
        for (const item of wanted.filter((candidate) => candidate.documentId === documentId)) {
          const revision = own.find((candidate) => candidate.revision === item.revision);
          const correction = revision ? eventCorrection(revision, replaced.get(revision.revision)) : undefined;
          if (correction) corrections.set(item.eventId, correction);
        }
      }
      return corrections;
    },

    /**
     * Appends a revision if `ifMatch` is still the current version: the revision and the new state are written in
     * one transaction, the state with a compare-and-swap on its version, so of two concurrent appends one wins.
     */
    async append(documentId: string, body: unknown, ifMatchHeader: string | undefined, user: AdminUser, locale: string) {
      const expectedVersion = parseIfMatch(ifMatchHeader);
      if (expectedVersion === null) throw preconditionRequired('If-Match is required: send the toll version you are updating, e.g. If-Match: "0" for the first revision');
      await requireBrief(documentId);
      const parsed = parseTollRevisionInput(body);
      if (!parsed.ok) throw validationFailed(parsed.errors);
      const madeBy = displayName(user);

      try {
        const written = await strapi.db.transaction(async () => {
          const current = await readState(documentId);
          const currentVersion = current?.version ?? 0;
          if (currentVersion !== expectedVersion) throw new TollVersionConflict();
          const state = current?.state ?? EMPTY_TOLL_STATE;
          const now = new Date();
          const ruleErrors = checkTollRevisionRules(parsed.input, state, now);
          if (ruleErrors.length > 0) throw validationFailed(ruleErrors);

          const revision = createTollRevision(parsed.input, state, { createdAt: now, revision: currentVersion + 1 });
          const nextState = applyTollRevision(state, revision);
          const history = revision.changeKind === 'correction' ? await this.publicHistory(documentId) : [];
          const correction = eventCorrection(revision, correctionsInHistory([...history, revision]).get(revision.revision));
          const stateData = { version: revision.revision, state: nextState, changedAt: now, changedByName: madeBy };
          if (current) {
            const { count } = await states().updateMany({ where: { briefDocumentId: documentId, version: currentVersion }, data: stateData });
            if (count !== 1) throw new TollVersionConflict();
          } else {
            await states().create({ data: { briefDocumentId: documentId, ...stateData } });
          }
          await revisions().create({
            data: { briefDocumentId: documentId, ...revision, asOf: new Date(revision.asOf), createdAt: now, madeById: user.id, madeByName: madeBy },
          });
          const live = (await strapi.db.query(BRIEF_UID).findMany({
            select: ['locale', 'slug', 'embargoUntil'],
            where: { documentId, publishedAt: { $notNull: true }, editorialStatus: 'usable' },
          })) as { locale: string; slug: string; embargoUntil: string | null }[];
          await getService(strapi, 'feedEvents').record(
            live.map((row) => ({
              type: 'toll.updated' as const,
              documentId,
              locale: row.locale,
              slug: row.slug,
              audience: audienceOf(row, now),
              dedupeKey: tollEventKey(documentId, revision.revision, row.locale, revision.changeKind),
              details: { revision, toll: buildToll(nextState, revision.revision, row.locale), ...(correction ? { correction } : {}) },
            })),
          );
          return { revision, state: nextState };
        });
        const toll = buildToll(written.state, written.revision.revision, locale) as Toll;
        return { revision: written.revision, toll, version: written.revision.revision };
      } catch (error) {
        if (error instanceof TollVersionConflict || isUniqueViolation(error)) throw await conflict(documentId);
        throw error;
      }
    },
  };
};

export default tolls;
