import { Badge } from '@strapi/design-system';
import type { BadgeProps } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { DeskStatus } from '../../../server/src/contracts/desk-widgets';
import { formatDateTime } from '../utils/dates';
import { getTranslation } from '../utils/getTranslation';

const VARIANTS: Record<DeskStatus, NonNullable<BadgeProps['variant']>> = {
  draft: 'secondary',
  published: 'success',
  modified: 'alternative',
  killed: 'danger',
  withheld: 'warning',
  embargoed: 'primary',
};

const LABELS = {
  draft: { id: getTranslation('status.draft'), defaultMessage: 'Draft' },
  published: { id: getTranslation('status.published'), defaultMessage: 'Published' },
  modified: { id: getTranslation('status.modified'), defaultMessage: 'Modified' },
  killed: { id: getTranslation('status.killed'), defaultMessage: 'Killed' },
  withheld: { id: getTranslation('status.withheld'), defaultMessage: 'Withheld' },
  embargoed: { id: getTranslation('status.embargoed'), defaultMessage: 'Embargoed until {date}' },
};

/** Editorial status of a brief as the desk names it; embargoed briefs show until when. */
export const BriefStatusBadge = ({ status, embargoUntil }: { status: DeskStatus; embargoUntil: string | null }) => {
  const intl = useIntl();
  const date = embargoUntil ? formatDateTime(intl, embargoUntil) : '?';
  return (
    <Badge size="S" variant={VARIANTS[status] ?? 'neutral'}>
      {intl.formatMessage(LABELS[status] ?? LABELS.draft, { date })}
    </Badge>
  );
};
