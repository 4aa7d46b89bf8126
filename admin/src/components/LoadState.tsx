import type * as React from 'react';
import { Flex, Loader, Typography } from '@strapi/design-system';

interface LoadStateProps {
  isLoading?: boolean;
  /** What the spinner says to screen readers. */
  loadingLabel?: string;
  /** Why nothing could be loaded; shown instead of the content. */
  error?: string | null;
  /** What to say when there is nothing to show; shown instead of the content. */
  empty?: string | null;
  children: React.ReactNode;
}

/** Loaded content, or in its place a spinner while it loads, the load error, or the empty-state sentence. */
export const LoadState = ({ isLoading = false, loadingLabel, error, empty, children }: LoadStateProps) => {
  if (isLoading) {
    return (
      <Flex justifyContent="center" padding={4}>
        <Loader small>{loadingLabel}</Loader>
      </Flex>
    );
  }
  if (error) return <Typography textColor="danger600">{error}</Typography>;
  if (empty) return <Typography textColor="neutral600">{empty}</Typography>;
  return <>{children}</>;
};
