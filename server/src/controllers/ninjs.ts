import type { Core } from '@strapi/strapi';
import { ninjsQuerySchema } from '../domain/ninjs/query';
import { validateInput } from '../http-errors';
import { getService } from '../services/get-service';
import { cachedRead, readCaller, readPathParam, type StrapiContext } from './context';
import { respondWithETag } from './http-cache';
import { sendJson } from './send-json';

/** Content API: GET /api/newsroom/briefs/:slug/ninjs — one brief as IPTC ninjs (a tombstone once killed). */
const ninjs = ({ strapi }: { strapi: Core.Strapi }) => ({
  async findOne(ctx: StrapiContext) {
    const slug = readPathParam(ctx, 'slug');
    const query = validateInput(ninjsQuerySchema, ctx.query);
    const caller = await readCaller(strapi, ctx);
    const { body, lastModified } = await cachedRead(strapi, ctx, caller.entitledToEmbargoed, () => getService(strapi, 'ninjs').ofPublicBrief(slug, query, caller));
    if (respondWithETag(ctx, ['ninjs', body], lastModified)) return;
    sendJson(ctx, body);
  },
});

export default ninjs;
