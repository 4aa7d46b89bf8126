import type { Core } from '@strapi/strapi';
import { validationFailed } from '../http-errors';
import { rejectUnknownParameters } from '../domain/brief/list-query';
import type { FieldError, PublicTag } from '../domain/contract';
import { TAG_UID } from '../uids';
import type { StrapiContext } from './context';

/** Content API: the tag vocabulary (name, slug, kind), for building filters. */
const tag = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: StrapiContext) {
    const errors: FieldError[] = [];
    rejectUnknownParameters(ctx.query, [], errors);
    if (errors.length > 0) throw validationFailed(errors);
    const rows = await strapi.db.query(TAG_UID).findMany({ select: ['name', 'slug', 'kind'], orderBy: [{ kind: 'asc' }, { name: 'asc' }] });
    const sanitized = (await strapi.contentAPI.sanitize.output(rows, strapi.getModel(TAG_UID), { auth: ctx.state.auth })) as PublicTag[];
    ctx.body = { data: sanitized.map(({ name, slug, kind }) => ({ name, slug, kind })), meta: {} };
  },
});

export default tag;
