import * as React from 'react';
import { Box, Button, Flex, Modal } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { NINJS_VERSION_SETTINGS } from '../../../../server/src/config/settings-schema';
import { useCopyToClipboard } from '../../hooks/useCopyToClipboard';
import { useSyndicationPreview } from '../../hooks/useSyndicationPreview';
import type { NinjsVersionSetting } from '../../../../server/src/contracts/settings';
import { getTranslation } from '../../utils/getTranslation';
import { CodeBlock } from '../Code';
import { SelectField, ToggleField } from '../FormFields';
import { LoadState } from '../LoadState';
import { PreviewCorrections } from '../corrections/PreviewCorrections';

interface SyndicationPreviewProps {
  documentId: string;
  locale: string | null;
  onClose: () => void;
}

/** The modal body: version and profile choice, then the ninjs JSON as text. */
const SyndicationPreview = ({ documentId, locale, onClose }: SyndicationPreviewProps) => {
  const { formatMessage } = useIntl();
  const copyToClipboard = useCopyToClipboard(formatMessage({ id: getTranslation('preview.copied'), defaultMessage: 'ninjs copied' }));
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
              <SelectField
                name="version"
                label={formatMessage({ id: getTranslation('preview.version'), defaultMessage: 'ninjs version' })}
                size="S"
                value={version ?? ''}
                options={[
                  {
                    value: '',
                    label: formatMessage({ id: getTranslation('preview.version.default'), defaultMessage: 'Default (settings)' }),
                  },
                  ...NINJS_VERSION_SETTINGS.map((known) => ({ value: known, label: known })),
                ]}
                onChange={(picked) => setVersion(picked || null)}
              />
            </Box>
            <ToggleField
              name="profile"
              label={formatMessage({ id: getTranslation('preview.profile'), defaultMessage: 'Newsroom profile (adds the toll)' })}
              checked={newsroomProfile}
              onChange={setNewsroomProfile}
            />
          </Flex>
          <LoadState
            isLoading={preview.isLoading}
            error={
              preview.error
                ? formatMessage(
                    { id: getTranslation('preview.error'), defaultMessage: 'No preview: {message}' },
                    { message: preview.error.message },
                  )
                : null
            }
          >
            <PreviewCorrections corrections={preview.data?.meta?.corrections ?? []} />
            <CodeBlock data-testid="ninjs-preview" maxHeight="50vh">
              {json}
            </CodeBlock>
          </LoadState>
        </Flex>
      </Modal.Body>
      <Modal.Footer>
        <Button variant="tertiary" onClick={onClose}>
          {formatMessage({ id: getTranslation('common.close'), defaultMessage: 'Close' })}
        </Button>
        <Button variant="secondary" disabled={!json} onClick={() => void copyToClipboard(json)}>
          {formatMessage({ id: getTranslation('preview.copy'), defaultMessage: 'Copy JSON' })}
        </Button>
      </Modal.Footer>
    </>
  );
};

export default SyndicationPreview;
