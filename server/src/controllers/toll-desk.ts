import type { Core } from '@strapi/strapi';
import type { TollAppendResponse, TollHistoryResponse } from '../contracts/tolls';
import { getService } from '../services/get-service';
import { readFilter, readLocaleOnlyQuery, readPathParam, writeAccess, type StrapiContext } from './context';

/** Admin API of the toll desk: history and append with If-Match. */
const tollDesk = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: StrapiContext) {
    const documentId = readPathParam(ctx, 'documentId');
    const body: TollHistoryResponse = await getService(strapi, 'tollDesk').view(documentId, readLocaleOnlyQuery(ctx), readFilter(strapi, ctx));
    ctx.set('ETag', `"${body.meta.version}"`);
    ctx.body = body;
  },

  async append(ctx: StrapiContext) {
    const documentId = readPathParam(ctx, 'documentId');
    const result = await getService(strapi, 'tollDesk').append(
      documentId,
      readLocaleOnlyQuery(ctx),
      writeAccess(strapi, ctx),
      ctx.request.body,
      ctx.get('If-Match') || undefined,
      ctx.state.user as { id: number },
    );
    ctx.status = 201;
    ctx.set('ETag', `"${result.version}"`);
    const body: TollAppendResponse = { data: { revision: result.revision, toll: result.toll } };
    ctx.body = body;
  },
});

export default tollDesk;
