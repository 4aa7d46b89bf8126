import type { Core } from '@strapi/strapi';
import { getService } from '../services';
import { readCaller, readLocaleOnlyQuery, type StrapiContext } from './context';

/** Content API: the public toll history of a public brief, oldest first. */
const toll = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: StrapiContext) {
    const locale = readLocaleOnlyQuery(ctx);
    const caller = await readCaller(strapi, ctx);
    const { documentId } = await getService(strapi, 'publicBriefs').requirePublicDocument(ctx.params.slug, locale, caller);
    const tolls = getService(strapi, 'tolls');
    const [revisions, version] = await Promise.all([tolls.publicHistory(documentId), tolls.version(documentId)]);
    ctx.set('ETag', `"${version}"`);
    ctx.body = { data: revisions, meta: { version } };
  },
});

export default toll;
