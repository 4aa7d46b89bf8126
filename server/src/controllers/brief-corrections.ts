import type { Core } from '@strapi/strapi';
import type { CorrectionHistoryResponse, PublishCorrectionResponse } from '../contracts/corrections';
import { noQuery } from '../domain/validation';
import { validateInput } from '../http-errors';
import { getService } from '../services/get-service';
import type { AdminUser } from '../services/tolls';
import { readFilter, readLocaleOnlyQuery, readPathParam, writeAccess, type StrapiContext } from './context';

/** Admin: POST /newsroom/briefs/:documentId/corrections { note, locale } and the desk's corrections history. */
const briefCorrections = ({ strapi }: { strapi: Core.Strapi }) => ({
  async publish(ctx: StrapiContext) {
    const documentId = readPathParam(ctx, 'documentId');
    validateInput(noQuery, ctx.query);
    const result = await getService(strapi, 'briefCorrections').publish(documentId, ctx.request.body, ctx.state.user as AdminUser, writeAccess(strapi, ctx));
    const response: PublishCorrectionResponse = { data: result };
    ctx.status = 201;
    ctx.body = response;
  },

  async find(ctx: StrapiContext) {
    const documentId = readPathParam(ctx, 'documentId');
    const locale = readLocaleOnlyQuery(ctx);
    const body: CorrectionHistoryResponse = { data: await getService(strapi, 'briefCorrections').adminHistory(documentId, locale, readFilter(strapi, ctx)) };
    ctx.body = body;
  },
});

export default briefCorrections;
