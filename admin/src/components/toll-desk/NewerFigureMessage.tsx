import { useIntl } from 'react-intl';
import type { NewerHigherFigure } from '../../../../server/src/contracts/tolls';
import { getTranslation } from '../../utils/getTranslation';
import { CATEGORY_LABELS } from './tollMessages';

/** Another source's newer, higher figure: the primary may have gone stale in silence. */
export const NewerFigureMessage = ({ figure }: { figure: NewerHigherFigure }) => {
  const { formatMessage, formatNumber } = useIntl();
  return (
    <>
      {formatMessage(
        {
          id: getTranslation('tollDesk.newerFigure'),
          defaultMessage: 'A newer figure from {source} is higher than the primary: {value} {category}, against {primaryValue} ({primarySource}).',
        },
        {
          source: figure.source,
          value: formatNumber(figure.value),
          category: formatMessage(CATEGORY_LABELS[figure.category]),
          primaryValue: formatNumber(figure.primaryValue),
          primarySource: figure.primarySource,
        },
      )}
    </>
  );
};
