import { Box, Button, Field, Flex, Modal, TextInput, Typography } from '@strapi/design-system';
import { Duplicate, WarningCircle } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { useCopyToClipboard } from '../../hooks/useCopyToClipboard';
import { getTranslation } from '../../utils/getTranslation';

export interface RevealedSecret {
  endpointName: string;
  secret: string;
  reason: 'created' | 'rotated';
}

/** The signing secret, shown once after creating an endpoint or rotating its secret, with a copy button. */
export const SecretModal = ({ revealed, onClose }: { revealed: RevealedSecret; onClose: () => void }) => {
  const { formatMessage } = useIntl();
  const copyToClipboard = useCopyToClipboard(
    formatMessage({ id: getTranslation('webhooks.secret.copied'), defaultMessage: 'Secret copied' }),
  );
  const label = formatMessage({ id: getTranslation('webhooks.secret.label'), defaultMessage: 'Signing secret' });

  return (
    <Modal.Root open onOpenChange={(open) => (open ? undefined : onClose())}>
      <Modal.Content>
        <Modal.Header closeLabel={formatMessage({ id: getTranslation('common.close'), defaultMessage: 'Close' })}>
          <Modal.Title>
            {formatMessage(
              { id: getTranslation('webhooks.secret.title'), defaultMessage: 'Signing secret of {name}' },
              { name: revealed.endpointName },
            )}
          </Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Flex direction="column" alignItems="stretch" gap={4}>
            <Box padding={4} background="warning100" borderColor="warning200" hasRadius role="note">
              <Flex gap={3} alignItems="flex-start">
                <WarningCircle aria-hidden fill="warning600" width="2rem" height="2rem" />
                <Flex direction="column" alignItems="flex-start" gap={1}>
                  <Typography fontWeight="bold" textColor="warning700">
                    {formatMessage({ id: getTranslation('webhooks.secret.once.title'), defaultMessage: 'Copy it now' })}
                  </Typography>
                  <Typography textColor="warning700">
                    {formatMessage({
                      id: getTranslation('webhooks.secret.once'),
                      defaultMessage:
                        'You will not see this secret again: it is stored encrypted and never shown after this window closes. If it is lost, rotate it.',
                    })}
                  </Typography>
                </Flex>
              </Flex>
            </Box>
            <Typography>
              {revealed.reason === 'created'
                ? formatMessage({
                    id: getTranslation('webhooks.secret.created'),
                    defaultMessage: 'The endpoint is saved. Give this secret to the partner: every delivery is signed with it.',
                  })
                : formatMessage({
                    id: getTranslation('webhooks.secret.rotated'),
                    defaultMessage: 'Deliveries are now signed with this new secret; the previous one no longer verifies.',
                  })}
            </Typography>
            <Flex gap={2} alignItems="flex-end">
              <Box grow={1}>
                <Field.Root name="secret">
                  <Field.Label>{label}</Field.Label>
                  <TextInput
                    readOnly
                    value={revealed.secret}
                    data-testid="webhook-secret"
                    style={{ fontFamily: 'monospace' }}
                    onFocus={(event: React.FocusEvent<HTMLInputElement>) => event.target.select()}
                  />
                </Field.Root>
              </Box>
              <Button variant="secondary" startIcon={<Duplicate />} size="L" onClick={() => void copyToClipboard(revealed.secret)}>
                {formatMessage({ id: getTranslation('webhooks.secret.copy'), defaultMessage: 'Copy' })}
              </Button>
            </Flex>
          </Flex>
        </Modal.Body>
        <Modal.Footer>
          <Box />
          <Button onClick={onClose}>
            {formatMessage({ id: getTranslation('webhooks.secret.done'), defaultMessage: 'I have copied it' })}
          </Button>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
};
