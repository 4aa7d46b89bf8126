import type { Core } from '@strapi/strapi';
import { ninjsQuerySchema } from '../domain/ninjs/query';
import { validateInput } from '../http-errors';
import { getService } from '../services';
import { readFilter, readPathParam, type StrapiContext } from './context';

/** Admin: GET /newsroom/briefs/:documentId/ninjs — the draft as partners would get it once published. */
const syndicationPreview = ({ strapi }: { strapi: Core.Strapi }) => ({
  async preview(ctx: StrapiContext) {
    const documentId = readPathParam(ctx, 'documentId');
    const { version, locale, profile } = validateInput(ninjsQuerySchema, ctx.query);
    await getService(strapi, 'desk').requireReadable(documentId, readFilter(strapi, ctx));
    const brief = await getService(strapi, 'publicBriefs').preview(documentId, locale);
    const settings = await getService(strapi, 'settings').get();
    const versions = await getService(strapi, 'ninjs').versions([{ documentId: brief.documentId, locale: brief.locale }]);
    ctx.body = {
      data: await getService(strapi, 'ninjs').render(
        { state: 'public', brief },
        { version: version ?? settings.defaultNinjsVersion, profile },
        { auth: undefined, entitledToEmbargoed: true },
        (versions.get(`${brief.documentId}:${brief.locale}`)?.version ?? 0) + 1,
      ),
    };
  },
});

export default syndicationPreview;
