import { Badge, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { BriefStatusBadge } from '../components/BriefStatusBadge';
import { RelativeAge } from '../components/RelativeAge';
import { useBreakingBriefs } from '../hooks/useWidgets';
import { getTranslation } from '../utils/getTranslation';
import { BriefsWidget } from './BriefsWidget';

/** Homepage widget "Breaking briefs": latest briefs with status, urgency and last toll change. */
export const BreakingWidget = () => {
  const { formatMessage } = useIntl();
  const { data, isLoading } = useBreakingBriefs();

  return (
    <BriefsWidget
      isLoading={isLoading}
      items={data?.data}
      label={formatMessage({ id: getTranslation('widget.breaking.title'), defaultMessage: 'Breaking briefs' })}
      empty={formatMessage({ id: getTranslation('widget.breaking.empty'), defaultMessage: 'No brief yet.' })}
      itemTestId="breaking-item"
      renderBadges={(item) => (
        <Flex gap={1} shrink={0}>
          <BriefStatusBadge status={item.status} embargoUntil={item.embargoUntil} />
          {item.urgency !== null ? (
            <Badge size="S" variant="neutral">
              {formatMessage(
                { id: getTranslation('widget.breaking.urgency'), defaultMessage: 'Urgency {urgency}' },
                { urgency: item.urgency },
              )}
            </Badge>
          ) : null}
        </Flex>
      )}
      renderDetails={(item, now) => (
        <>
          {item.toll ? (
            <Typography variant="pi" textColor="neutral800">
              {item.toll.changedAt
                ? formatMessage(
                    { id: getTranslation('widget.breaking.toll'), defaultMessage: '{text} (toll changed {age})' },
                    { text: item.toll.text, age: <RelativeAge key="age" timestamp={item.toll.changedAt} now={now} /> },
                  )
                : item.toll.text}
            </Typography>
          ) : null}
          <Typography variant="pi" textColor="neutral600">
            {formatMessage(
              { id: getTranslation('widget.breaking.updated'), defaultMessage: 'Updated {age}' },
              { age: <RelativeAge key="age" timestamp={item.updatedAt} now={now} /> },
            )}
          </Typography>
        </>
      )}
    />
  );
};
