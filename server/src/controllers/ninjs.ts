import type { Core } from '@strapi/strapi';
import { ninjsQuerySchema } from '../domain/ninjs/query';
import { validateInput } from '../http-errors';
import { getService } from '../services/get-service';
import { cachedRead, readCaller, readPathParam, type StrapiContext } from './context';
import { respondWithETag } from './http-cache';

/** Content API: GET /api/newsroom/briefs/:slug/ninjs — one brief as IPTC ninjs (a tombstone once killed). */
const ninjs = ({ strapi }: { strapi: Core.Strapi }) => ({
  async findOne(ctx: StrapiContext) {
    const slug = readPathParam(ctx, 'slug');
    const query = validateInput(ninjsQuerySchema, ctx.query);
    const caller = await readCaller(strapi, ctx);
    const { body, lastModified } = await cachedRead(strapi, ctx, caller.entitledToEmbargoed, async () => {
      const briefs = getService(strapi, 'publicBriefs');
      const { documentId, locale } = await briefs.requireDocumentForNinjs(slug, query.locale, caller);
      const version = query.version ?? (await getService(strapi, 'settings').get()).defaultNinjsVersion;
      const [snapshots, versions] = await Promise.all([
        briefs.snapshots([{ documentId, locale }], caller),
        getService(strapi, 'ninjs').versions([{ documentId, locale }]),
      ]);
      const snapshot = snapshots.get(`${documentId}:${locale}`);
      const counter = versions.get(`${documentId}:${locale}`);
      if (!snapshot) throw new Error('brief vanished while rendering ninjs');
      const updatedAt = snapshot.state === 'public' ? snapshot.brief.updatedAt : snapshot.changedAt;
      return {
        body: await getService(strapi, 'ninjs').render(snapshot, { version, profile: query.profile }, caller, counter?.version ?? 1, counter?.lastEventType),
        lastModified: counter?.changedAt ?? updatedAt,
      };
    });
    ctx.type = 'application/json; charset=utf-8';
    if (respondWithETag(ctx, ['ninjs', body], lastModified)) return;
    ctx.body = body;
  },
});

export default ninjs;
