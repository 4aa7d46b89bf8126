import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { CorrectionHistoryItem, TextCorrection } from '../domain/contract';
import {
  briefCorrections as correctionsOldestFirst,
  changedFields,
  correctionHistory,
  correctionHistoryWith,
  correctionInputSchema,
  toTextCorrection,
  type CorrectableVersion,
  type TextCorrectionRecord,
  type TollRevisionRecord,
} from '../domain/corrections';
import { STORAGE_LIMITS } from '../domain/validation';
import { conflict, validateInput, validationFailed } from '../http-errors';
import { BRIEF_CORRECTION_UID, BRIEF_UID, TOLL_REVISION_UID } from '../uids';
import type { ReadFilter, WriteAccess } from './brief-access';
import { audienceOf } from './feed-events';
import type { ReadCaller } from './public-briefs';
import type { AdminUser } from './tolls';
import { getService } from './get-service';
import type { AdminCorrectionItem } from '../contracts/corrections';

interface VersionRow {
  slug: string | null;
  headline: string | null;
  slugline: string | null;
  byline: string | null;
  dateline: string | null;
  summary: string | null;
  body: unknown;
  urgency: number | null;
  embargoUntil: string | null;
  editorialStatus: string;
  photoCaption: string | null;
  photoCredit: string | null;
  relatedLinks: unknown;
  photo: { id: number } | null;
  tags: { id: number }[] | null;
  relatedBriefs: { documentId: string }[] | null;
}

interface CorrectionRow extends TextCorrectionRecord {
  eventId: string | null;
  madeByName?: string | null;
}


const VERSION_COLUMNS = [
  'slug', 'headline', 'slugline', 'byline', 'dateline', 'summary', 'body', 'urgency', 'embargoUntil', 'editorialStatus', 'photoCaption', 'photoCredit', 'relatedLinks',
];
const VERSION_RELATIONS = { photo: { select: ['id'] }, tags: { select: ['id'] }, relatedBriefs: { select: ['documentId'] } };
const CORRECTION_COLUMNS = ['at', 'note', 'fields', 'eventId'];
const REVISION_COLUMNS = ['revision', 'source', 'changeKind', 'note', 'createdAt'];

const toVersion = (row: VersionRow): CorrectableVersion => ({
  slug: row.slug,
  headline: row.headline,
  slugline: row.slugline,
  byline: row.byline,
  dateline: row.dateline,
  summary: row.summary,
  body: row.body,
  urgency: row.urgency,
  embargoUntil: row.embargoUntil,
  photoId: row.photo?.id ?? null,
  photoCaption: row.photoCaption,
  photoCredit: row.photoCredit,
  tagIds: (row.tags ?? []).map((tag) => tag.id),
  relatedDocumentIds: (row.relatedBriefs ?? []).map((related) => related.documentId),
  relatedLinks: row.relatedLinks,
});

const displayName = (user: AdminUser): string =>
  ([user.firstname, user.lastname].filter(Boolean).join(' ') || user.username || user.email || `user ${user.id}`).slice(0, STORAGE_LIMITS.varchar);

/**
 * Text corrections: publishing a live brief's draft as a correction (under the document lock, with its
 * `brief.corrected` event in the same transaction), and the append-only history partners and editors read.
 * Rows are only ever created: no service, route or Content Manager door updates or deletes them.
 */
