import { Badge, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { RelativeAge } from '../components/RelativeAge';
import { useMayRiseTolls } from '../hooks/useWidgets';
import { NewerFigureMessage } from '../components/toll-desk/NewerFigureMessage';
import { getTranslation } from '../utils/getTranslation';
import { BriefsWidget } from './BriefsWidget';

/**
 * Homepage widget "Tolls that may rise": briefs whose current toll may rise, stale ones flagged, and briefs whose
 * primary figure is outdated by another source's newer, higher one (with the reason).
 */
export const MayRiseWidget = () => {
  const { formatMessage } = useIntl();
  const { data, isLoading } = useMayRiseTolls();

  return (
    <BriefsWidget
      isLoading={isLoading}
      items={data?.data}
      label={formatMessage({ id: getTranslation('widget.mayRise.title'), defaultMessage: 'Tolls that may rise' })}
      empty={formatMessage({ id: getTranslation('widget.mayRise.empty'), defaultMessage: 'No toll that may rise.' })}
      itemTestId="may-rise-item"
      renderBadges={(item) => (
        <>
          {item.stale ? (
            <Badge size="S" variant="danger">
              {formatMessage({ id: getTranslation('widget.mayRise.stale'), defaultMessage: 'Stale' })}
            </Badge>
          ) : null}
          {(item.newerFigures ?? []).length > 0 ? (
            <Badge size="S" variant="danger">
              {formatMessage({ id: getTranslation('widget.mayRise.outdated'), defaultMessage: 'Primary outdated' })}
            </Badge>
          ) : null}
        </>
      )}
      renderDetails={(item, now) => (
        <>
          <Typography variant="pi" textColor="neutral800">
            {item.text}
          </Typography>
          {(item.newerFigures ?? []).map((figure) => (
            <Typography key={`${figure.source}-${figure.category}`} variant="pi" textColor="danger600" data-testid="newer-figure">
              <NewerFigureMessage figure={figure} />
            </Typography>
          ))}
          <Typography variant="pi" textColor="neutral600">
            {formatMessage(
              { id: getTranslation('widget.mayRise.meta'), defaultMessage: '{source} · revised {age}' },
              { source: item.source, age: <RelativeAge key="age" timestamp={item.changedAt ?? item.asOf} now={now} /> },
            )}
          </Typography>
        </>
      )}
    />
  );
};
