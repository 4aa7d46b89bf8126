import { Badge, Flex, IconButton, Switch, Td, Tr, Typography } from '@strapi/design-system';
import { Key, Pencil, Trash } from '@strapi/icons';
import { useIntl } from 'react-intl';
import type { WebhookEndpoint } from '../../../../server/src/contracts/webhooks';
import { getTranslation } from '../../utils/getTranslation';
import { Code } from '../Code';
import { DataTable } from '../DataTable';
import { WebhookUrl } from './WebhookUrl';

interface EndpointTableProps {
  endpoints: WebhookEndpoint[];
  /** Endpoints whose enable / disable call is in flight. */
  busyIds: ReadonlySet<number>;
  onToggle: (endpoint: WebhookEndpoint, enabled: boolean) => void;
  onEdit: (endpoint: WebhookEndpoint) => void;
  onRotate: (endpoint: WebhookEndpoint) => void;
  onDelete: (endpoint: WebhookEndpoint) => void;
}

/** The icon buttons of each row, in order; their labels name the endpoint. */
const ROW_ACTIONS = [
  { handler: 'onEdit', icon: <Pencil />, label: { id: getTranslation('webhooks.edit'), defaultMessage: 'Edit {name}' } },
  { handler: 'onRotate', icon: <Key />, label: { id: getTranslation('webhooks.rotate'), defaultMessage: 'Rotate the secret of {name}' } },
  { handler: 'onDelete', icon: <Trash />, label: { id: getTranslation('webhooks.delete'), defaultMessage: 'Delete {name}' } },
] as const;

/** The partner endpoints: name and URL, events, entitlement, an enabled switch and the row actions. */
export const EndpointTable = ({ endpoints, busyIds, onToggle, onEdit, onRotate, onDelete }: EndpointTableProps) => {
  const { formatMessage } = useIntl();
  const handlers = { onEdit, onRotate, onDelete };
  const headers = [
    formatMessage({ id: getTranslation('webhooks.table.endpoint'), defaultMessage: 'Endpoint' }),
    formatMessage({ id: getTranslation('webhooks.table.events'), defaultMessage: 'Events' }),
    formatMessage({ id: getTranslation('webhooks.table.access'), defaultMessage: 'Embargoed briefs' }),
    formatMessage({ id: getTranslation('webhooks.table.enabled'), defaultMessage: 'Enabled' }),
    formatMessage({ id: getTranslation('webhooks.table.actions'), defaultMessage: 'Actions' }),
  ];

  return (
    <DataTable headers={headers} rowCount={endpoints.length}>
      {endpoints.map((endpoint) => (
        <Tr key={endpoint.id} data-testid="webhook-endpoint">
          <Td style={{ whiteSpace: 'normal' }}>
            <Flex direction="column" alignItems="flex-start" gap={1}>
              <Typography fontWeight="bold">{endpoint.name}</Typography>
              <WebhookUrl url={endpoint.url} />
            </Flex>
          </Td>
          <Td style={{ whiteSpace: 'normal' }}>
            {endpoint.events.length === 0 ? (
              <Typography variant="pi" textColor="neutral800">
                {formatMessage({ id: getTranslation('webhooks.events.all'), defaultMessage: 'All events' })}
              </Typography>
            ) : (
              <Flex gap={1} wrap="wrap">
                {endpoint.events.map((type) => (
                  <Code key={type}>{type}</Code>
                ))}
              </Flex>
            )}
          </Td>
          <Td>
            {endpoint.entitled ? (
              <Badge size="S" variant="warning">
                {formatMessage({ id: getTranslation('webhooks.entitled'), defaultMessage: 'Before embargo' })}
              </Badge>
            ) : (
              <Typography variant="pi" textColor="neutral600">
                {formatMessage({ id: getTranslation('webhooks.notEntitled'), defaultMessage: 'After embargo' })}
              </Typography>
            )}
          </Td>
          <Td>
            <Switch
              checked={endpoint.enabled}
              disabled={busyIds.has(endpoint.id)}
              visibleLabels
              onLabel={formatMessage({ id: getTranslation('common.on'), defaultMessage: 'On' })}
              offLabel={formatMessage({ id: getTranslation('common.off'), defaultMessage: 'Off' })}
              aria-label={formatMessage(
                { id: getTranslation('webhooks.toggle'), defaultMessage: 'Deliveries to {name}' },
                { name: endpoint.name },
              )}
              onCheckedChange={(checked) => onToggle(endpoint, checked)}
            />
          </Td>
          <Td>
            <Flex gap={1}>
              {ROW_ACTIONS.map((action) => (
                <IconButton
                  key={action.handler}
                  variant="ghost"
                  label={formatMessage(action.label, { name: endpoint.name })}
                  onClick={() => handlers[action.handler](endpoint)}
                >
                  {action.icon}
                </IconButton>
              ))}
            </Flex>
          </Td>
        </Tr>
      ))}
    </DataTable>
  );
};
