import type { Core } from '@strapi/strapi';
import { getService } from '../services';
import type { StrapiContext } from './context';

/** Admin API of the toll desk: history and append with If-Match. */
const tollDesk = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: StrapiContext) {
    const { revisions, version } = await getService(strapi, 'tolls').adminHistory(ctx.params.documentId);
    ctx.set('ETag', `"${version}"`);
    ctx.body = { data: revisions, meta: { version } };
  },

  async append(ctx: StrapiContext) {
    const locale = typeof ctx.query.locale === 'string' ? ctx.query.locale : await getService(strapi, 'briefEditing').defaultLocale();
    const result = await getService(strapi, 'tolls').append(
      ctx.params.documentId,
      ctx.request.body,
      ctx.get('If-Match') || undefined,
      ctx.state.user as { id: number },
      locale,
    );
    ctx.status = 201;
    ctx.set('ETag', `"${result.version}"`);
    ctx.body = { data: { revision: result.revision, toll: result.toll } };
  },
});

export default tollDesk;
