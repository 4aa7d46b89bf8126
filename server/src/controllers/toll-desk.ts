import type { Core } from '@strapi/strapi';
import type { TollAppendResponse, TollHistoryResponse } from '../contracts/tolls';
import { getService } from '../services/get-service';
import { readFilter, readLocaleOnlyQuery, readPathParam, writeAccess, type StrapiContext } from './context';

const requestedLocale = async (strapi: Core.Strapi, ctx: StrapiContext): Promise<string> =>
  getService(strapi, 'locales').resolve(readLocaleOnlyQuery(ctx));

/** Admin API of the toll desk: history and append with If-Match. */
const tollDesk = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: StrapiContext) {
    const documentId = readPathParam(ctx, 'documentId');
    const locale = await requestedLocale(strapi, ctx);
    await getService(strapi, 'desk').requireReadable(documentId, readFilter(strapi, ctx));
    const { revisions, version } = await getService(strapi, 'tolls').adminHistory(documentId, locale);
    const [tolls, warnings, newerFigures] = await Promise.all([
      getService(strapi, 'tolls').currentTolls([documentId], locale),
      getService(strapi, 'tollWarnings').consistencyWarnings(documentId, locale),
      getService(strapi, 'tollWarnings').newerFigures(documentId),
    ]);
    ctx.set('ETag', `"${version}"`);
    const body: TollHistoryResponse = { data: revisions, meta: { version, toll: tolls.get(documentId) ?? null, warnings, newerFigures } };
    ctx.body = body;
  },

  async append(ctx: StrapiContext) {
    const documentId = readPathParam(ctx, 'documentId');
    const locale = await requestedLocale(strapi, ctx);
    await getService(strapi, 'desk').requireWritable(documentId, writeAccess(strapi, ctx));
    const result = await getService(strapi, 'tolls').append(
      documentId,
      ctx.request.body,
      ctx.get('If-Match') || undefined,
      ctx.state.user as { id: number },
      locale,
    );
    ctx.status = 201;
    ctx.set('ETag', `"${result.version}"`);
    const body: TollAppendResponse = { data: { revision: result.revision, toll: result.toll } };
    ctx.body = body;
  },
});

export default tollDesk;
