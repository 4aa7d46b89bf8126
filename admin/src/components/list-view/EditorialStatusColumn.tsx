import { Badge, Flex, Typography } from '@strapi/design-system';
import type { BadgeProps } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { BRIEF_UID } from '../../pluginId';
import { getTranslation } from '../../utils/getTranslation';

type EditorialStatus = 'usable' | 'withheld' | 'killed';

interface ListRow {
  editorialStatus?: EditorialStatus | null;
  embargoUntil?: string | null;
}

const VARIANTS: Record<EditorialStatus, NonNullable<BadgeProps['variant']>> = { usable: 'success', withheld: 'warning', killed: 'danger' };

const LABELS = {
  usable: { id: getTranslation('listView.status.usable'), defaultMessage: 'Usable' },
  withheld: { id: getTranslation('listView.status.withheld'), defaultMessage: 'Withheld' },
  killed: { id: getTranslation('listView.status.killed'), defaultMessage: 'KILLED' },
  embargoed: { id: getTranslation('listView.status.embargoed'), defaultMessage: 'Embargoed until {date}' },
};

/** The brief's editorial status in the list: killed and withheld in colour and words, a future embargo with its time. */
export const EditorialStatusCell = ({ row }: { row: ListRow }) => {
  const intl = useIntl();
  const status: EditorialStatus = row.editorialStatus ?? 'usable';
  const embargo = row.embargoUntil && new Date(row.embargoUntil).getTime() > Date.now() ? row.embargoUntil : null;
  return (
    <Flex gap={1} direction="column" alignItems="flex-start" data-testid="editorial-status" data-status={status}>
      <Badge variant={VARIANTS[status] ?? 'neutral'}>
        {intl.formatMessage(LABELS[status] ?? LABELS.usable)}
      </Badge>
      {embargo ? (
        <Typography variant="pi" textColor="primary600" fontWeight="semiBold" data-testid="editorial-embargo" style={{ whiteSpace: 'normal', maxWidth: '10rem' }}>
          {intl.formatMessage(LABELS.embargoed, {
            date: intl.formatDate(embargo, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' }),
          })}
        </Typography>
      ) : null}
    </Flex>
  );
};

/** One list-view header as the Content Manager's `inject-column-in-table` hook passes them. */
interface ListHeader {
  name: string;
  label: string | { id: string; defaultMessage: string };
  attribute?: { type: string };
  searchable?: boolean;
  sortable?: boolean;
  cellFormatter?: (row: ListRow) => React.ReactNode;
}

interface InjectColumnArgs {
  displayedHeaders: ListHeader[];
  layout: unknown;
}

const STATUS_HEADER: ListHeader = {
  name: 'editorialStatus',
  attribute: { type: 'enumeration' },
  label: { id: getTranslation('listView.status.header'), defaultMessage: 'Editorial status' },
  searchable: false,
  sortable: true,
  cellFormatter: (row) => <EditorialStatusCell row={row} />,
};

/** The hook runs for every content type's list: only the briefs' URL gets the column. */
const isBriefList = () => typeof window !== 'undefined' && decodeURIComponent(window.location.pathname).includes(`/collection-types/${BRIEF_UID}`);

/**
 * `Admin/CM/pages/ListView/inject-column-in-table`: the briefs' list always shows the editorial status, right after the
 * first column (where the configured layout puts `editorialStatus`, that column is rendered this way instead).
 */
export const injectEditorialStatusColumn = ({ displayedHeaders, layout }: InjectColumnArgs): InjectColumnArgs => {
  if (!isBriefList()) return { displayedHeaders, layout };
  const configured = displayedHeaders.findIndex((header) => header.name === 'editorialStatus');
  if (configured >= 0) {
    const headers = [...displayedHeaders];
    headers[configured] = { ...headers[configured], ...STATUS_HEADER, label: headers[configured].label };
    return { displayedHeaders: headers, layout };
  }
  return { displayedHeaders: [...displayedHeaders.slice(0, 1), STATUS_HEADER, ...displayedHeaders.slice(1)], layout };
};
