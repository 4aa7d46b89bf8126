import * as React from 'react';
import {
  Badge,
  Box,
  Button,
  Field,
  Flex,
  Loader,
  SingleSelect,
  SingleSelectOption,
  Table,
  Tbody,
  Td,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { type DeliveryFilter, useWebhookActions, useWebhookDeliveries } from '../../hooks/useWebhooks';
import type { WebhookDelivery, WebhookDeliveryStatus, WebhookEndpoint } from '../../types';
import { toApiError } from '../../utils/apiError';
import { getTranslation } from '../../utils/getTranslation';
import { DELIVERY_STATUSES, DELIVERY_STATUS_LABELS } from './webhookMessages';

const STATUS_BADGES: Record<WebhookDeliveryStatus, 'secondary' | 'success' | 'danger'> = {
  pending: 'secondary',
  delivered: 'success',
  failed: 'danger',
};

const DATE_TIME = { dateStyle: 'short', timeStyle: 'medium' } as const;

/** The newest deliveries (status, attempts, the partner's last answer), filters, and "Redeliver". */
export const DeliveryLog = ({ endpoints }: { endpoints: WebhookEndpoint[] }) => {
  const intl = useIntl();
  const { formatMessage } = intl;
  const { toggleNotification } = useNotification();
  const { redeliver } = useWebhookActions();
  const [filter, setFilter] = React.useState<DeliveryFilter>({ status: null, endpointId: null });
  const [poll, setPoll] = React.useState(false);
  const [redelivering, setRedelivering] = React.useState<ReadonlySet<number>>(new Set());
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

  const redeliverRow = async (delivery: WebhookDelivery) => {
    setRedelivering((current) => new Set(current).add(delivery.id));
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
    } finally {
      setRedelivering((current) => {
        const next = new Set(current);
        next.delete(delivery.id);
        return next;
      });
    }
  };

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
          <Field.Root name="deliveryStatus">
            <Field.Label>{formatMessage({ id: getTranslation('webhooks.deliveries.status'), defaultMessage: 'Status' })}</Field.Label>
            <SingleSelect
              size="S"
              value={filter.status ?? ''}
              onChange={(value) =>
                setFilter((current) => ({ ...current, status: DELIVERY_STATUSES.find((status) => status === value) ?? null }))
              }
            >
              <SingleSelectOption value="">
                {formatMessage({ id: getTranslation('webhooks.deliveries.allStatuses'), defaultMessage: 'All statuses' })}
              </SingleSelectOption>
              {DELIVERY_STATUSES.map((status) => (
                <SingleSelectOption key={status} value={status}>
                  {formatMessage(DELIVERY_STATUS_LABELS[status])}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
        </Box>
        <Box minWidth="22rem">
          <Field.Root name="deliveryEndpoint">
            <Field.Label>{formatMessage({ id: getTranslation('webhooks.deliveries.endpoint'), defaultMessage: 'Endpoint' })}</Field.Label>
            <SingleSelect
              size="S"
              value={filter.endpointId === null ? '' : String(filter.endpointId)}
              onChange={(value) =>
                setFilter((current) => ({
                  ...current,
                  endpointId: endpoints.find((endpoint) => String(endpoint.id) === String(value))?.id ?? null,
                }))
              }
            >
              <SingleSelectOption value="">
                {formatMessage({ id: getTranslation('webhooks.deliveries.allEndpoints'), defaultMessage: 'All endpoints' })}
              </SingleSelectOption>
              {endpoints.map((endpoint) => (
                <SingleSelectOption key={endpoint.id} value={String(endpoint.id)}>
                  {endpoint.name}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
        </Box>
        <Button variant="tertiary" startIcon={<ArrowClockwise />} onClick={() => void reload()}>
          {formatMessage({ id: getTranslation('webhooks.deliveries.refresh'), defaultMessage: 'Refresh' })}
        </Button>
      </Flex>

      {deliveries.isLoading ? (
        <Flex justifyContent="center" padding={4}>
          <Loader small>{formatMessage({ id: getTranslation('webhooks.deliveries.loading'), defaultMessage: 'Loading deliveries…' })}</Loader>
        </Flex>
      ) : !rows ? (
        <Typography textColor="danger600">
          {formatMessage(
            { id: getTranslation('webhooks.deliveries.loadError'), defaultMessage: 'The delivery log could not be loaded: {message}' },
            { message: deliveries.error?.message ?? '' },
          )}
        </Typography>
      ) : rows.length === 0 ? (
        <Typography textColor="neutral600">
          {filter.status || filter.endpointId !== null
            ? formatMessage({ id: getTranslation('webhooks.deliveries.noMatch'), defaultMessage: 'No delivery matches these filters.' })
            : formatMessage({
                id: getTranslation('webhooks.deliveries.empty'),
                defaultMessage: 'No delivery yet: one is queued for each endpoint whenever a brief or its toll changes publicly.',
              })}
        </Typography>
      ) : (
        <Table colCount={headers.length} rowCount={rows.length + 1}>
          <Thead>
            <Tr>
              {headers.map((header) => (
                <Th key={header}>
                  <Typography variant="sigma" textColor="neutral600">
                    {header}
                  </Typography>
                </Th>
              ))}
            </Tr>
          </Thead>
          <Tbody>
            {rows.map((delivery) => (
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
                        { date: intl.formatDate(delivery.createdAt, DATE_TIME) },
                      )}
                    </Typography>
                    {delivery.lastAttemptAt && delivery.status !== 'delivered' ? (
                      <Typography variant="pi" textColor="neutral600">
                        {formatMessage(
                          { id: getTranslation('webhooks.deliveries.lastAttempt'), defaultMessage: 'Last tried {date}' },
                          { date: intl.formatDate(delivery.lastAttemptAt, DATE_TIME) },
                        )}
                      </Typography>
                    ) : null}
                    {delivery.status === 'delivered' && delivery.deliveredAt ? (
                      <Typography variant="pi" textColor="neutral600">
                        {formatMessage(
                          { id: getTranslation('webhooks.deliveries.deliveredAt'), defaultMessage: 'Delivered {date}' },
                          { date: intl.formatDate(delivery.deliveredAt, DATE_TIME) },
                        )}
                      </Typography>
                    ) : null}
                    {delivery.status === 'pending' && delivery.attempts > 0 && delivery.nextAttemptAt ? (
                      <Typography variant="pi" textColor="neutral600">
                        {formatMessage(
                          { id: getTranslation('webhooks.deliveries.nextAttempt'), defaultMessage: 'Next attempt {date}' },
                          { date: intl.formatDate(delivery.nextAttemptAt, DATE_TIME) },
                        )}
                      </Typography>
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
          </Tbody>
        </Table>
      )}
    </Flex>
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
