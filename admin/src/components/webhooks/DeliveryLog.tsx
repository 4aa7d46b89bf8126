import * as React from 'react';
import { Badge, Box, Button, Flex, Td, Tr, Typography } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { useNotification } from '@strapi/strapi/admin';
import { type MessageDescriptor, useIntl } from 'react-intl';
import { useInFlightIds } from '../../hooks/useInFlightIds';
import { type DeliveryFilter, useWebhookActions, useWebhookDeliveries } from '../../hooks/useWebhooks';
import type { WebhookDelivery, WebhookDeliveryStatus, WebhookEndpoint } from '../../../../server/src/contracts/webhooks';
import { toApiError } from '../../utils/apiError';
import { DATE_TIME_SECONDS_FORMAT, formatDateTime } from '../../utils/dates';
import { getTranslation } from '../../utils/getTranslation';
import { DataTable } from '../DataTable';
import { SelectField } from '../FormFields';
import { LoadState } from '../LoadState';
import { DELIVERY_STATUSES, DELIVERY_STATUS_LABELS } from './webhookMessages';

const STATUS_BADGES: Record<WebhookDeliveryStatus, 'secondary' | 'success' | 'danger'> = {
  pending: 'secondary',
  delivered: 'success',
  failed: 'danger',
};


/** The newest deliveries (status, attempts, the partner's last answer), filters, and "Redeliver". */
export const DeliveryLog = ({ endpoints }: { endpoints: WebhookEndpoint[] }) => {
  const intl = useIntl();
  const { formatMessage } = intl;
  const { toggleNotification } = useNotification();
  const { redeliver } = useWebhookActions();
  const [filter, setFilter] = React.useState<DeliveryFilter>({ status: null, endpointId: null });
  const [poll, setPoll] = React.useState(false);
  const [redelivering, trackRedelivery] = useInFlightIds();
  const deliveries = useWebhookDeliveries(filter, poll);
  const rows = deliveries.data?.data;
  const { reload } = deliveries;

  // An endpoint filtered on and then deleted: back to all endpoints.
  React.useEffect(() => {
    if (filter.endpointId !== null && !endpoints.some((endpoint) => endpoint.id === filter.endpointId)) {
      setFilter((current) => ({ ...current, endpointId: null }));
    }
  }, [endpoints, filter.endpointId]);

  // Pending deliveries are being sent (or wait for a retry): keep the log fresh until they settle.
  React.useEffect(() => setPoll(Boolean(rows?.some((row) => row.status === 'pending'))), [rows]);

  const endpointName = (id: number) =>
    endpoints.find((endpoint) => endpoint.id === id)?.name ??
    formatMessage({ id: getTranslation('webhooks.deliveries.deletedEndpoint'), defaultMessage: 'Deleted endpoint #{id}' }, { id });

  const redeliverRow = (delivery: WebhookDelivery) =>
    trackRedelivery(delivery.id, async () => {
      try {
        await redeliver(delivery.id);
        toggleNotification({
          type: 'success',
          message: formatMessage(
            { id: getTranslation('webhooks.deliveries.redelivered'), defaultMessage: 'Event #{seq} queued again for {name}' },
            { seq: delivery.eventSeq, name: endpointName(delivery.endpointId) },
          ),
        });
        await reload();
      } catch (error) {
        toggleNotification({ type: 'danger', message: toApiError(error).message });
      }
    });

  const headers = [
    formatMessage({ id: getTranslation('webhooks.deliveries.event'), defaultMessage: 'Event' }),
    formatMessage({ id: getTranslation('webhooks.deliveries.endpoint'), defaultMessage: 'Endpoint' }),
    formatMessage({ id: getTranslation('webhooks.deliveries.status'), defaultMessage: 'Status' }),
    formatMessage({ id: getTranslation('webhooks.deliveries.answer'), defaultMessage: 'Last answer' }),
    formatMessage({ id: getTranslation('webhooks.deliveries.when'), defaultMessage: 'When' }),
    formatMessage({ id: getTranslation('webhooks.table.actions'), defaultMessage: 'Actions' }),
  ];

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Flex gap={4} alignItems="flex-end" wrap="wrap">
        <Box minWidth="18rem">
          <SelectField
            name="deliveryStatus"
            label={formatMessage({ id: getTranslation('webhooks.deliveries.status'), defaultMessage: 'Status' })}
            size="S"
            value={filter.status ?? ''}
            options={[
              {
                value: '',
                label: formatMessage({ id: getTranslation('webhooks.deliveries.allStatuses'), defaultMessage: 'All statuses' }),
              },
              ...DELIVERY_STATUSES.map((status) => ({ value: status, label: formatMessage(DELIVERY_STATUS_LABELS[status]) })),
            ]}
            onChange={(status) => setFilter((current) => ({ ...current, status: status || null }))}
          />
        </Box>
        <Box minWidth="22rem">
          <SelectField
            name="deliveryEndpoint"
            label={formatMessage({ id: getTranslation('webhooks.deliveries.endpoint'), defaultMessage: 'Endpoint' })}
            size="S"
            value={filter.endpointId === null ? '' : String(filter.endpointId)}
            options={[
              {
                value: '',
                label: formatMessage({ id: getTranslation('webhooks.deliveries.allEndpoints'), defaultMessage: 'All endpoints' }),
              },
              ...endpoints.map((endpoint) => ({ value: String(endpoint.id), label: endpoint.name })),
            ]}
            onChange={(id) =>
              setFilter((current) => ({ ...current, endpointId: endpoints.find((endpoint) => String(endpoint.id) === id)?.id ?? null }))
            }
          />
        </Box>
        <Button variant="tertiary" startIcon={<ArrowClockwise />} onClick={() => void reload()}>
          {formatMessage({ id: getTranslation('webhooks.deliveries.refresh'), defaultMessage: 'Refresh' })}
        </Button>
      </Flex>

      <LoadState
        isLoading={deliveries.isLoading}
        loadingLabel={formatMessage({ id: getTranslation('webhooks.deliveries.loading'), defaultMessage: 'Loading deliveries…' })}
        error={
          rows
            ? null
            : formatMessage(
                { id: getTranslation('webhooks.deliveries.loadError'), defaultMessage: 'The delivery log could not be loaded: {message}' },
                { message: deliveries.error?.message ?? '' },
              )
        }
        empty={
          rows && rows.length === 0
            ? filter.status || filter.endpointId !== null
              ? formatMessage({ id: getTranslation('webhooks.deliveries.noMatch'), defaultMessage: 'No delivery matches these filters.' })
              : formatMessage({
                  id: getTranslation('webhooks.deliveries.empty'),
                  defaultMessage: 'No delivery yet: one is queued for each endpoint whenever a brief or its toll changes publicly.',
                })
            : null
        }
      >
        <DataTable headers={headers} rowCount={rows?.length ?? 0}>
          {rows?.map((delivery) => (
            <Tr key={delivery.id} data-testid="webhook-delivery">
              <Td style={{ whiteSpace: 'normal', maxWidth: '18rem', overflowWrap: 'anywhere' }}>
                <Flex direction="column" alignItems="flex-start" gap={1}>
                  <Typography fontWeight="bold">
                    {formatMessage(
                      { id: getTranslation('webhooks.deliveries.seq'), defaultMessage: 'Event #{seq}' },
                      { seq: delivery.eventSeq },
                    )}
                  </Typography>
                  {delivery.eventType ? (
                    <Typography variant="pi">
                      {formatMessage(
                        { id: getTranslation('webhooks.deliveries.carries'), defaultMessage: '{type} · {slug} ({locale})' },
                        { type: delivery.eventType, slug: delivery.slug ?? delivery.documentId ?? '', locale: delivery.locale ?? '' },
                      )}
                    </Typography>
                  ) : null}
                  <Typography variant="pi" textColor="neutral600" style={{ fontFamily: 'monospace' }}>
                    {delivery.eventId}
                  </Typography>
                </Flex>
              </Td>
              <Td>
                <Typography>{endpointName(delivery.endpointId)}</Typography>
              </Td>
              <Td>
                <Flex direction="column" alignItems="flex-start" gap={1}>
                  <Badge size="S" variant={STATUS_BADGES[delivery.status]}>
                    {formatMessage(DELIVERY_STATUS_LABELS[delivery.status])}
                  </Badge>
                  <Typography variant="pi" textColor="neutral600">
                    {formatMessage(
                      {
                        id: getTranslation('webhooks.deliveries.attempts'),
                        defaultMessage: '{count, plural, =0 {not sent yet} one {# attempt} other {# attempts}}',
                      },
                      { count: delivery.attempts },
                    )}
                  </Typography>
                </Flex>
              </Td>
              <Td style={{ whiteSpace: 'normal' }}>
                <LastAnswer delivery={delivery} />
              </Td>
              <Td>
                <Flex direction="column" alignItems="flex-start" gap={1}>
                  <Typography variant="pi">
                    {formatMessage(
                      { id: getTranslation('webhooks.deliveries.queued'), defaultMessage: 'Queued {date}' },
                      { date: formatDateTime(intl, delivery.createdAt, DATE_TIME_SECONDS_FORMAT) },
                    )}
                  </Typography>
                  {delivery.lastAttemptAt && delivery.status !== 'delivered' ? (
                    <DatedLine
                      message={{ id: getTranslation('webhooks.deliveries.lastAttempt'), defaultMessage: 'Last tried {date}' }}
                      date={delivery.lastAttemptAt}
                    />
                  ) : null}
                  {delivery.status === 'delivered' && delivery.deliveredAt ? (
                    <DatedLine
                      message={{ id: getTranslation('webhooks.deliveries.deliveredAt'), defaultMessage: 'Delivered {date}' }}
                      date={delivery.deliveredAt}
                    />
                  ) : null}
                  {delivery.status === 'pending' && delivery.attempts > 0 && delivery.nextAttemptAt ? (
                    <DatedLine
                      message={{ id: getTranslation('webhooks.deliveries.nextAttempt'), defaultMessage: 'Next attempt {date}' }}
                      date={delivery.nextAttemptAt}
                    />
                  ) : null}
                </Flex>
              </Td>
              <Td>
                {delivery.status === 'pending' ? null : (
                  <Button
                    size="S"
                    variant={delivery.status === 'failed' ? 'secondary' : 'tertiary'}
                    startIcon={<ArrowClockwise />}
                    loading={redelivering.has(delivery.id)}
                    onClick={() => void redeliverRow(delivery)}
                  >
                    {formatMessage({ id: getTranslation('webhooks.deliveries.redeliver'), defaultMessage: 'Redeliver' })}
                  </Button>
                )}
              </Td>
            </Tr>
          ))}
        </DataTable>
      </LoadState>
    </Flex>
  );
};

