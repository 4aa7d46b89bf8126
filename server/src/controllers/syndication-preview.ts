import type { Core } from '@strapi/strapi';
import { isNinjsVersion } from '../domain/ninjs';
import { validationFailed } from '../http-errors';
import { getService } from '../services';
import { readFilter, type StrapiContext } from './context';

/** Admin: GET /newsroom/briefs/:documentId/ninjs — the draft as partners would get it once published. */
const syndicationPreview = ({ strapi }: { strapi: Core.Strapi }) => ({
  async preview(ctx: StrapiContext) {
    const { version, locale, profile } = ctx.query;
    if (version !== undefined && !isNinjsVersion(version)) throw validationFailed([{ path: ['version'], message: 'version must be 2.2, 3.0 or 3.1' }]);
    await getService(strapi, 'desk').requireReadable(ctx.params.documentId, readFilter(strapi, ctx));
    const brief = await getService(strapi, 'publicBriefs').preview(ctx.params.documentId, typeof locale === 'string' ? locale : null);
    const settings = await getService(strapi, 'settings').get();
    const versions = await getService(strapi, 'ninjs').versions([{ documentId: brief.documentId, locale: brief.locale }]);
    ctx.body = {
      data: await getService(strapi, 'ninjs').render(
        { state: 'public', brief },
        { version: isNinjsVersion(version) ? version : settings.defaultNinjsVersion, profile: profile === 'newsroom' ? 'newsroom' : null },
        { auth: undefined, entitledToEmbargoed: true },
        (versions.get(`${brief.documentId}:${brief.locale}`)?.version ?? 0) + 1,
      ),
    };
  },
});

export default syndicationPreview;
