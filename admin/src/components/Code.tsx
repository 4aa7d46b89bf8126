import type * as React from 'react';
import { Box } from '@strapi/design-system';

const MONOSPACE = { fontFamily: 'monospace', fontSize: '1.2rem' } as const;

/** Code inside a sentence: a header name, an event type. */
export const Code = ({ children }: { children: React.ReactNode }) => (
  <Box tag="code" background="neutral100" paddingLeft={1} paddingRight={1} hasRadius style={MONOSPACE}>
    {children}
  </Box>
);

interface CodeBlockProps {
  children: React.ReactNode;
  /** Past this height the block scrolls. */
  maxHeight?: string;
  'aria-label'?: string;
  'data-testid'?: string;
}

/** Preformatted code (JSON, a sample), wrapped at the block's width. */
export const CodeBlock = ({ children, maxHeight, ...rest }: CodeBlockProps) => (
  <Box
    tag="pre"
    padding={4}
    background="neutral100"
    hasRadius
    margin={0}
    {...rest}
    style={{ ...MONOSPACE, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', ...(maxHeight ? { maxHeight, overflow: 'auto' } : {}) }}
  >
    {children}
  </Box>
);
