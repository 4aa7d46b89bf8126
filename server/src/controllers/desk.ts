import type { Core } from '@strapi/strapi';
import { DEFAULT_AGENCIES } from '../domain/credit/parse-credit';
import { noQuery } from '../domain/validation';
import { validateInput } from '../http-errors';
import { getService } from '../services/get-service';
import { readFilter, readLocaleOnlyQuery, type StrapiContext } from './context';

/** Briefs in the admin's content locale (`?locale=`), falling back to another locale where one is missing. */
const widgetLocale = (strapi: Core.Strapi, ctx: StrapiContext) => getService(strapi, 'publicBriefs').resolveLocale(readLocaleOnlyQuery(ctx));

/** Admin API for the homepage widgets, the credit field and the settings page's role setup and public read grant. */
const desk = ({ strapi }: { strapi: Core.Strapi }) => ({
  async mayRise(ctx: StrapiContext) {
    ctx.body = await getService(strapi, 'desk').mayRise(await widgetLocale(strapi, ctx), readFilter(strapi, ctx));
  },
  async breaking(ctx: StrapiContext) {
    ctx.body = await getService(strapi, 'desk').breaking(await widgetLocale(strapi, ctx), readFilter(strapi, ctx));
  },
  /** The agency names the credit parser uses, so the credit field previews what the API will publish. */
  async knownAgencies(ctx: StrapiContext) {
    validateInput(noQuery, ctx.query);
    const { knownAgencies } = await getService(strapi, 'settings').get();
    ctx.body = { data: knownAgencies.length > 0 ? knownAgencies : [...DEFAULT_AGENCIES] };
  },
  async setupRoles(ctx: StrapiContext) {
    ctx.body = { data: await getService(strapi, 'roles').setupRoles() };
  },
  async grantPublicRead(ctx: StrapiContext) {
    ctx.body = { data: await getService(strapi, 'roles').grantPublicRead() };
  },
});

export default desk;