/** A grey line of the "When" column: `message` with its `{date}`. */
const DatedLine = ({ message, date }: { message: MessageDescriptor; date: string }) => {
  const intl = useIntl();
  return (
    <Typography variant="pi" textColor="neutral600">
      {intl.formatMessage(message, { date: formatDateTime(intl, date, DATE_TIME_SECONDS_FORMAT) })}
    </Typography>
  );
};

/** The partner's last answer: its HTTP status, or what went wrong (network error, timeout…). */
const LastAnswer = ({ delivery }: { delivery: WebhookDelivery }) => {
  const { formatMessage } = useIntl();
  const { lastStatus, lastError } = delivery;
  const statusText =
    lastStatus !== null
      ? formatMessage({ id: getTranslation('webhooks.deliveries.httpStatus'), defaultMessage: 'HTTP {status}' }, { status: lastStatus })
      : null;
  // "HTTP 400" errors say nothing the status does not.
  const errorText = lastError && lastError !== `HTTP ${lastStatus}` ? lastError : null;
  if (!statusText && !errorText) {
    return (
      <Typography variant="pi" textColor="neutral500">
        {formatMessage({ id: getTranslation('credit.none'), defaultMessage: '—' })}
      </Typography>
    );
  }
  const failed = delivery.status !== 'delivered';
  return (
    <Flex direction="column" alignItems="flex-start" gap={1}>
      {statusText ? (
        <Typography variant="pi" fontWeight="semiBold" textColor={failed ? 'danger600' : 'success600'}>
          {statusText}
        </Typography>
      ) : null}
      {errorText ? (
        <Typography variant="pi" textColor="danger600" style={{ overflowWrap: 'anywhere' }}>
          {errorText}
        </Typography>
      ) : null}
    </Flex>
  );
};
