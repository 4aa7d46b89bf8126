import type { Core } from '@strapi/strapi';
import { readLocale, rejectUnknownParameters } from '../domain/brief/list-query';
import type { FieldError } from '../domain/contract';
import { isNinjsVersion, type NinjsVersion } from '../domain/ninjs';
import { validationFailed } from '../http-errors';
import { getService } from '../services';
import { cachedRead, readCaller, type StrapiContext } from './context';
import { respondWithETag } from './http-cache';

const readNinjsQuery = (query: Record<string, unknown>) => {
  const errors: FieldError[] = [];
  rejectUnknownParameters(query, ['locale', 'version', 'profile'], errors);
  const locale = readLocale(query.locale, errors);
  if (query.version !== undefined && !isNinjsVersion(query.version)) errors.push({ path: ['version'], message: 'version must be 2.2, 3.0 or 3.1' });
  if (query.profile !== undefined && query.profile !== 'newsroom') errors.push({ path: ['profile'], message: 'profile must be newsroom' });
  if (errors.length > 0) throw validationFailed(errors);
  return { locale, version: query.version as NinjsVersion | undefined, profile: query.profile === 'newsroom' ? ('newsroom' as const) : null };
};

/** Content API: GET /api/newsroom/briefs/:slug/ninjs — one brief as IPTC ninjs (a tombstone once killed). */
const ninjs = ({ strapi }: { strapi: Core.Strapi }) => ({
  async findOne(ctx: StrapiContext) {
    const query = readNinjsQuery(ctx.query);
    const caller = await readCaller(strapi, ctx);
    const { body, lastModified } = await cachedRead(strapi, ctx, caller.entitledToEmbargoed, async () => {
      const briefs = getService(strapi, 'publicBriefs');
      const { documentId, locale } = await briefs.requireDocumentForNinjs(ctx.params.slug, query.locale, caller);
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
        body: await getService(strapi, 'ninjs').render(snapshot, { version, profile: query.profile }, caller, counter?.version ?? 1),
        lastModified: counter?.changedAt ?? updatedAt,
      };
    });
    ctx.type = 'application/json; charset=utf-8';
    if (respondWithETag(ctx, ['ninjs', body], lastModified)) return;
    ctx.body = body;
  },
});

export default ninjs;
