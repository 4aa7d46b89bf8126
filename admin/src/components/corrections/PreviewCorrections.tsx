import { Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { getTranslation } from '../../utils/getTranslation';
import { formatDateTime } from '../../utils/dates';
import type { TextCorrection } from '../../../../server/src/contracts/corrections';
import { FIELD_LABELS, isCorrectableField } from './correctionMessages';

/** In the syndication preview: the corrections partners see with the brief (its `corrections`), oldest first. */
export const PreviewCorrections = ({ corrections }: { corrections: TextCorrection[] }) => {
  const intl = useIntl();
  const { formatMessage } = intl;
  if (corrections.length === 0) return null;
  const title = formatMessage(
    { id: getTranslation('preview.corrections'), defaultMessage: 'Corrections partners see ({count})' },
    { count: corrections.length },
  );
  return (
    <Flex direction="column" alignItems="stretch" gap={2} data-testid="preview-corrections">
      <Typography variant="sigma" textColor="neutral600" tag="h3">
        {title}
      </Typography>
      <Box tag="ol" aria-label={title} margin={0} paddingLeft={5}>
        {corrections.map((correction) => (
          <li key={correction.at}>
            <Typography variant="omega">{correction.note}</Typography>{' '}
            <Typography variant="pi" textColor="neutral600">
              {formatMessage(
                { id: getTranslation('preview.corrections.meta'), defaultMessage: '({at}; changed: {fields})' },
                {
                  at: formatDateTime(intl, correction.at),
                  fields: intl.formatList(
                    correction.fields.map((field) => (isCorrectableField(field) ? formatMessage(FIELD_LABELS[field]) : field)),
                    { type: 'conjunction' },
                  ),
                },
              )}
            </Typography>
          </li>
        ))}
      </Box>
    </Flex>
  );
};
