import type { Core, Modules } from '@strapi/strapi';
import { BRIEF_UID, TAG_UID } from '../uids';
import { getService } from '../services/get-service';

interface WriteParams {
  documentId?: string;
  locale?: string | string[];
  data?: Record<string, unknown>;
  status?: 'draft' | 'published';
}

const singleLocale = (locale: WriteParams['locale']): string | undefined => (typeof locale === 'string' ? locale : undefined);

/** Locales a publish call touches: one, or every locale of the draft when called with '*'. */
const publishedLocales = async (strapi: Core.Strapi, documentId: string, locale: WriteParams['locale']): Promise<string[]> => {
  if (Array.isArray(locale)) return locale;
  if (locale && locale !== '*') return [locale];
  if (locale === '*') {
    const drafts = (await strapi.db.query(BRIEF_UID).findMany({ select: ['locale'], where: { documentId, publishedAt: null } })) as { locale: string }[];
    return drafts.map((draft) => draft.locale);
  }
  return [await getService(strapi, 'locales').defaultLocale()];
};

/**
 * One Document Service middleware for the plugin's own types: whatever writes a brief or a tag
 * (Content Manager, Content API, scripts) goes through the same rules and lifecycle.
 */
export const createDocumentMiddleware =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    if (context.uid !== BRIEF_UID && context.uid !== TAG_UID) return next();
    const params = context.params as WriteParams;
    const { action } = context;

    if (context.uid === TAG_UID) {
      if ((action === 'create' || action === 'update') && params.data) {
        await getService(strapi, 'tagEditing').beforeWrite(action, params.data, params.documentId);
      }
      const result = await next();
      // A renamed or deleted tag changes public briefs without a brief event: invalidate cached answers.
      if (action === 'update' || action === 'delete') await getService(strapi, 'feedEvents').bumpVersion();
      return result;
    }

    const editing = getService(strapi, 'briefEditing');
    const lifecycle = getService(strapi, 'briefLifecycle');
    const { documentId } = params;
    const locale = singleLocale(params.locale);

    /** `create` / `update` with status 'published' publish inside Strapi without a publish action: publish through ours. */
    const writeThenPublish = async () => {
      if (params.status !== 'published') return next();
      delete params.status;
      const draft = (await next()) as { documentId: string } | null;
      if (!draft) return draft;
      const published = await strapi.documents(BRIEF_UID).publish({ documentId: draft.documentId, locale: params.locale as string | undefined });
      return published.entries[0];
    };

    if (action === 'create') {
      if (params.data) await editing.beforeWrite('create', params.data, { locale });
      return params.status === 'published' ? strapi.db.transaction(writeThenPublish) : next();
    }
    if (!documentId) return next();
    if (action === 'clone') {
      // A copy is a new brief: its own slug (unless one was typed), never published, no agency item id, usable.
      const data = params.data ?? {};
      params.data = data;
      const source = (await strapi.db.query(BRIEF_UID).findOne({ select: ['headline', 'slug'], where: { documentId, publishedAt: null, ...(locale ? { locale } : {}) } })) as {
        headline: string | null;
        slug: string | null;
      } | null;
      if (data.slug === source?.slug) delete data.slug;
      if (!('headline' in data) && source?.headline) data.headline = source.headline;
      await editing.beforeWrite('update', data, { locale });
      Object.assign(data, { editorialStatus: 'usable', firstPublishedAt: null, statusChangedAt: null, killReason: null, externalId: null });
      return next();
    }
    if (action === 'update') {
      return lifecycle.underLock(documentId, 'edited', async (current) => {
        if (params.data) await editing.beforeWrite('update', params.data, { documentId, locale, current });
        return writeThenPublish();
      });
    }
    if (action === 'publish') {
      return lifecycle.underLock(documentId, 'published again', async () => {
        const locales = await publishedLocales(strapi, documentId, params.locale);
        for (const publishedLocale of locales) await editing.beforePublish(documentId, publishedLocale);
        // The publish and its feed events commit together (the Document Service joins this transaction).
        const liveBefore = await editing.liveRows(documentId, locales);
        const result = await next();
        for (const publishedLocale of locales) await editing.afterPublish(documentId, publishedLocale);
        await editing.recordPublish(documentId, locales, liveBefore);
        return result;
      });
    }
    if (action === 'unpublish') {
      return lifecycle.underLock(documentId, 'unpublished (its tombstone stays for partners)', async () => {
        const locales = await publishedLocales(strapi, documentId, params.locale);
        const liveBefore = await editing.liveRows(documentId, locales);
        const result = await next();
        await editing.recordUnpublish(documentId, liveBefore);
        return result;
      });
    }
    if (action === 'discardDraft') return lifecycle.underLock(documentId, 'changed', async () => next());
    if (action === 'delete') {
      return lifecycle.underLock(documentId, 'deleted', async () => {
        await editing.beforeDelete(documentId, locale);
        return next();
      });
    }
    return next();
  };
