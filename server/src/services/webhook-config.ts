import type { Core } from '@strapi/strapi';
import { compileAllowList } from '../domain/webhooks/address-policy';
import { DEFAULT_WEBHOOK_OPTIONS, type WebhookOptions } from '../domain/webhooks/options';

/** What the webhook dispatcher and the endpoints service both read: the plugin's webhook options and secret encryption. */

export const webhookOptions = (strapi: Core.Strapi): WebhookOptions => ({
  ...DEFAULT_WEBHOOK_OPTIONS,
  ...((strapi.config.get('plugin::newsroom.webhooks') as Partial<WebhookOptions>) ?? {}),
});

export const webhookAllowList = (strapi: Core.Strapi) => compileAllowList(webhookOptions(strapi).allowList);

/** Endpoint secrets are stored encrypted with the admin's ENCRYPTION_KEY. */
export const webhookSecretEncryption = (strapi: Core.Strapi) =>
  strapi.service('admin::encryption') as { encrypt: (value: string) => string | null; decrypt: (value: string) => string | null };
