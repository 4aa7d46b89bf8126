import { Badge, Flex, Typography } from '@strapi/design-system';
import { type MessageDescriptor, useIntl } from 'react-intl';
import { BriefStatusBadge } from '../components/BriefStatusBadge';
import { RelativeAge } from '../components/RelativeAge';
import { useBreakingBriefs } from '../hooks/useWidgets';
import { getTranslation } from '../utils/getTranslation';
import type { BreakingReason } from '../../../server/src/contracts/desk-widgets';
import { BriefsWidget } from './BriefsWidget';

/** "Toll revised 4 minutes ago", "Published 10 minutes ago"…: the activity that put the brief where it is. */
const ACTIVITY_MESSAGES: Record<BreakingReason['latest']['kind'], MessageDescriptor> = {
  edited: { id: getTranslation('widget.breaking.reason.edited'), defaultMessage: 'Edited {age}' },
  toll_revised: { id: getTranslation('widget.breaking.reason.toll_revised'), defaultMessage: 'Toll revised {age}' },
  published: { id: getTranslation('widget.breaking.reason.published'), defaultMessage: 'Published {age}' },
  killed: { id: getTranslation('widget.breaking.reason.killed'), defaultMessage: 'Killed {age}' },
  withheld: { id: getTranslation('widget.breaking.reason.withheld'), defaultMessage: 'Withheld {age}' },
  released: { id: getTranslation('widget.breaking.reason.released'), defaultMessage: 'Released {age}' },
  corrected: { id: getTranslation('widget.breaking.reason.corrected'), defaultMessage: 'Correction published {age}' },
};

/**
 * Homepage widget "Breaking briefs": most urgent first, then latest activity (edit, toll revision, publish, kill…),
 * each with why it is there ("Urgency 1 · Toll revised 4 minutes ago"), its status and its toll.
 */
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
          <Typography variant="pi" fontWeight="bold" textColor={item.reason.urgent ? 'danger600' : 'neutral800'} data-testid="breaking-reason">
            {item.reason.urgent
              ? formatMessage(
                  { id: getTranslation('widget.breaking.reason.urgent'), defaultMessage: 'Urgency {urgency} · {activity}' },
                  {
                    urgency: item.reason.urgency,
                    activity: formatMessage(ACTIVITY_MESSAGES[item.reason.latest.kind], {
                      age: <RelativeAge key="age" timestamp={item.reason.latest.at} now={now} />,
                    }),
                  },
                )
              : formatMessage(ACTIVITY_MESSAGES[item.reason.latest.kind], {
                  age: <RelativeAge key="age" timestamp={item.reason.latest.at} now={now} />,
                })}
          </Typography>
          {item.toll ? (
            <Typography variant="pi" textColor="neutral800">
              {/* The reason line already says when a toll revision is the latest activity. */}
              {item.toll.changedAt && item.reason.latest.kind !== 'toll_revised'
                ? formatMessage(
                    { id: getTranslation('widget.breaking.toll'), defaultMessage: '{text} (toll changed {age})' },
                    { text: item.toll.text, age: <RelativeAge key="age" timestamp={item.toll.changedAt} now={now} /> },
                  )
                : item.toll.text}
            </Typography>
          ) : null}
        </>
      )}
    />
  );
};
