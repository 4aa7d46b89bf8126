import type { Core } from '@strapi/strapi';
import { getService } from '../services';
import type { StrapiContext } from './context';

/** Admin API for the homepage widgets and the settings page's role setup. */
const desk = ({ strapi }: { strapi: Core.Strapi }) => ({
  async mayRise(ctx: StrapiContext) {
    ctx.body = await getService(strapi, 'desk').mayRise();
  },
  async breaking(ctx: StrapiContext) {
    ctx.body = await getService(strapi, 'desk').breaking();
  },
  async setupRoles(ctx: StrapiContext) {
    ctx.body = { data: await getService(strapi, 'roles').setupRoles() };
  },
});

export default desk;
