import type { Core } from '@strapi/strapi';
import { getService } from '../services/get-service';
import { noQuery } from '../domain/validation';
import { validateInput } from '../http-errors';
import type { StrapiContext } from './context';

/** Admin API of the settings page. */
const settings = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: StrapiContext) {
    validateInput(noQuery, ctx.query);
    ctx.body = { data: await getService(strapi, 'settings').get() };
  },

  async update(ctx: StrapiContext) {
    ctx.body = { data: await getService(strapi, 'settings').save(ctx.request.body) };
  },
});

export default settings;
