import type { Core } from '@strapi/strapi';
import { wireImportRequestSchema } from '../domain/wire/import-request';
import { noQuery } from '../domain/validation';
import { validateInput } from '../http-errors';
import { getService } from '../services/get-service';
import { readFilter, readPathParam, writeAccess, type StrapiContext } from './context';

/** Admin API of the wire import, and the proposed toll it leaves for the toll desk. */
const wireImport = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** POST /newsroom/import: the parse result; with `create: true` also the new draft. */
  async import(ctx: StrapiContext) {
    validateInput(noQuery, ctx.query);
    const request = validateInput(wireImportRequestSchema, ctx.request.body);
    const user = ctx.state.user as { id: number; firstname?: string; lastname?: string; email?: string };
    const { result, draft } = await getService(strapi, 'wireImport').run(request, { user, readFilter: readFilter(strapi, ctx), userAbility: ctx.state.userAbility });
    if (draft) ctx.status = 201;
    ctx.body = { data: { result, draft } };
  },

  /** GET /newsroom/briefs/:documentId/toll-proposal: the proposed toll while the brief has none, else null. */
  async findProposal(ctx: StrapiContext) {
    const documentId = readPathParam(ctx, 'documentId');
    validateInput(noQuery, ctx.query);
    await getService(strapi, 'desk').requireReadable(documentId, readFilter(strapi, ctx));
    ctx.body = { data: await getService(strapi, 'tollProposals').find(documentId) };
  },

  /** DELETE /newsroom/briefs/:documentId/toll-proposal: after the desk confirmed it (or to discard it). */
  async clearProposal(ctx: StrapiContext) {
    const documentId = readPathParam(ctx, 'documentId');
    validateInput(noQuery, ctx.query);
    await getService(strapi, 'desk').requireWritable(documentId, writeAccess(strapi, ctx));
    await getService(strapi, 'tollProposals').clear(documentId);
    ctx.body = { data: null };
  },
});

export default wireImport;
