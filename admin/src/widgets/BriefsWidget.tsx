import * as React from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';
import { Widget } from '@strapi/strapi/admin';
import { Link } from 'react-router-dom';
import { styled } from 'styled-components';
import { briefEditPath } from '../utils/links';

interface ListedBrief {
  documentId: string;
  locale: string;
  headline: string;
}

interface BriefsWidgetProps<T extends ListedBrief> {
  isLoading: boolean;
  /** The loaded briefs; undefined once loading failed. */
  items: T[] | undefined;
  /** The list's accessible name. */
  label: string;
  /** What the widget says when there is no brief to list. */
  empty: string;
  itemTestId: string;
  /** Shown right of a brief's headline. */
  renderBadges: (item: T) => React.ReactNode;
  /** The lines under a brief's headline; `now` is the same for every brief of a render (relative ages). */
  renderDetails: (item: T, now: number) => React.ReactNode;
}

/**
 * The body of a homepage widget listing briefs: the widget's loading, error or empty state, else a scrolling list of
 * briefs, each its headline (a link to its edit view), badges and details.
 */
export const BriefsWidget = <T extends ListedBrief>({
  isLoading,
  items,
  label,
  empty,
  itemTestId,
  renderBadges,
  renderDetails,
}: BriefsWidgetProps<T>) => {
  if (isLoading) return <Widget.Loading />;
  if (!items) return <Widget.Error />;
  if (items.length === 0) return <Widget.NoData>{empty}</Widget.NoData>;
  const now = Date.now();

  return (
    <Box tag="ul" aria-label={label} width="100%" margin={0} padding={0} style={{ listStyle: 'none' }}>
      {items.map((item) => (
        <Box
          tag="li"
          key={`${item.documentId}:${item.locale}`}
          paddingTop={3}
          paddingBottom={3}
          borderColor="neutral150"
          borderStyle="solid"
          borderWidth="0 0 1px 0"
          data-testid={itemTestId}
        >
          <Flex direction="column" alignItems="stretch" gap={1}>
            <Flex justifyContent="space-between" alignItems="flex-start" gap={2}>
              <BriefLink to={briefEditPath(item.documentId, item.locale)} headline={item.headline} />
              {renderBadges(item)}
            </Flex>
            {renderDetails(item, now)}
          </Flex>
        </Box>
      ))}
    </Box>
  );
};

const HeadlineLink = styled(Link)`
  color: ${({ theme }) => theme.colors.neutral800};
  font-weight: ${({ theme }) => theme.fontWeights.bold};
  text-decoration: none;
  overflow-wrap: anywhere;
  &:hover,
  &:focus-visible {
    color: ${({ theme }) => theme.colors.primary600};
    text-decoration: underline;
  }
`;

/** The headline as plain text (never HTML), linking to the brief's edit view. */
const BriefLink = ({ to, headline }: { to: string; headline: string }) => (
  <Typography variant="omega">
    <HeadlineLink to={to}>{headline}</HeadlineLink>
  </Typography>
);
