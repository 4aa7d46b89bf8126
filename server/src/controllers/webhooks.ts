import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getService } from '../services/get-service';
import { noQuery, pathId } from '../domain/validation';
import { deliveriesQuerySchema } from '../domain/webhooks/deliveries-query';
import { validateInput } from '../http-errors';
import type { StrapiContext } from './context';

/** `:id` is a row id: digits within int4, else no such row (never a query the database refuses). */
const readId = (ctx: StrapiContext): number => {
  const id = pathId().safeParse(ctx.params.id);
  if (!id.success) throw new errors.NotFoundError('Not found');
  return id.data;
};

/** Admin API of partner webhook endpoints and their delivery log. */
const webhooks = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: StrapiContext) {
    validateInput(noQuery, ctx.query);
    ctx.body = { data: await getService(strapi, 'webhookEndpoints').listEndpoints() };
  },
  async create(ctx: StrapiContext) {
    ctx.status = 201;
    ctx.body = { data: await getService(strapi, 'webhookEndpoints').createEndpoint(ctx.request.body) };
  },
  async update(ctx: StrapiContext) {
    ctx.body = { data: await getService(strapi, 'webhookEndpoints').updateEndpoint(readId(ctx), ctx.request.body) };
  },
  async rotateSecret(ctx: StrapiContext) {
    ctx.body = { data: await getService(strapi, 'webhookEndpoints').rotateSecret(readId(ctx)) };
  },
  async delete(ctx: StrapiContext) {
    await getService(strapi, 'webhookEndpoints').deleteEndpoint(readId(ctx));
    ctx.status = 204;
  },
  async deliveries(ctx: StrapiContext) {
    ctx.body = { data: await getService(strapi, 'webhookEndpoints').listDeliveries(validateInput(deliveriesQuerySchema, ctx.query)) };
  },
  async redeliver(ctx: StrapiContext) {
    ctx.body = { data: await getService(strapi, 'webhookEndpoints').redeliver(readId(ctx)) };
  },
});

export default webhooks;
