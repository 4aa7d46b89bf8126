import { Badge, Flex, Typography } from '@strapi/design-system';
import { Widget } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { RelativeAge } from '../components/RelativeAge';
import { useMayRiseTolls } from '../hooks/useWidgets';
import { getTranslation } from '../utils/getTranslation';
import { briefEditPath } from '../utils/links';
import { BriefLink, WidgetItem, WidgetList } from './WidgetList';

/** Homepage widget "Tolls that may rise": briefs whose current toll may rise, stale ones flagged. */
export const MayRiseWidget = () => {
  const { formatMessage } = useIntl();
  const { data, isLoading } = useMayRiseTolls();

  if (isLoading) return <Widget.Loading />;
  if (!data) return <Widget.Error />;
  if (data.data.length === 0) {
    return (
      <Widget.NoData>
        {formatMessage({ id: getTranslation('widget.mayRise.empty'), defaultMessage: 'No toll that may rise.' })}
      </Widget.NoData>
    );
  }
  const now = Date.now();

  return (
    <WidgetList label={formatMessage({ id: getTranslation('widget.mayRise.title'), defaultMessage: 'Tolls that may rise' })}>
      {data.data.map((item) => (
        <WidgetItem key={`${item.documentId}:${item.locale}`} testId="may-rise-item">
          <Flex justifyContent="space-between" alignItems="flex-start" gap={2}>
            <BriefLink to={briefEditPath(item.documentId, item.locale)} headline={item.headline} />
            {item.stale ? (
              <Badge size="S" variant="danger">
                {formatMessage({ id: getTranslation('widget.mayRise.stale'), defaultMessage: 'Stale' })}
              </Badge>
            ) : null}
          </Flex>
          <Typography variant="pi" textColor="neutral800">
            {item.text}
          </Typography>
          <Typography variant="pi" textColor="neutral600">
            {formatMessage(
              { id: getTranslation('widget.mayRise.meta'), defaultMessage: '{source} · revised {age}' },
              { source: item.source, age: <RelativeAge key="age" timestamp={item.changedAt ?? item.asOf} now={now} /> },
            )}
          </Typography>
        </WidgetItem>
      ))}
    </WidgetList>
  );
};
