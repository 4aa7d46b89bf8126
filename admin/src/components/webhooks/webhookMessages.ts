import type { MessageDescriptor } from 'react-intl';
import type { WebhookDeliveryStatus } from '../../../../server/src/contracts/webhooks';
import type { FeedEventType } from '../../../../server/src/domain/contract';
import { getTranslation } from '../../utils/getTranslation';

export { FEED_EVENT_TYPES } from '../../../../server/src/domain/contract';

export const EVENT_TYPE_LABELS: Record<FeedEventType, MessageDescriptor> = {
  'brief.published': { id: getTranslation('webhooks.event.brief.published'), defaultMessage: 'Brief published' },
  'brief.updated': { id: getTranslation('webhooks.event.brief.updated'), defaultMessage: 'Brief updated' },
  'brief.unpublished': { id: getTranslation('webhooks.event.brief.unpublished'), defaultMessage: 'Brief unpublished' },
  'brief.killed': { id: getTranslation('webhooks.event.brief.killed'), defaultMessage: 'Brief killed' },
  'brief.withheld': { id: getTranslation('webhooks.event.brief.withheld'), defaultMessage: 'Brief withheld' },
  'brief.released': { id: getTranslation('webhooks.event.brief.released'), defaultMessage: 'Brief released' },
  'brief.corrected': { id: getTranslation('webhooks.event.brief.corrected'), defaultMessage: 'Brief corrected' },
  'toll.updated': { id: getTranslation('webhooks.event.toll.updated'), defaultMessage: 'Toll updated' },
};

export const DELIVERY_STATUS_LABELS: Record<WebhookDeliveryStatus, MessageDescriptor> = {
  pending: { id: getTranslation('webhooks.delivery.status.pending'), defaultMessage: 'Pending' },
  delivered: { id: getTranslation('webhooks.delivery.status.delivered'), defaultMessage: 'Delivered' },
  failed: { id: getTranslation('webhooks.delivery.status.failed'), defaultMessage: 'Failed' },
};

export const DELIVERY_STATUSES: readonly WebhookDeliveryStatus[] = ['pending', 'delivered', 'failed'];
