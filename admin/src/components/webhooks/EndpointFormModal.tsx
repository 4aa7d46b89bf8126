import * as React from 'react';
import { Alert, Button, Flex, Grid, Modal, MultiSelect, MultiSelectOption } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { WebhookEndpoint, WebhookEndpointBody } from '../../../../server/src/contracts/webhooks';
import type { FeedEventType } from '../../../../server/src/domain/contract';
import { type ApiError, fieldErrorsOf } from '../../utils/apiError';
import { useFocusFieldError } from '../../utils/focusField';
import { getTranslation } from '../../utils/getTranslation';
import { FormField, TextField, ToggleField } from '../FormFields';
import { EVENT_TYPE_LABELS, FEED_EVENT_TYPES } from './webhookMessages';

interface EndpointDraft {
  name: string;
  url: string;
  events: FeedEventType[];
  entitled: boolean;
  enabled: boolean;
  /** Write-only: empty = generated (create) or unchanged (edit). */
  secret: string;
}

const FIELDS = ['name', 'url', 'events', 'entitled', 'enabled', 'secret'] as const;

const draftOf = (endpoint: WebhookEndpoint | null): EndpointDraft => ({
  name: endpoint?.name ?? '',
  url: endpoint?.url ?? '',
  events: endpoint?.events ?? [],
  entitled: endpoint?.entitled ?? false,
  enabled: endpoint?.enabled ?? true,
  secret: '',
});

/** The body to send: everything on create; on edit only what changed (the API takes a partial body). */
export const endpointBody = (endpoint: WebhookEndpoint | null, draft: EndpointDraft): WebhookEndpointBody => {
  const body: WebhookEndpointBody = {};
  const original = draftOf(endpoint);
  if (!endpoint || draft.name.trim() !== original.name) body.name = draft.name.trim();
  if (!endpoint || draft.url !== original.url) body.url = draft.url.trim();
  if (!endpoint || [...draft.events].sort().join() !== [...original.events].sort().join()) body.events = draft.events;
  if (!endpoint || draft.entitled !== original.entitled) body.entitled = draft.entitled;
  if (!endpoint || draft.enabled !== original.enabled) body.enabled = draft.enabled;
  if (draft.secret !== '') body.secret = draft.secret;
  return body;
};

interface EndpointFormModalProps {
  /** null = a new endpoint. */
  endpoint: WebhookEndpoint | null;
  onSubmit: (body: WebhookEndpointBody) => Promise<void>;
  onClose: () => void;
  /** The last failed submit; its 400 field errors show under the fields. */
  error: ApiError | null;
  onDismissError: () => void;
  isSubmitting: boolean;
}

