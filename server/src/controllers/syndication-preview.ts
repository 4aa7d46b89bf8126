import type { Core } from '@strapi/strapi';
import { ninjsQuerySchema } from '../domain/ninjs/query';
import { validateInput } from '../http-errors';
import { getService } from '../services/get-service';
import { readFilter, readPathParam, type StrapiContext } from './context';

/** Admin: GET /newsroom/briefs/:documentId/ninjs — the draft as partners would get it once published, with its corrections. */
const syndicationPreview = ({ strapi }: { strapi: Core.Strapi }) => ({
  async preview(ctx: StrapiContext) {
    const documentId = readPathParam(ctx, 'documentId');
    const { version, locale, profile } = validateInput(ninjsQuerySchema, ctx.query);
    await getService(strapi, 'desk').requireReadable(documentId, readFilter(strapi, ctx));
    const draft = await getService(strapi, 'publicBriefs').preview(documentId, locale);
    // Corrections already published stay with the brief: partners get them with the next version too.
    const corrections = await getService(strapi, 'briefCorrections').ofLocale(draft.documentId, draft.locale);
    const brief = { ...draft, corrections };
    const settings = await getService(strapi, 'settings').get();
    const versions = await getService(strapi, 'ninjs').versions([{ documentId: brief.documentId, locale: brief.locale }]);
    ctx.body = {
      data: await getService(strapi, 'ninjs').render(
        { state: 'public', brief },
        { version: version ?? settings.defaultNinjsVersion, profile },
        { auth: undefined, entitledToEmbargoed: true },
        (versions.get(`${brief.documentId}:${brief.locale}`)?.version ?? 0) + 1,
      ),
      meta: { corrections },
    };
  },
});

export default syndicationPreview;
