import type { Core } from '@strapi/strapi';
import { getService } from './services/get-service';

const destroy = async ({ strapi }: { strapi: Core.Strapi }) => {
  await getService(strapi, 'embargo').stop();
  await getService(strapi, 'retention').stop();
  await getService(strapi, 'webhookDispatcher').stop();
};

export default destroy;
