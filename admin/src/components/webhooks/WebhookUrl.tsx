import * as React from 'react';
import { Typography } from '@strapi/design-system';

/**
 * A webhook URL that wraps only after a "/" (or "?", "&"), never mid-word: `https://partner.example/` | `hooks/` |
 * `newsroom`. The full URL is the tooltip; a single segment wider than the column still breaks as a last resort.
 */
export const WebhookUrl = ({ url }: { url: string }) => {
  const parts = url.split(/(?<=[/?&])/);
  return (
    <Typography variant="pi" textColor="neutral600" title={url} data-testid="webhook-url" style={{ overflowWrap: 'break-word', wordBreak: 'normal' }}>
      {parts.map((part, index) => (
        <React.Fragment key={index}>
          {part}
          {index < parts.length - 1 ? <wbr /> : null}
        </React.Fragment>
      ))}
    </Typography>
  );
};
