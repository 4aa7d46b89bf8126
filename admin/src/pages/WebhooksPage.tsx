import * as React from 'react';
import { Button, Dialog, Flex } from '@strapi/design-system';
import { Key, Plus, Trash, WarningCircle } from '@strapi/icons';
import { Layouts, Page, useNotification, useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { LoadState } from '../components/LoadState';
import { SettingsSection } from '../components/SettingsSection';
import { DeliveryLog } from '../components/webhooks/DeliveryLog';
import { EndpointFormModal } from '../components/webhooks/EndpointFormModal';
import { EndpointTable } from '../components/webhooks/EndpointTable';
import { type RevealedSecret, SecretModal } from '../components/webhooks/SecretModal';
import { VerifyNote } from '../components/webhooks/VerifyNote';
import { useInFlightIds } from '../hooks/useInFlightIds';
import { useWebhookActions, useWebhookEndpoints } from '../hooks/useWebhooks';
import { PERMISSIONS } from '../pluginId';
import type { WebhookEndpoint, WebhookEndpointBody } from '../../../server/src/contracts/webhooks';
import { type ApiError, toApiError } from '../utils/apiError';
import { getTranslation } from '../utils/getTranslation';

/** Settings → Newsroom → Partner webhooks (RBAC `plugin::newsroom.webhooks.manage`). */
const WebhooksPage = () => {
  const { formatMessage } = useIntl();
  const { allowedActions, isLoading } = useRBAC(PERMISSIONS.manageWebhooks);

  if (isLoading) return <Page.Loading />;
  if (!allowedActions.canManage) return <Page.NoPermissions />;
  return (
    <Page.Main>
      <Page.Title>{formatMessage({ id: getTranslation('webhooks.title'), defaultMessage: 'Partner webhooks' })}</Page.Title>
      <WebhooksScreen />
    </Page.Main>
  );
};

type Editing = { endpoint: WebhookEndpoint | null } | null;
type Confirming = { kind: 'rotate' | 'delete'; endpoint: WebhookEndpoint } | null;

const WebhooksScreen = () => {
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const endpoints = useWebhookEndpoints();
  const actions = useWebhookActions();
  const [editing, setEditing] = React.useState<Editing>(null);
  const [formError, setFormError] = React.useState<ApiError | null>(null);
  const [isSubmitting, setIsSubmitting] = React.useState(false);
  const [revealed, setRevealed] = React.useState<RevealedSecret | null>(null);
  const [confirming, setConfirming] = React.useState<Confirming>(null);
  const [busyIds, trackBusy] = useInFlightIds();

  if (endpoints.isLoading) return <Page.Loading />;
  if (!endpoints.data) return <Page.Error />;
  const list = endpoints.data.data;

  const fail = (error: unknown) => toggleNotification({ type: 'danger', message: toApiError(error).message });

  const openForm = (endpoint: WebhookEndpoint | null) => {
    setFormError(null);
    setEditing({ endpoint });
  };

  const submitForm = async (body: WebhookEndpointBody) => {
    if (!editing) return;
    setIsSubmitting(true);
    setFormError(null);
    try {
      if (editing.endpoint) {
        await actions.update(editing.endpoint.id, body);
        toggleNotification({
          type: 'success',
          message: body.secret
            ? formatMessage({ id: getTranslation('webhooks.savedWithSecret'), defaultMessage: 'Endpoint saved with its new secret' })
            : formatMessage({ id: getTranslation('webhooks.saved'), defaultMessage: 'Endpoint saved' }),
        });
      } else {
        const created = await actions.create(body);
        setRevealed({ endpointName: created.name, secret: created.secret, reason: 'created' });
      }
      setEditing(null);
      await endpoints.reload();
    } catch (error) {
      // What was typed stays in the form; 400s show at their fields.
      setFormError(toApiError(error));
    } finally {
      setIsSubmitting(false);
    }
  };

  const toggle = (endpoint: WebhookEndpoint, enabled: boolean) =>
    trackBusy(endpoint.id, async () => {
      try {
        await actions.update(endpoint.id, { enabled });
        await endpoints.reload();
        toggleNotification({
          type: 'success',
          message: enabled
            ? formatMessage({ id: getTranslation('webhooks.enabled'), defaultMessage: '{name} enabled' }, { name: endpoint.name })
            : formatMessage({ id: getTranslation('webhooks.disabled'), defaultMessage: '{name} disabled' }, { name: endpoint.name }),
        });
      } catch (error) {
        fail(error);
      }
    });

  const confirm = async () => {
    if (!confirming) return;
    const { kind, endpoint } = confirming;
    setConfirming(null);
    try {
      if (kind === 'rotate') {
        const { secret } = await actions.rotateSecret(endpoint.id);
        setRevealed({ endpointName: endpoint.name, secret, reason: 'rotated' });
      } else {
        await actions.remove(endpoint.id);
        toggleNotification({
          type: 'success',
          message: formatMessage({ id: getTranslation('webhooks.deleted'), defaultMessage: '{name} deleted' }, { name: endpoint.name }),
        });
      }
      await endpoints.reload();
    } catch (error) {
      fail(error);
    }
  };

  return (
    <>
      <Layouts.Header
        title={formatMessage({ id: getTranslation('webhooks.title'), defaultMessage: 'Partner webhooks' })}
        subtitle={formatMessage({
          id: getTranslation('webhooks.subtitle'),
          defaultMessage: "Feed events pushed to partners' servers, signed with a secret per endpoint",
        })}
        primaryAction={
          <Button startIcon={<Plus />} onClick={() => openForm(null)}>
            {formatMessage({ id: getTranslation('webhooks.add'), defaultMessage: 'Add an endpoint' })}
          </Button>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          <SettingsSection title={formatMessage({ id: getTranslation('webhooks.endpoints'), defaultMessage: 'Endpoints' })}>
            <LoadState
              empty={
                list.length === 0
                  ? formatMessage({
                      id: getTranslation('webhooks.empty'),
                      defaultMessage: 'No endpoint yet. Add one to push feed events to a partner as they happen.',
                    })
                  : null
              }
            >
              <EndpointTable
                endpoints={list}
                busyIds={busyIds}
                onToggle={(endpoint, enabled) => void toggle(endpoint, enabled)}
                onEdit={(endpoint) => openForm(endpoint)}
                onRotate={(endpoint) => setConfirming({ kind: 'rotate', endpoint })}
                onDelete={(endpoint) => setConfirming({ kind: 'delete', endpoint })}
              />
            </LoadState>
          </SettingsSection>
          <SettingsSection
            title={formatMessage({ id: getTranslation('webhooks.deliveries'), defaultMessage: 'Delivery log' })}
            description={formatMessage({
              id: getTranslation('webhooks.deliveries.description'),
              defaultMessage: 'The latest 100 deliveries, newest first. It refreshes by itself while a delivery is pending.',
            })}
          >
            <DeliveryLog endpoints={list} />
          </SettingsSection>
          <SettingsSection
            title={formatMessage({ id: getTranslation('webhooks.verify'), defaultMessage: 'How partners verify a delivery' })}
          >
            <VerifyNote />
          </SettingsSection>
        </Flex>
      </Layouts.Content>

      {editing ? (
        <EndpointFormModal
          endpoint={editing.endpoint}
          error={formError}
          isSubmitting={isSubmitting}
          onSubmit={submitForm}
          onDismissError={() => setFormError(null)}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {revealed ? <SecretModal revealed={revealed} onClose={() => setRevealed(null)} /> : null}
      <Dialog.Root open={confirming !== null} onOpenChange={(open) => (open ? undefined : setConfirming(null))}>
        {confirming ? <ConfirmContent confirming={confirming} onConfirm={() => void confirm()} /> : null}
      </Dialog.Root>
    </>
  );
};

const ConfirmContent = ({ confirming, onConfirm }: { confirming: NonNullable<Confirming>; onConfirm: () => void }) => {
  const { formatMessage } = useIntl();
  const { kind, endpoint } = confirming;
  const name = endpoint.name;
  return (
    <Dialog.Content>
      <Dialog.Header>
        {kind === 'rotate'
          ? formatMessage({ id: getTranslation('webhooks.rotate.title'), defaultMessage: 'Rotate the secret of {name}?' }, { name })
          : formatMessage({ id: getTranslation('webhooks.delete.title'), defaultMessage: 'Delete {name}?' }, { name })}
      </Dialog.Header>
      <Dialog.Body icon={<WarningCircle fill="danger600" />}>
        <Dialog.Description>
          {kind === 'rotate'
            ? formatMessage({
                id: getTranslation('webhooks.rotate.explanation'),
                defaultMessage:
                  'A new secret is generated and shown once. The current one stops working at once: the partner must switch to the new secret to keep verifying deliveries.',
              })
            : formatMessage({
                id: getTranslation('webhooks.delete.explanation'),
                defaultMessage: 'The partner gets no more deliveries and its pending ones are dropped. This cannot be undone.',
              })}
        </Dialog.Description>
      </Dialog.Body>
      <Dialog.Footer>
        <Dialog.Cancel>
          <Button fullWidth variant="tertiary">
            {formatMessage({ id: getTranslation('common.cancel'), defaultMessage: 'Cancel' })}
          </Button>
        </Dialog.Cancel>
        <Dialog.Action>
          <Button
            fullWidth
            variant={kind === 'delete' ? 'danger-light' : 'secondary'}
            startIcon={kind === 'delete' ? <Trash /> : <Key />}
            onClick={onConfirm}
          >
            {kind === 'rotate'
              ? formatMessage({ id: getTranslation('webhooks.rotate.confirm'), defaultMessage: 'Rotate the secret' })
              : formatMessage({ id: getTranslation('webhooks.delete.confirm'), defaultMessage: 'Delete the endpoint' })}
          </Button>
        </Dialog.Action>
      </Dialog.Footer>
    </Dialog.Content>
  );
};

export default WebhooksPage;
