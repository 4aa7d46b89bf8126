import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { findServedNinjsSchema } from '../domain/ninjs';
import { getService } from '../services/get-service';
import { readPathParam, type StrapiContext } from './context';
import { respondWithETag } from './http-cache';

/** Content API: GET /api/newsroom/schemas/:file — the ninjs extension schemas the profile output points at. */
const schema = ({ strapi }: { strapi: Core.Strapi }) => ({
  async findOne(ctx: StrapiContext) {
    const publicUrl = await getService(strapi, 'settings').publicBaseUrl();
    const found = findServedNinjsSchema(readPathParam(ctx, 'file'), publicUrl);
    if (!found) throw new errors.NotFoundError('No such schema');
    ctx.type = 'application/schema+json; charset=utf-8';
    if (respondWithETag(ctx, ['schema', found])) return;
    ctx.body = found;
  },
});

export default schema;
