import type { Core } from '@strapi/strapi';
import type { SettingsResponse } from '../contracts/settings';
import { getService } from '../services/get-service';
import { noQuery } from '../domain/validation';
import { validateInput } from '../http-errors';
import type { StrapiContext } from './context';

/** Admin API of the settings page. */
const settings = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: StrapiContext) {
    validateInput(noQuery, ctx.query);
    const body: SettingsResponse = { data: await getService(strapi, 'settings').get() };
    ctx.body = body;
  },

  async update(ctx: StrapiContext) {
    const body: SettingsResponse = { data: await getService(strapi, 'settings').save(ctx.request.body) };
    ctx.body = body;
  },
});

export default settings;