/** Add or edit a partner endpoint: name, URL, events, entitlement, enabled, and a write-only secret. */
export const EndpointFormModal = ({ endpoint, onSubmit, onClose, error, onDismissError, isSubmitting }: EndpointFormModalProps) => {
  const intl = useIntl();
  const { formatMessage } = intl;
  const formRef = React.useRef<HTMLFormElement>(null);
  useFocusFieldError(error, formRef);
  const [draft, setDraft] = React.useState<EndpointDraft>(() => draftOf(endpoint));
  const set = <K extends keyof EndpointDraft>(key: K, value: EndpointDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const errors = error?.status === 400 ? fieldErrorsOf(error, intl) : {};
  const unplaced = Object.entries(errors)
    .filter(([path]) => !(FIELDS as readonly string[]).includes(path))
    .map(([, message]) => message);
  const title = endpoint
    ? formatMessage({ id: getTranslation('webhooks.form.editTitle'), defaultMessage: 'Edit {name}' }, { name: endpoint.name })
    : formatMessage({ id: getTranslation('webhooks.form.createTitle'), defaultMessage: 'New partner endpoint' });
  const body = endpointBody(endpoint, draft);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    void onSubmit(body);
  };

  return (
    <Modal.Root open onOpenChange={(open) => (open ? undefined : onClose())}>
      <Modal.Content>
        <form ref={formRef} onSubmit={submit} noValidate aria-label={title}>
          <Modal.Header closeLabel={formatMessage({ id: getTranslation('common.close'), defaultMessage: 'Close' })}>
            <Modal.Title>{title}</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <Flex direction="column" alignItems="stretch" gap={4}>
              {error && (error.status !== 400 || unplaced.length > 0) ? (
                <Alert
                  variant="danger"
                  closeLabel={formatMessage({ id: getTranslation('common.close'), defaultMessage: 'Close' })}
                  onClose={onDismissError}
                  title={formatMessage({ id: getTranslation('webhooks.form.error'), defaultMessage: 'Not saved' })}
                >
                  {error.status === 400 ? unplaced.join(' · ') : error.message}
                </Alert>
              ) : null}
              <Grid.Root gap={4}>
                <Grid.Item col={5} s={12} direction="column" alignItems="stretch">
                  <TextField
                    name="name"
                    label={formatMessage({ id: getTranslation('webhooks.form.name'), defaultMessage: 'Name' })}
                    error={errors.name}
                    required
                    value={draft.name}
                    placeholder="Partner wire"
                    onChange={(name) => set('name', name)}
                  />
                </Grid.Item>
                <Grid.Item col={7} s={12} direction="column" alignItems="stretch">
                  <TextField
                    name="url"
                    label={formatMessage({ id: getTranslation('webhooks.form.url'), defaultMessage: 'URL' })}
                    error={errors.url}
                    required
                    hint={formatMessage({
                      id: getTranslation('webhooks.form.url.hint'),
                      defaultMessage: 'Receives a signed POST for each event.',
                    })}
                    type="url"
                    value={draft.url}
                    placeholder="https://partner.example.com/newsroom"
                    onChange={(url) => set('url', url)}
                  />
                </Grid.Item>
                <Grid.Item col={12} direction="column" alignItems="stretch">
                  <FormField
                    name="events"
                    label={formatMessage({ id: getTranslation('webhooks.form.events'), defaultMessage: 'Events' })}
                    error={errors.events}
                    hint={formatMessage({
                      id: getTranslation('webhooks.form.events.hint'),
                      defaultMessage: 'None chosen = every event, including types added later.',
                    })}
                  >
                    <MultiSelect
                      value={draft.events}
                      withTags
                      placeholder={formatMessage({ id: getTranslation('webhooks.events.all'), defaultMessage: 'All events' })}
                      onChange={(values) =>
                        set(
                          'events',
                          FEED_EVENT_TYPES.filter((type) => values.includes(type)),
                        )
                      }
                    >
                      {FEED_EVENT_TYPES.map((type) => (
                        <MultiSelectOption key={type} value={type}>
                          {`${formatMessage(EVENT_TYPE_LABELS[type])} (${type})`}
                        </MultiSelectOption>
                      ))}
                    </MultiSelect>
                  </FormField>
                </Grid.Item>
                <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                  <ToggleField
                    name="entitled"
                    label={formatMessage({ id: getTranslation('webhooks.form.entitled'), defaultMessage: 'Entitled to embargoed briefs' })}
                    error={errors.entitled}
                    hint={formatMessage({
                      id: getTranslation('webhooks.form.entitled.hint'),
                      defaultMessage: 'Receives embargoed briefs before their time, like an entitled API token.',
                    })}
                    checked={draft.entitled}
                    onLabel={formatMessage({ id: getTranslation('common.yes'), defaultMessage: 'Yes' })}
                    offLabel={formatMessage({ id: getTranslation('common.no'), defaultMessage: 'No' })}
                    onChange={(entitled) => set('entitled', entitled)}
                  />
                </Grid.Item>
                <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                  <ToggleField
                    name="enabled"
                    label={formatMessage({ id: getTranslation('webhooks.form.enabled'), defaultMessage: 'Enabled' })}
                    error={errors.enabled}
                    hint={formatMessage({
                      id: getTranslation('webhooks.form.enabled.hint'),
                      defaultMessage: 'A disabled endpoint gets no new deliveries.',
                    })}
                    checked={draft.enabled}
                    onChange={(enabled) => set('enabled', enabled)}
                  />
                </Grid.Item>
                <Grid.Item col={12} direction="column" alignItems="stretch">
                  <TextField
                    name="secret"
                    label={
                      endpoint
                        ? formatMessage({ id: getTranslation('webhooks.form.newSecret'), defaultMessage: 'New signing secret' })
                        : formatMessage({ id: getTranslation('webhooks.form.secret'), defaultMessage: 'Signing secret (optional)' })
                    }
                    error={errors.secret}
                    hint={
                      endpoint
                        ? formatMessage({
                            id: getTranslation('webhooks.form.newSecret.hint'),
                            defaultMessage:
                              'Leave empty to keep the current secret. Secrets are write-only: the current one cannot be shown.',
                          })
                        : formatMessage({
                            id: getTranslation('webhooks.form.secret.hint'),
                            defaultMessage: '16 to 200 characters. Leave empty to have a strong one generated; it is shown once.',
                          })
                    }
                    type="password"
                    autoComplete="new-password"
                    value={draft.secret}
                    onChange={(secret) => set('secret', secret)}
                  />
                </Grid.Item>
              </Grid.Root>
            </Flex>
          </Modal.Body>
          <Modal.Footer>
            <Button variant="tertiary" type="button" onClick={onClose}>
              {formatMessage({ id: getTranslation('common.cancel'), defaultMessage: 'Cancel' })}
            </Button>
            <Button type="submit" loading={isSubmitting} disabled={endpoint !== null && Object.keys(body).length === 0}>
              {endpoint
                ? formatMessage({ id: getTranslation('webhooks.form.save'), defaultMessage: 'Save' })
                : formatMessage({ id: getTranslation('webhooks.form.create'), defaultMessage: 'Create endpoint' })}
            </Button>
          </Modal.Footer>
        </form>
      </Modal.Content>
    </Modal.Root>
  );
};
