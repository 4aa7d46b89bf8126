import * as React from 'react';
import { Badge, Box, Button, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { AdminTollRevision } from '../../../../server/src/contracts/tolls';
import { formatDateTime } from '../../utils/dates';
import { getTranslation } from '../../utils/getTranslation';
import { MayRiseBadge } from './MayRiseBadge';
import { CHANGE_KIND_LABELS } from './tollMessages';

/** The revision before `revisions[index]` from the same source (the list is newest first). */
const previousOfSource = (revisions: AdminTollRevision[], index: number): AdminTollRevision | undefined =>
  revisions.slice(index + 1).find((older) => older.source === revisions[index].source);

/** How many revisions show before "Show all". */
const FIRST_REVISIONS = 5;

/** The toll's revisions, newest first: number, source, change kind, when, who, figures and note. */
export const TollHistory = ({ revisions }: { revisions: AdminTollRevision[] }) => {
  const intl = useIntl();
  const { formatMessage } = intl;
  const [showAll, setShowAll] = React.useState(false);
  if (revisions.length === 0) return null;
  const shown = showAll ? revisions : revisions.slice(0, FIRST_REVISIONS);
  const title = formatMessage({ id: getTranslation('tollDesk.history'), defaultMessage: 'History' });

  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Typography variant="sigma" textColor="neutral600" tag="h3">
        {title}
      </Typography>
      <Box tag="ol" aria-label={title} margin={0} padding={0} style={{ listStyle: 'none' }}>
        {shown.map((revision, index) => (
          <Box
            tag="li"
            key={revision.revision}
            paddingLeft={3}
            paddingBottom={3}
            borderColor="neutral200"
            borderStyle="solid"
            borderWidth="0 0 0 2px"
            data-testid="toll-revision"
          >
            <Flex direction="column" alignItems="stretch" gap={1}>
              <Flex gap={2} wrap="wrap">
                <Typography variant="omega" fontWeight="bold">
                  {formatMessage(
                    { id: getTranslation('tollDesk.revision'), defaultMessage: 'Revision {revision}' },
                    { revision: revision.revision },
                  )}
                </Typography>
                <Badge size="S">{formatMessage(CHANGE_KIND_LABELS[revision.changeKind])}</Badge>
                {revision.mayRise ? <MayRiseBadge /> : null}
              </Flex>
              {/* The server's sentence already ends with the source: "… toll may rise (OSDH)". */}
              <Typography variant="pi">{revision.text}</Typography>
              <Typography variant="pi" textColor="neutral600">
                {formatMessage(
                  { id: getTranslation('tollDesk.revision.meta'), defaultMessage: 'As of {asOf} · entered {createdAt} by {madeBy}' },
                  {
                    asOf: formatDateTime(intl, revision.asOf),
                    createdAt: formatDateTime(intl, revision.createdAt),
                    madeBy:
                      revision.madeBy ?? formatMessage({ id: getTranslation('tollDesk.revision.unknownUser'), defaultMessage: 'unknown' }),
                  },
                )}
              </Typography>
              {revision.mayRiseReason && revision.mayRiseReason !== previousOfSource(revisions, index)?.mayRiseReason ? (
                <Typography variant="pi" textColor="neutral600">
                  {formatMessage(
                    { id: getTranslation('tollDesk.revision.mayRiseReason'), defaultMessage: 'May rise: {reason}' },
                    { reason: revision.mayRiseReason },
                  )}
                </Typography>
              ) : null}
              {revision.note ? (
                <Typography variant="pi" textColor="neutral800" style={{ fontStyle: 'italic' }}>
                  {formatMessage({ id: getTranslation('tollDesk.revision.note'), defaultMessage: 'Note: {note}' }, { note: revision.note })}
                </Typography>
              ) : null}
            </Flex>
          </Box>
        ))}
      </Box>
      {revisions.length > FIRST_REVISIONS ? (
        <Button variant="ghost" size="S" onClick={() => setShowAll(!showAll)}>
          {showAll
            ? formatMessage({ id: getTranslation('tollDesk.history.showFewer'), defaultMessage: 'Show fewer' })
            : formatMessage(
                { id: getTranslation('tollDesk.history.showAll'), defaultMessage: 'Show all {count} revisions' },
                { count: revisions.length },
              )}
        </Button>
      ) : null}
    </Flex>
  );
};
