import type { Core } from '@strapi/strapi';
import type { SyndicationPreviewResponse } from '../contracts/syndication-preview';
import { ninjsQuerySchema } from '../domain/ninjs/query';
import { validateInput } from '../http-errors';
import { getService } from '../services/get-service';
import { readFilter, readPathParam, type StrapiContext } from './context';

/** Admin: GET /newsroom/briefs/:documentId/ninjs — the draft as partners would get it once published, with its corrections. */
const syndicationPreview = ({ strapi }: { strapi: Core.Strapi }) => ({
  async preview(ctx: StrapiContext) {
    const documentId = readPathParam(ctx, 'documentId');
    const query = validateInput(ninjsQuerySchema, ctx.query);
    const body: SyndicationPreviewResponse = await getService(strapi, 'briefPreview').ninjsPreview(documentId, query, readFilter(strapi, ctx));
    ctx.body = body;
  },
});

export default syndicationPreview;
