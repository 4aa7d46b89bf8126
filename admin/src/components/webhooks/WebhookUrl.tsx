import * as React from 'react';
import { Typography } from '@strapi/design-system';
import { styled } from 'styled-components';

/** One piece between breaks: never split (not even at its hyphens); one wider than the column ends in an ellipsis. */
const Segment = styled.span`
  display: inline-block;
  max-width: 100%;
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
  vertical-align: bottom;
`;

/**
 * A webhook URL that wraps only after a "/" (or "?", "&"), never mid-word nor at a hyphen: `https://partner.example/` |
 * `hooks/` | `newsroom`. The full URL is the tooltip; a single segment wider than the column ends in an ellipsis.
 */
export const WebhookUrl = ({ url }: { url: string }) => {
  const parts = url.split(/(?<=[/?&])/);
  return (
    <Typography variant="pi" textColor="neutral600" title={url} data-testid="webhook-url">
      {parts.map((part, index) => (
        <React.Fragment key={index}>
          <Segment>{part}</Segment>
          {index < parts.length - 1 ? <wbr /> : null}
        </React.Fragment>
      ))}
    </Typography>
  );
};
