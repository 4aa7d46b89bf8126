import type { Core } from '@strapi/strapi';
import type { ClearTollProposalResponse, TollProposalResponse, WireImportResponse } from '../contracts/wire-import';
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
    const body: WireImportResponse = { data: { result, draft } };
    if (draft) ctx.status = 201;
    ctx.body = body;
  },

  /** GET /newsroom/briefs/:documentId/toll-proposal: the proposed toll while the brief has none, else null. */
  async findProposal(ctx: StrapiContext) {
    const documentId = readPathParam(ctx, 'documentId');
    validateInput(noQuery, ctx.query);
    const body: TollProposalResponse = { data: await getService(strapi, 'tollProposals').findForDesk(documentId, readFilter(strapi, ctx)) };
    ctx.body = body;
  },

  /** DELETE /newsroom/briefs/:documentId/toll-proposal: after the desk confirmed it (or to discard it). */
  async clearProposal(ctx: StrapiContext) {
    const documentId = readPathParam(ctx, 'documentId');
    validateInput(noQuery, ctx.query);
    await getService(strapi, 'tollProposals').clearForDesk(documentId, writeAccess(strapi, ctx));
    const body: ClearTollProposalResponse = { data: null };
    ctx.body = body;
  },
});

export default wireImport;
