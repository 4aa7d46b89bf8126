import type { Core } from '@strapi/strapi';
import { getService } from './services/get-service';

const destroy = async ({ strapi }: { strapi: Core.Strapi }) => {
  getService(strapi, 'embargo').stop();
  getService(strapi, 'retention').stop();
  await getService(strapi, 'webhooks').stop();
};

export default destroy;
