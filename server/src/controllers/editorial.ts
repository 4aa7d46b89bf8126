import type { Core } from '@strapi/strapi';
import type { EditorialAction, EditorialActionResponse } from '../contracts/editorial';
import { getService } from '../services/get-service';
import { readPathParam, writeAccess, type StrapiContext } from './context';

/** Admin editorial actions of the contract: POST /newsroom/briefs/:documentId/{kill,withhold,release}. */
const editorial = ({ strapi }: { strapi: Core.Strapi }) => {
  const apply = async (action: EditorialAction, ctx: StrapiContext) => {
    const body: EditorialActionResponse = {
      data: await getService(strapi, 'editorial').apply(action, readPathParam(ctx, 'documentId'), ctx.request.body, writeAccess(strapi, ctx)),
    };
    ctx.body = body;
  };
  return {
    kill: (ctx: StrapiContext) => apply('kill', ctx),
    withhold: (ctx: StrapiContext) => apply('withhold', ctx),
    release: (ctx: StrapiContext) => apply('release', ctx),
  };
};

export default editorial;
