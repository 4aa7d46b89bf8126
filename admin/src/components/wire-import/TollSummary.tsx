import { Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { TollCount } from '../../../../server/src/domain/contract';
import { renderTollText } from '../../../../server/src/domain/toll/toll-text';
import { getTranslation } from '../../utils/getTranslation';

export interface TollSummaryProps {
  source: string | null;
  counts: TollCount[];
  mayRise: boolean;
  mayRiseReason: string | null;
}

/** A toll read out of the copy, as the desk reads it: its sentence, its source and why it may rise. */
export const TollSummary = ({ source, counts, mayRise, mayRiseReason }: TollSummaryProps) => {
  const { formatMessage, locale } = useIntl();
  // The agency-style sentence partners will read, in the UI's language: "At least 15 civilians killed, including a child; toll may rise (OSDH)".
  const sentence = renderTollText({ counts, mayRise, source: source ?? '?' }, locale);

  return (
    <Flex direction="column" alignItems="stretch" gap={1} data-testid="wire-toll-summary">
      <Typography variant="omega" fontWeight="semiBold">
        {sentence}
      </Typography>
      <Typography variant="pi" textColor="neutral600">
        {source
          ? formatMessage({ id: getTranslation('wireImport.toll.source'), defaultMessage: 'Source: {source}' }, { source })
          : formatMessage({ id: getTranslation('wireImport.toll.noSource'), defaultMessage: 'No source named in the copy' })}
      </Typography>
      {mayRise ? (
        <Typography variant="pi" textColor="warning600">
          {mayRiseReason
            ? formatMessage({ id: getTranslation('wireImport.toll.mayRiseBecause'), defaultMessage: 'May rise: {reason}' }, { reason: mayRiseReason })
            : formatMessage({ id: getTranslation('wireImport.toll.mayRise'), defaultMessage: 'May rise' })}
        </Typography>
      ) : null}
    </Flex>
  );
};
