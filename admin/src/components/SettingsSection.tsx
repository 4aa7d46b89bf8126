import type * as React from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';

interface SettingsSectionProps {
  title: string;
  /** A line under the title. */
  description?: string;
  children: React.ReactNode;
}

/** A white card of a settings page: a heading, maybe a line about it, then its content. */
export const SettingsSection = ({ title, description, children }: SettingsSectionProps) => {
  const heading = (
    <Typography variant="delta" tag="h2">
      {title}
    </Typography>
  );
  return (
    <Box background="neutral0" hasRadius shadow="filterShadow" paddingTop={6} paddingBottom={6} paddingLeft={7} paddingRight={7}>
      <Flex direction="column" alignItems="stretch" gap={4}>
        {description ? (
          <Flex direction="column" alignItems="flex-start" gap={1}>
            {heading}
            <Typography variant="pi" textColor="neutral600">
              {description}
            </Typography>
          </Flex>
        ) : (
          heading
        )}
        {children}
      </Flex>
    </Box>
  );
};
