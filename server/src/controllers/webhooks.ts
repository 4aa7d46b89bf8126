import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getService } from '../services';
import type { StrapiContext } from './context';

const readId = (ctx: StrapiContext): number => {
  const id = Number(ctx.params.id);
  if (!Number.isInteger(id) || id < 1) throw new errors.NotFoundError('Not found');
  return id;
};

/** Admin API of partner webhook endpoints and their delivery log. */
const webhooks = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: StrapiContext) {
    ctx.body = { data: await getService(strapi, 'webhooks').listEndpoints() };
  },
  async create(ctx: StrapiContext) {
    ctx.status = 201;
    ctx.body = { data: await getService(strapi, 'webhooks').createEndpoint(ctx.request.body) };
  },
  async update(ctx: StrapiContext) {
    ctx.body = { data: await getService(strapi, 'webhooks').updateEndpoint(readId(ctx), ctx.request.body) };
  },
  async rotateSecret(ctx: StrapiContext) {
    ctx.body = { data: await getService(strapi, 'webhooks').rotateSecret(readId(ctx)) };
  },
  async delete(ctx: StrapiContext) {
    await getService(strapi, 'webhooks').deleteEndpoint(readId(ctx));
    ctx.status = 204;
  },
  async deliveries(ctx: StrapiContext) {
    ctx.body = { data: await getService(strapi, 'webhooks').listDeliveries(ctx.query) };
  },
  async redeliver(ctx: StrapiContext) {
    ctx.body = { data: await getService(strapi, 'webhooks').redeliver(readId(ctx)) };
  },
});

export default webhooks;
