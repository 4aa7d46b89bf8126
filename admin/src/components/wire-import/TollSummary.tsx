import { Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { TollCount } from '../../../../server/src/domain/contract';
import { getTranslation } from '../../utils/getTranslation';
import { CATEGORY_LABELS, QUALIFIER_LABELS } from '../toll-desk/tollMessages';

export interface TollSummaryProps {
  source: string | null;
  counts: Pick<TollCount, 'category' | 'value' | 'valueMax' | 'qualifier' | 'group' | 'includes'>[];
  mayRise: boolean;
  mayRiseReason: string | null;
}

/** A toll read out of the copy, as the desk reads it: one line per count, its source and whether it may rise. */
export const TollSummary = ({ source, counts, mayRise, mayRiseReason }: TollSummaryProps) => {
  const { formatMessage, formatNumber } = useIntl();
  const amount = (qualifier: TollCount['qualifier'], value: number, valueMax: number | null | undefined) =>
    [
      qualifier === 'exact' ? '' : formatMessage(QUALIFIER_LABELS[qualifier]),
      qualifier === 'between' && valueMax != null ? `${formatNumber(value)}–${formatNumber(valueMax)}` : formatNumber(value),
    ]
      .filter(Boolean)
      .join(' ');

  return (
    <Flex direction="column" alignItems="stretch" gap={1} data-testid="wire-toll-summary">
      {counts.map((count, index) => (
        <Typography key={index} variant="omega" fontWeight="semiBold">
          {[amount(count.qualifier, count.value, count.valueMax), count.group ?? '', formatMessage(CATEGORY_LABELS[count.category])].filter(Boolean).join(' ')}
          {count.includes.length > 0
            ? formatMessage(
                { id: getTranslation('wireImport.toll.including'), defaultMessage: ', including {list}' },
                { list: count.includes.map((include) => `${amount(include.qualifier, include.value, include.valueMax)} ${include.group}`).join(', ') },
              )
            : null}
        </Typography>
      ))}
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