const briefCorrections = ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = () => strapi.db.query(BRIEF_CORRECTION_UID);

  const loadVersion = async (documentId: string, locale: string, published: boolean): Promise<VersionRow | null> =>
    (await strapi.db.query(BRIEF_UID).findOne({
      select: VERSION_COLUMNS,
      where: { documentId, locale, publishedAt: published ? { $notNull: true } : null },
      populate: VERSION_RELATIONS,
    })) as VersionRow | null;

  const textCorrectionsOf = async (documentId: string, locale: string, withAuthor = false): Promise<CorrectionRow[]> =>
    (await rows().findMany({
      select: withAuthor ? [...CORRECTION_COLUMNS, 'madeByName'] : CORRECTION_COLUMNS,
      where: { briefDocumentId: documentId, locale },
      orderBy: [{ at: 'asc' }, { id: 'asc' }],
    })) as CorrectionRow[];

  const tollRevisionsOf = async (documentId: string, withAuthor = false) =>
    (await strapi.db.query(TOLL_REVISION_UID).findMany({
      select: withAuthor ? [...REVISION_COLUMNS, 'madeByName'] : REVISION_COLUMNS,
      where: { briefDocumentId: documentId, changeKind: 'correction' },
      orderBy: { revision: 'asc' },
    })) as (TollRevisionRecord & { madeByName?: string | null })[];

  return {
    /**
     * Publishes the saved draft of one locale of a live brief as a correction: 400 for a bad note or locale, or
     * when the draft changes nothing; 409 when the brief is killed, withheld or that locale is not live.
     */
    async publish(documentId: string, body: unknown, user: AdminUser, access: WriteAccess) {
      const input = validateInput(correctionInputSchema, body);
      const locale = await getService(strapi, 'locales').resolve(input.locale ?? null);
      await getService(strapi, 'briefAccess').requireWritable(documentId, access);
      return getService(strapi, 'briefLifecycle').underLock(documentId, 'corrected', async (current) => {
        if (!current) throw new errors.NotFoundError('Brief not found');
        if (current.status !== 'usable') {
          throw conflict(`A ${current.status} brief cannot be corrected: only a live brief can`, { currentStatus: current.status });
        }
        // One after the other: both run on the transaction's one connection.
        const draft = await loadVersion(documentId, locale, false);
        const published = await loadVersion(documentId, locale, true);
        if (!draft) throw new errors.NotFoundError(`Brief not found in locale ${locale}`);
        if (!published) {
          throw conflict(`Only a live brief can be corrected: its ${locale} version is not published (publish it normally)`, { currentStatus: 'draft', locale });
        }
        const fields = changedFields(toVersion(published), toVersion(draft));
        if (fields.length === 0) {
          throw validationFailed([{
            path: [],
            message: `Nothing to correct: the saved ${locale} draft is the published version (save your changes first)`,
            code: 'correction.nothing_changed',
            params: { locale },
          }]);
        }
        // The Document Service publish runs the brief's own rules and events, inside this transaction and lock.
        await strapi.documents(BRIEF_UID).publish({ documentId, locale });
        const at = new Date();
        const live = (await strapi.db.query(BRIEF_UID).findOne({
          select: ['slug', 'embargoUntil'],
          where: { documentId, locale, publishedAt: { $notNull: true } },
        })) as { slug: string; embargoUntil: string | null };
        const correction: TextCorrection = { at: at.toISOString(), note: input.note, fields };
        const [event] = await getService(strapi, 'feedEvents').record([
          { type: 'brief.corrected', documentId, locale, slug: live.slug, audience: audienceOf(live, at), details: { correction } },
        ]);
        await rows().create({
          data: { briefDocumentId: documentId, locale, at, note: input.note, fields, eventId: event?.eventId ?? null, madeById: user.id, madeByName: displayName(user) },
        });
        return { documentId, locale, correction };
      });
    },

    /** The public history of a brief the caller may see (404 / 410 like the brief): text and toll corrections, newest first. */
    async publicHistory(slug: string, localeParam: string | null, caller: ReadCaller): Promise<CorrectionHistoryItem[]> {
      const { documentId, locale } = await getService(strapi, 'publicBriefs').requirePublicDocument(slug, localeParam, caller);
      const [texts, revisions] = await Promise.all([textCorrectionsOf(documentId, locale), tollRevisionsOf(documentId)]);
      return correctionHistory(texts, revisions);
    },

    /** The desk's history of one locale, newest first, with who made each correction. */
    async adminHistory(documentId: string, localeParam: string | null, readFilter: ReadFilter): Promise<AdminCorrectionItem[]> {
      await getService(strapi, 'briefAccess').requireReadable(documentId, readFilter);
      const locale = await getService(strapi, 'locales').resolve(localeParam);
      const [texts, revisions] = await Promise.all([textCorrectionsOf(documentId, locale, true), tollRevisionsOf(documentId, true)]);
      return correctionHistoryWith(texts, revisions, (record) => ({ madeBy: record.madeByName ?? null }));
    },

    /** Text corrections of one locale, oldest first (the desk's preview of what partners get). */
    async ofLocale(documentId: string, locale: string): Promise<TextCorrection[]> {
      return correctionsOldestFirst(await textCorrectionsOf(documentId, locale));
    },

    /** The correction each `brief.corrected` event carries, by event id. */
    async byEventIds(eventIds: string[]): Promise<Map<string, TextCorrection>> {
      if (eventIds.length === 0) return new Map();
      const found = (await rows().findMany({ select: CORRECTION_COLUMNS, where: { eventId: { $in: [...new Set(eventIds)] } } })) as CorrectionRow[];
      return new Map(found.flatMap((row) => (row.eventId ? [[row.eventId, toTextCorrection(row)] as [string, TextCorrection]] : [])));
    },
  };
};

export default briefCorrections;
