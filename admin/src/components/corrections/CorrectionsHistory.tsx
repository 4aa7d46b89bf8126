import * as React from 'react';
import { Badge, Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { useCorrectionHistory } from '../../hooks/useCorrections';
import { getTranslation } from '../../utils/getTranslation';
import { formatDateTime } from '../../utils/dates';
import { LoadState } from '../LoadState';
import { CORRECTION_PUBLISHED_EVENT, FIELD_LABELS, isCorrectableField } from './correctionMessages';

interface CorrectionsHistoryProps {
  documentId: string;
  locale: string | null;
}

/** Text and toll corrections of one locale, newest first: kind, when, who, the note, and what changed or which source. */
const CorrectionsHistory = ({ documentId, locale }: CorrectionsHistoryProps) => {
  const intl = useIntl();
  const { formatMessage } = intl;
  const history = useCorrectionHistory(documentId, locale);
  const { reload } = history;

  React.useEffect(() => {
    const onPublished = (event: Event) => {
      if ((event as CustomEvent<{ documentId: string }>).detail?.documentId === documentId) void reload();
    };
    window.addEventListener(CORRECTION_PUBLISHED_EVENT, onPublished);
    return () => window.removeEventListener(CORRECTION_PUBLISHED_EVENT, onPublished);
  }, [documentId, reload]);

  const items = history.data?.data ?? [];
  const title = formatMessage({ id: getTranslation('corrections.panel'), defaultMessage: 'Corrections' });
  const unknown = formatMessage({ id: getTranslation('tollDesk.revision.unknownUser'), defaultMessage: 'unknown' });

  return (
    <Box width="100%">
      <LoadState
        isLoading={history.isLoading}
        error={history.error?.message ?? null}
        empty={items.length === 0 ? formatMessage({ id: getTranslation('corrections.empty'), defaultMessage: 'No correction published.' }) : null}
      >
        <Box tag="ol" aria-label={title} margin={0} padding={0} style={{ listStyle: 'none' }}>
          {items.map((item) => (
            <Box
              tag="li"
              key={item.kind === 'toll' ? `toll:${item.revision}` : `text:${item.at}`}
              paddingLeft={3}
              paddingBottom={3}
              borderColor="neutral200"
              borderStyle="solid"
              borderWidth="0 0 0 2px"
              data-testid="correction-item"
            >
              <Flex direction="column" alignItems="stretch" gap={1}>
                <Flex gap={2} wrap="wrap">
                  <Badge size="S">
                    {item.kind === 'toll'
                      ? formatMessage({ id: getTranslation('corrections.kind.toll'), defaultMessage: 'Toll' })
                      : formatMessage({ id: getTranslation('corrections.kind.text'), defaultMessage: 'Text' })}
                  </Badge>
                  <Typography variant="pi" textColor="neutral600">
                    {formatMessage(
                      { id: getTranslation('corrections.meta'), defaultMessage: '{at} by {madeBy}' },
                      { at: formatDateTime(intl, item.at), madeBy: item.madeBy ?? unknown },
                    )}
                  </Typography>
                </Flex>
                {item.note ? <Typography variant="omega">{item.note}</Typography> : null}
                <Typography variant="pi" textColor="neutral600">
                  {item.kind === 'toll'
                    ? formatMessage({ id: getTranslation('corrections.source'), defaultMessage: 'Source: {source}' }, { source: item.source })
                    : formatMessage(
                        { id: getTranslation('corrections.fields'), defaultMessage: 'Changed: {fields}' },
                        {
                          fields: intl.formatList(
                            item.fields.map((field) => (isCorrectableField(field) ? formatMessage(FIELD_LABELS[field]) : field)),
                            { type: 'conjunction' },
                          ),
                        },
                      )}
                </Typography>
              </Flex>
            </Box>
          ))}
        </Box>
      </LoadState>
    </Box>
  );
};

export default CorrectionsHistory;
