import type { Core } from '@strapi/strapi';
import { getService } from './services';

const destroy = async ({ strapi }: { strapi: Core.Strapi }) => {
  getService(strapi, 'embargo').stop();
  await getService(strapi, 'webhooks').stop();
};

export default destroy;
