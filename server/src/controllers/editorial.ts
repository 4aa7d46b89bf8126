import type { Core } from '@strapi/strapi';
import { getService } from '../services/get-service';
import { readPathParam, writeAccess, type StrapiContext } from './context';

/** Admin editorial actions of the contract: POST /newsroom/briefs/:documentId/{kill,withhold,release}. */
const editorial = ({ strapi }: { strapi: Core.Strapi }) => ({
  async kill(ctx: StrapiContext) {
    ctx.body = { data: await getService(strapi, 'editorial').apply('kill', readPathParam(ctx, 'documentId'), ctx.request.body, writeAccess(strapi, ctx)) };
  },
  async withhold(ctx: StrapiContext) {
    ctx.body = { data: await getService(strapi, 'editorial').apply('withhold', readPathParam(ctx, 'documentId'), ctx.request.body, writeAccess(strapi, ctx)) };
  },
  async release(ctx: StrapiContext) {
    ctx.body = { data: await getService(strapi, 'editorial').apply('release', readPathParam(ctx, 'documentId'), ctx.request.body, writeAccess(strapi, ctx)) };
  },
});

export default editorial;
