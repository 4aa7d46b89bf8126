import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type {
  WebhookDeliveriesResponse,
  WebhookEndpointCreatedResponse,
  WebhookEndpointResponse,
  WebhookEndpointsResponse,
  WebhookRedeliverResponse,
  WebhookSecretResponse,
} from '../contracts/webhooks';
import { getService } from '../services/get-service';
import { noBody, noQuery, pathId } from '../domain/validation';
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
    const body: WebhookEndpointsResponse = { data: await getService(strapi, 'webhookEndpoints').listEndpoints() };
    ctx.body = body;
  },
  async create(ctx: StrapiContext) {
    const body: WebhookEndpointCreatedResponse = { data: await getService(strapi, 'webhookEndpoints').createEndpoint(ctx.request.body) };
    ctx.status = 201;
    ctx.body = body;
  },
  async update(ctx: StrapiContext) {
    const body: WebhookEndpointResponse = { data: await getService(strapi, 'webhookEndpoints').updateEndpoint(readId(ctx), ctx.request.body) };
    ctx.body = body;
  },
  async rotateSecret(ctx: StrapiContext) {
    validateInput(noBody, ctx.request.body ?? {});
    const body: WebhookSecretResponse = { data: await getService(strapi, 'webhookEndpoints').rotateSecret(readId(ctx)) };
    ctx.body = body;
  },
  async delete(ctx: StrapiContext) {
    await getService(strapi, 'webhookEndpoints').deleteEndpoint(readId(ctx));
    ctx.status = 204;
  },
  async deliveries(ctx: StrapiContext) {
    const body: WebhookDeliveriesResponse = { data: await getService(strapi, 'webhookEndpoints').listDeliveries(validateInput(deliveriesQuerySchema, ctx.query)) };
    ctx.body = body;
  },
  async redeliver(ctx: StrapiContext) {
    validateInput(noBody, ctx.request.body ?? {});
    const body: WebhookRedeliverResponse = { data: await getService(strapi, 'webhookEndpoints').redeliver(readId(ctx)) };
    ctx.body = body;
  },
});

export default webhooks;
