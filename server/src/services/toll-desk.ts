import type { Core } from '@strapi/strapi';
import type { TollHistoryResponse } from '../contracts/tolls';
import type { ReadFilter, WriteAccess } from './brief-access';
import { getService } from './get-service';
import type { AdminUser } from './tolls';

/** The toll desk panel's two actions, for the admin user who asks: what it shows of a brief's toll, and an append. */
const tollDesk = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** History, current toll, consistency warnings and newer figures; 404 unless the user may read the brief. */
  async view(documentId: string, localeParam: string | null, readFilter: ReadFilter): Promise<TollHistoryResponse> {
    const locale = await getService(strapi, 'locales').resolve(localeParam);
    await getService(strapi, 'briefAccess').requireReadable(documentId, readFilter);
    const tolls = getService(strapi, 'tolls');
    const { revisions, version } = await tolls.adminHistory(documentId, locale);
    const [current, warnings, newerFigures] = await Promise.all([
      tolls.currentTolls([documentId], locale),
      getService(strapi, 'tollWarnings').consistencyWarnings(documentId, locale),
      getService(strapi, 'tollWarnings').newerFigures(documentId),
    ]);
    return { data: revisions, meta: { version, toll: current.get(documentId) ?? null, warnings, newerFigures } };
  },

  /** A new revision with If-Match; 404 / 403 unless the user may change the brief. */
  async append(documentId: string, localeParam: string | null, access: WriteAccess, body: unknown, ifMatchHeader: string | undefined, user: AdminUser) {
    const locale = await getService(strapi, 'locales').resolve(localeParam);
    await getService(strapi, 'briefAccess').requireWritable(documentId, access);
    return getService(strapi, 'tolls').append(documentId, body, ifMatchHeader, user, locale);
  },
});

export default tollDesk;
