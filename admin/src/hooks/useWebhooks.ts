import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type {
  WebhookDeliveriesResponse,
  WebhookDeliveryStatus,
  WebhookEndpointBody,
  WebhookEndpointCreatedResponse,
  WebhookEndpointResponse,
  WebhookEndpointsResponse,
  WebhookRedeliverResponse,
  WebhookSecretResponse,
} from '../../../server/src/contracts/webhooks';
import { useApiResource } from './useApiResource';

/** The delivery log refreshes this often while a delivery in it is still pending. */
export const DELIVERY_POLL_MS = 3_000;

export const useWebhookEndpoints = () => useApiResource<WebhookEndpointsResponse>('/newsroom/webhooks');

export interface DeliveryFilter {
  status: WebhookDeliveryStatus | null;
  endpointId: number | null;
}

/** GET /newsroom/webhook-deliveries (newest 100), polled while `poll` (some shown delivery is pending). */
export const useWebhookDeliveries = ({ status, endpointId }: DeliveryFilter, poll: boolean) => {
  const query = new URLSearchParams();
  if (status) query.set('status', status);
  if (endpointId !== null) query.set('endpointId', String(endpointId));
  const search = query.toString();
  return useApiResource<WebhookDeliveriesResponse>(`/newsroom/webhook-deliveries${search ? `?${search}` : ''}`, {
    pollMs: poll ? DELIVERY_POLL_MS : undefined,
  });
};

const endpointPath = (id: number) => `/newsroom/webhooks/${encodeURIComponent(String(id))}`;

/** Writes of the webhooks screen; each rejects with the FetchError of a 4xx (400s name their fields). */
export const useWebhookActions = () => {
  const { post, put, del } = useFetchClient();
  return React.useMemo(
    () => ({
      /** The answer is the only time the secret is ever readable. */
      create: async (body: WebhookEndpointBody) =>
        (await post<WebhookEndpointCreatedResponse>('/newsroom/webhooks', body)).data.data,
      update: async (id: number, body: WebhookEndpointBody) =>
        (await put<WebhookEndpointResponse>(endpointPath(id), body)).data.data,
      rotateSecret: async (id: number) => (await post<WebhookSecretResponse>(`${endpointPath(id)}/rotate-secret`, {})).data.data,
      remove: async (id: number) => {
        await del(endpointPath(id));
      },
      redeliver: async (id: number) => {
        await post<WebhookRedeliverResponse>(`/newsroom/webhook-deliveries/${encodeURIComponent(String(id))}/redeliver`, {});
      },
    }),
    [post, put, del],
  );
};
