import type { Core } from '@strapi/strapi';
import { parseFeedQuery } from '../domain/feed/feed-query';
import { validationFailed } from '../http-errors';
import { getService } from '../services/get-service';
import { cachedRead, readCaller, type StrapiContext } from './context';
import { respondWithETag } from './http-cache';
import { sendEventPage } from './send-json';

/** Content API: GET /api/newsroom/feed (`find`, so read-only tokens pass). */
const feed = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: StrapiContext) {
    const query = parseFeedQuery(ctx.query);
    if (!query.ok) throw validationFailed(query.errors);
    const caller = await readCaller(strapi, ctx);
    if (query.value.locale) await getService(strapi, 'locales').resolve(query.value.locale);
    const page = await cachedRead(strapi, ctx, caller.entitledToEmbargoed, () => getService(strapi, 'feed').page(query.value, caller));
    const lastEventId = page.data.length > 0 ? page.data[page.data.length - 1].id : null;
    if (respondWithETag(ctx, ['feed', query.value, caller.entitledToEmbargoed, page.meta.next, lastEventId, page.data.length])) return;
    sendEventPage(ctx, page);
  },
});

export default feed;
