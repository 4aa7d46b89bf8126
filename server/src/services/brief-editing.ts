import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { parseBriefFields, validateBriefFields, type BriefInput } from '../domain/brief/validate-brief';
import { firstFreeSlug, toSlug } from '../domain/slug/slug';
import { valueTaken } from '../domain/unique-values';
import type { FieldError } from '../domain/contract';
import { validationFailed } from '../http-errors';
import { BRIEF_UID } from '../uids';
import { audienceOf, type EventToRecord } from './feed-events';
import type { DocumentStatus } from './brief-lifecycle';
import { getService } from './get-service';
import { slugsTakenByOthers as slugsTaken } from './slugs-taken';

/** Fields only the plugin writes: never taken from an editor's input. */
const PLUGIN_OWNED_FIELDS = ['firstPublishedAt', 'statusChangedAt', 'killReason'] as const;

interface BriefRow {
  id: number;
  documentId: string;
  locale: string;
  slug: string | null;
  headline: string | null;
  editorialStatus: string;
  publishedAt: string | null;
  firstPublishedAt: string | null;
}

/**
 * Everything the Content Manager (or any Document Service caller) writes to a brief passes here:
 * field rules, slugs, plugin-owned fields and the guards of the editorial lifecycle.
 */
const briefEditing = ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = () => strapi.db.query(BRIEF_UID);

  const slugsTakenByOthers = (base: string, locale: string, documentId: string | undefined): Promise<Set<string>> =>
    slugsTaken(strapi, BRIEF_UID, base, { locale, documentId });

  /** Fills or normalises `data.slug`; a slug the editor typed that another brief uses is an error, a generated one gets -2, -3 … */
  const resolveSlug = async (data: BriefInput, locale: string, documentId: string | undefined): Promise<FieldError[]> => {
    const typed = typeof data.slug === 'string' ? toSlug(data.slug) : '';
    if (typed) {
      const taken = await slugsTakenByOthers(typed, locale, documentId);
      data.slug = typed;
      return taken.has(typed) ? [valueTaken('slug', typed, { type: 'brief', locale })] : [];
    }
    if (typeof data.headline !== 'string' || !data.headline.trim()) {
      if ('slug' in data) data.slug = null;
      return [];
    }
    const base = toSlug(data.headline) || 'brief';
    data.slug = firstFreeSlug(base, await slugsTakenByOthers(base, locale, documentId));
    return [];
  };

  const checkExternalId = async (data: BriefInput, documentId: string | undefined): Promise<FieldError[]> => {
    if (typeof data.externalId !== 'string' || !data.externalId.trim()) {
      if ('externalId' in data) data.externalId = null;
      return [];
    }
    const externalId = data.externalId.trim();
    data.externalId = externalId;
    const clash = await rows().findOne({
      select: ['documentId'],
      where: { externalId, ...(documentId ? { documentId: { $ne: documentId } } : {}) },
    });
    return clash ? [valueTaken('externalId', externalId, { type: 'brief' })] : [];
  };

  /**
   * Once a document was ever published its status changes only through kill / withhold / release (and their
   * permission), whether a published row exists at that moment or not; every write, a new locale's included,
   * carries the document's current status, so a write racing an editorial action cannot put an old one back.
   */
  const applyDocumentStatus = (data: BriefInput, current: DocumentStatus | null | undefined): FieldError[] => {
    if (!current) return [];
    const typed = data.editorialStatus;
    if (typed !== undefined && typed !== null && typed !== current.status) {
      if (current.everPublished) {
        return [{ path: ['editorialStatus'], message: 'editorialStatus of a brief that was published changes only through the kill, withhold and release actions', code: 'brief.status_via_actions' }];
      }
      return [];
    }
    data.editorialStatus = current.status;
    return [];
  };

  return {
    /** `current`: the document's status read under its lock (update), absent for a new document. */
    async beforeWrite(action: 'create' | 'update', data: BriefInput, params: { documentId?: string; locale?: string; current?: DocumentStatus | null }) {
      for (const field of PLUGIN_OWNED_FIELDS) delete data[field];
      const fields = parseBriefFields(data, action);
      if (!fields.ok) throw validationFailed(fields.errors);
      Object.assign(data, fields.value);
      const locale = params.locale && params.locale !== '*' ? params.locale : await getService(strapi, 'locales').defaultLocale();
      const ruleErrors = [
        ...(action === 'create' || 'slug' in data || 'headline' in data ? await resolveSlug(data, locale, params.documentId) : []),
        ...(await checkExternalId(data, params.documentId)),
        ...(action === 'update' ? applyDocumentStatus(data, params.current) : []),
      ];
      if (ruleErrors.length > 0) throw validationFailed(ruleErrors);
      if (data.relatedLinks !== undefined && data.relatedLinks !== null) {
        data.relatedLinks = (data.relatedLinks as { title: string; url: string }[]).map((link) => ({ title: link.title.trim(), url: link.url.trim() }));
      }
    },

    /** Publishing checks the whole draft (Strapi skips most rules on drafts) and refuses a killed brief. */
    async beforePublish(documentId: string, locale: string) {
      const draft = (await rows().findOne({ where: { documentId, locale, publishedAt: null } })) as (BriefRow & BriefInput) | null;
      if (!draft) return;
      const fieldErrors = validateBriefFields(draft, 'publish');
      if (!draft.slug) fieldErrors.push({ path: ['slug'], message: 'slug is required to publish', code: 'field.required' });
      else if ((await slugsTakenByOthers(draft.slug, locale, documentId)).has(draft.slug))
        fieldErrors.push({ path: ['slug'], message: `slug "${draft.slug}" is already used by another brief in locale ${locale}`, code: 'field.taken', params: { value: draft.slug } });
      if (fieldErrors.length > 0) throw validationFailed(fieldErrors);
      await this.checkTollConsistencyOnPublish(documentId, locale);
    },

    /** Headline or summary numbers that contradict the toll: a logged warning, or a refusal when the setting says so. */
    async checkTollConsistencyOnPublish(documentId: string, locale: string) {
      const warnings = await getService(strapi, 'tollWarnings').consistencyWarnings(documentId, locale);
      if (warnings.length === 0) return;
      const { blockPublishOnTollMismatch } = await getService(strapi, 'settings').get();
      if (blockPublishOnTollMismatch) {
        throw validationFailed(
          warnings.map((warning) => ({
            path: [warning.field],
            message: `${warning.message}; fix the ${warning.field} or the toll before publishing`,
            code: 'toll.text_mismatch',
            params: { field: warning.field, category: warning.category, stated: warning.stated, current: warning.current },
          })),
        );
      }
      strapi.log.warn(`newsroom: publishing brief ${documentId} (${locale}) with toll warnings: ${warnings.map((warning) => warning.message).join('; ')}`);
    },

    /** firstPublishedAt is set once per locale, on the draft and published rows alike, so republishing keeps it. */
    async afterPublish(documentId: string, locale: string) {
      await rows().updateMany({
        where: { documentId, locale, firstPublishedAt: null },
        data: { firstPublishedAt: new Date() },
      });
    },

    /** A brief partners may have seen is killed, never deleted, so that they always get a tombstone. */
    async beforeDelete(documentId: string, locale: string | undefined) {
      const everPublished = await rows().findOne({
        select: ['id'],
        where: { documentId, firstPublishedAt: { $notNull: true }, ...(locale && locale !== '*' ? { locale } : {}) },
      });
      if (everPublished) {
        throw new errors.ApplicationError('This brief has been published: kill it instead of deleting it, so that partners get a tombstone', { documentId });
      }
    },

    /** Live rows of some locales of a document (before a publish or unpublish, to know what partners had). */
    async liveRows(documentId: string, locales: string[]) {
      return (await rows().findMany({
        select: ['locale', 'slug', 'editorialStatus', 'embargoUntil'],
        where: { documentId, locale: { $in: locales }, publishedAt: { $notNull: true } },
      })) as { locale: string; slug: string; editorialStatus: string; embargoUntil: string | null }[];
    },

    /** Feed events of a publish: `brief.published` the first time a locale goes live, `brief.updated` after. */
    async recordPublish(documentId: string, locales: string[], liveBefore: { locale: string; editorialStatus: string }[]) {
      const now = new Date();
      const events: EventToRecord[] = (await this.liveRows(documentId, locales))
        .filter((row) => row.editorialStatus === 'usable')
        .map((row) => ({
          type: liveBefore.some((before) => before.locale === row.locale && before.editorialStatus === 'usable') ? 'brief.updated' : 'brief.published',
          documentId,
          locale: row.locale,
          slug: row.slug,
          audience: audienceOf(row, now),
        }));
      await getService(strapi, 'feedEvents').record(events);
    },

    /** Feed events of an unpublish: partners who had the brief are told it is gone. */
    async recordUnpublish(documentId: string, liveBefore: { locale: string; slug: string; editorialStatus: string; embargoUntil: string | null }[]) {
      const now = new Date();
      await getService(strapi, 'feedEvents').record(
        liveBefore
          .filter((row) => row.editorialStatus === 'usable')
          .map((row) => ({ type: 'brief.unpublished' as const, documentId, locale: row.locale, slug: row.slug, audience: audienceOf(row, now) })),
      );
    },
  };
};

export default briefEditing;
