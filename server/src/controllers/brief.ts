import type { Core } from '@strapi/strapi';
import { parseBriefListQuery } from '../domain/brief/list-query';
import { validationFailed } from '../http-errors';
import { getService } from '../services/get-service';
import { cachedRead, readCaller, readLocaleOnlyQuery, readPathParam, type StrapiContext } from './context';
import { sendBriefPage, sendJson } from './send-json';

/** Content API: published briefs (`find` / `findOne` so read-only tokens pass). */
const brief = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: StrapiContext) {
    const query = parseBriefListQuery(ctx.query);
    if (!query.ok) throw validationFailed(query.errors);
    const caller = await readCaller(strapi, ctx);
    sendBriefPage(ctx, await cachedRead(strapi, ctx, caller.entitledToEmbargoed, () => getService(strapi, 'publicBriefs').list(query.value, caller)));
  },

  async findOne(ctx: StrapiContext) {
    const slug = readPathParam(ctx, 'slug');
    const locale = readLocaleOnlyQuery(ctx);
    const caller = await readCaller(strapi, ctx);
    sendJson(
      ctx,
      await cachedRead(strapi, ctx, caller.entitledToEmbargoed, async () => ({
        data: await getService(strapi, 'publicBriefs').findBySlug(slug, locale, caller),
        meta: {},
      })),
    );
  },
});

export default brief;
