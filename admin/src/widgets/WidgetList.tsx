import * as React from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';
import { Link } from 'react-router-dom';
import { styled } from 'styled-components';

/** A scrolling list of briefs inside a homepage widget. */
export const WidgetList = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <Box tag="ul" aria-label={label} width="100%" margin={0} padding={0} style={{ listStyle: 'none' }}>
    {children}
  </Box>
);

export const WidgetItem = ({ children, testId }: { children: React.ReactNode; testId?: string }) => (
  <Box tag="li" paddingTop={3} paddingBottom={3} borderColor="neutral150" borderStyle="solid" borderWidth="0 0 1px 0" data-testid={testId}>
    <Flex direction="column" alignItems="stretch" gap={1}>
      {children}
    </Flex>
  </Box>
);

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
export const BriefLink = ({ to, headline }: { to: string; headline: string }) => (
  <Typography variant="omega">
    <HeadlineLink to={to}>{headline}</HeadlineLink>
  </Typography>
);
