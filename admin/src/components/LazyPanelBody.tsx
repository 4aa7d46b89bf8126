import * as React from 'react';
import { Flex, Loader } from '@strapi/design-system';

/** The body of an edit-view side panel loaded as its own chunk: a small loader until the chunk is there. */
export const LazyPanelBody = ({ children }: { children: React.ReactNode }) => (
  <React.Suspense
    fallback={
      <Flex justifyContent="center" width="100%">
        <Loader small />
      </Flex>
    }
  >
    {children}
  </React.Suspense>
);
