import type { Core } from '@strapi/strapi';
import type { BreakingResponse, KnownAgenciesResponse, MayRiseResponse } from '../contracts/desk-widgets';
import type { GrantPublicReadResponse, SetupRolesResponse } from '../contracts/settings';
import { DEFAULT_AGENCIES } from '../domain/credit/parse-credit';
import { noBody, noQuery } from '../domain/validation';
import { validateInput } from '../http-errors';
import { getService } from '../services/get-service';
import { readFilter, readLocaleOnlyQuery, type StrapiContext } from './context';

/** Admin API for the homepage widgets, the credit field and the settings page's role setup and public read grant. */
const desk = ({ strapi }: { strapi: Core.Strapi }) => ({
  async mayRise(ctx: StrapiContext) {
    const body: MayRiseResponse = await getService(strapi, 'desk').mayRise(readLocaleOnlyQuery(ctx), readFilter(strapi, ctx));
    ctx.body = body;
  },
  async breaking(ctx: StrapiContext) {
    const body: BreakingResponse = await getService(strapi, 'desk').breaking(readLocaleOnlyQuery(ctx), readFilter(strapi, ctx));
    ctx.body = body;
  },
  /** The agency names the credit parser uses, so the credit field previews what the API will publish. */
  async knownAgencies(ctx: StrapiContext) {
    validateInput(noQuery, ctx.query);
    const { knownAgencies } = await getService(strapi, 'settings').get();
    const body: KnownAgenciesResponse = { data: knownAgencies.length > 0 ? knownAgencies : [...DEFAULT_AGENCIES] };
    ctx.body = body;
  },
  async setupRoles(ctx: StrapiContext) {
    validateInput(noQuery, ctx.query);
    validateInput(noBody, ctx.request.body ?? {});
    const body: SetupRolesResponse = { data: await getService(strapi, 'roles').setupRoles() };
    ctx.body = body;
  },
  async grantPublicRead(ctx: StrapiContext) {
    validateInput(noQuery, ctx.query);
    validateInput(noBody, ctx.request.body ?? {});
    const body: GrantPublicReadResponse = { data: await getService(strapi, 'roles').grantPublicRead() };
    ctx.body = body;
  },
});

export default desk;
