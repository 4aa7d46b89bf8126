import type { Core, Modules } from '@strapi/strapi';
import { BRIEF_UID, TAG_UID } from '../uids';
import { getService } from '../services';

interface WriteParams {
  documentId?: string;
  locale?: string | string[];
  data?: Record<string, unknown>;
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
  return [await getService(strapi, 'briefEditing').defaultLocale()];
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
    if ((action === 'create' || action === 'update') && params.data) {
      await editing.beforeWrite(action, params.data, { documentId: params.documentId, locale: singleLocale(params.locale) });
      return next();
    }
    if (action === 'publish' && params.documentId) {
      const { documentId } = params;
      const locales = await publishedLocales(strapi, documentId, params.locale);
      for (const locale of locales) await editing.beforePublish(documentId, locale);
      // The publish and its feed events commit together (the Document Service joins this transaction).
      return strapi.db.transaction(async () => {
        const liveBefore = await editing.liveRows(documentId, locales);
        const result = await next();
        for (const locale of locales) await editing.afterPublish(documentId, locale);
        await editing.recordPublish(documentId, locales, liveBefore);
        return result;
      });
    }
    if (action === 'unpublish' && params.documentId) {
      const { documentId } = params;
      const locales = await publishedLocales(strapi, documentId, params.locale);
      return strapi.db.transaction(async () => {
        const liveBefore = await editing.liveRows(documentId, locales);
        const result = await next();
        await editing.recordUnpublish(documentId, liveBefore);
        return result;
      });
    }
    if (action === 'delete' && params.documentId) {
      await editing.beforeDelete(params.documentId, singleLocale(params.locale));
    }
    return next();
  };
