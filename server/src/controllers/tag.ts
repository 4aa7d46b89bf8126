import type { Core } from '@strapi/strapi';
import { noQuery } from '../domain/validation';
import { validateInput } from '../http-errors';
import { getService } from '../services/get-service';
import { cachedRead, readCaller, type StrapiContext } from './context';

/** Content API: the tag vocabulary (name, slug, kind) of public briefs, for building filters. */
const tag = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: StrapiContext) {
    // The route takes no parameters: a typo must not look like a filter that matched nothing.
    validateInput(noQuery, ctx.query);
    const caller = await readCaller(strapi, ctx);
    ctx.body = await cachedRead(strapi, ctx, caller.entitledToEmbargoed, async () => ({ data: await getService(strapi, 'publicBriefs').tags(caller), meta: {} }));
  },
});

export default tag;
