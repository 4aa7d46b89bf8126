import type { Core } from '@strapi/strapi';
import { getService } from '../services/get-service';
import { cachedRead, readCaller, readLocaleOnlyQuery, readPathParam, type StrapiContext } from './context';

/** Content API: the public toll history of a public brief, oldest first. */
const toll = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: StrapiContext) {
    const slug = readPathParam(ctx, 'slug');
    const locale = readLocaleOnlyQuery(ctx);
    const caller = await readCaller(strapi, ctx);
    const body = await cachedRead(strapi, ctx, caller.entitledToEmbargoed, () => getService(strapi, 'tolls').publicHistoryOfBrief(slug, locale, caller));
    ctx.set('ETag', `"${body.meta.version}"`);
    ctx.body = body;
  },
});

export default toll;
