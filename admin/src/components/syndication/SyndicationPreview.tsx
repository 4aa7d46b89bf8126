import * as React from 'react';
import { Box, Button, Field, Flex, Loader, Modal, SingleSelect, SingleSelectOption, Toggle, Typography } from '@strapi/design-system';
import { useClipboard, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { NINJS_VERSION_SETTINGS } from '../../../../server/src/config/settings-schema';
import { useSyndicationPreview } from '../../hooks/useSyndicationPreview';
import type { NinjsVersionSetting } from '../../types';
import { getTranslation } from '../../utils/getTranslation';

interface SyndicationPreviewProps {
  documentId: string;
  locale: string | null;
  onClose: () => void;
}

/** The modal body: version and profile choice, then the ninjs JSON as text. */
const SyndicationPreview = ({ documentId, locale, onClose }: SyndicationPreviewProps) => {
  const { formatMessage } = useIntl();
  const { copy } = useClipboard();
  const { toggleNotification } = useNotification();
  const [version, setVersion] = React.useState<NinjsVersionSetting | null>(null);
  const [newsroomProfile, setNewsroomProfile] = React.useState(false);
  const preview = useSyndicationPreview(documentId, { locale, version, newsroomProfile });
  const json = preview.data ? JSON.stringify(preview.data.data, null, 2) : '';

  return (
    <>
      <Modal.Body>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Flex gap={4} alignItems="flex-end" wrap="wrap">
            <Box minWidth="20rem">
              <Field.Root name="version">
                <Field.Label>{formatMessage({ id: getTranslation('preview.version'), defaultMessage: 'ninjs version' })}</Field.Label>
                <SingleSelect
                  size="S"
                  value={version ?? ''}
                  onChange={(value) => setVersion(NINJS_VERSION_SETTINGS.find((known) => known === value) ?? null)}
                >
                  <SingleSelectOption value="">
                    {formatMessage({ id: getTranslation('preview.version.default'), defaultMessage: 'Default (settings)' })}
                  </SingleSelectOption>
                  {NINJS_VERSION_SETTINGS.map((known) => (
                    <SingleSelectOption key={known} value={known}>
                      {known}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
              </Field.Root>
            </Box>
            <Field.Root name="profile">
              <Field.Label>
                {formatMessage({ id: getTranslation('preview.profile'), defaultMessage: 'Newsroom profile (adds the toll)' })}
              </Field.Label>
              <Toggle
                checked={newsroomProfile}
                onLabel={formatMessage({ id: getTranslation('common.on'), defaultMessage: 'On' })}
                offLabel={formatMessage({ id: getTranslation('common.off'), defaultMessage: 'Off' })}
                onChange={(event: React.ChangeEvent<HTMLInputElement>) => setNewsroomProfile(event.target.checked)}
              />
            </Field.Root>
          </Flex>
          {preview.isLoading ? (
            <Flex justifyContent="center" padding={4}>
              <Loader small />
            </Flex>
          ) : preview.error ? (
            <Typography textColor="danger600">
              {formatMessage(
                { id: getTranslation('preview.error'), defaultMessage: 'No preview: {message}' },
                { message: preview.error.message },
              )}
            </Typography>
          ) : (
            <Box
              tag="pre"
              padding={4}
              background="neutral100"
              hasRadius
              margin={0}
              data-testid="ninjs-preview"
              style={{
                fontFamily: 'monospace',
                fontSize: '1.2rem',
                whiteSpace: 'pre-wrap',
                overflowWrap: 'anywhere',
                maxHeight: '50vh',
                overflow: 'auto',
              }}
            >
              {json}
            </Box>
          )}
        </Flex>
      </Modal.Body>
      <Modal.Footer>
        <Button variant="tertiary" onClick={onClose}>
          {formatMessage({ id: getTranslation('common.close'), defaultMessage: 'Close' })}
        </Button>
        <Button
          variant="secondary"
          disabled={!json}
          onClick={async () => {
            if (await copy(json)) {
              toggleNotification({
                type: 'success',
                message: formatMessage({ id: getTranslation('preview.copied'), defaultMessage: 'ninjs copied' }),
              });
            }
          }}
        >
          {formatMessage({ id: getTranslation('preview.copy'), defaultMessage: 'Copy JSON' })}
        </Button>
      </Modal.Footer>
    </>
  );
};

export default SyndicationPreview;
