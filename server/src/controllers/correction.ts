import type { Core } from '@strapi/strapi';
import { getService } from '../services/get-service';
import { cachedRead, readCaller, readLocaleOnlyQuery, readPathParam, type StrapiContext } from './context';

/** Content API: GET /api/newsroom/briefs/:slug/corrections — text and toll corrections of a public brief, newest first. */
const correction = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: StrapiContext) {
    const slug = readPathParam(ctx, 'slug');
    const locale = readLocaleOnlyQuery(ctx);
    const caller = await readCaller(strapi, ctx);
    ctx.body = await cachedRead(strapi, ctx, caller.entitledToEmbargoed, async () => ({
      data: await getService(strapi, 'briefCorrections').publicHistory(slug, locale, caller),
    }));
  },
});

export default correction;
