import * as React from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { getTranslation } from '../../utils/getTranslation';
import { Code, CodeBlock } from '../Code';

/** Code sample for receivers (Node.js); code is not translated. */
const SAMPLE = `const crypto = require('node:crypto');

// rawBody: the request body exactly as received (bytes), before any JSON parsing.
function verify(secret, rawBody, headers) {
  const timestamp = headers['x-newsroom-timestamp'];
  const signature = headers['x-newsroom-signature'] ?? '';
  if (Math.abs(Date.now() / 1000 - Number(timestamp)) > 300) return false; // older than 5 min
  const expected = 'sha256=' + crypto.createHmac('sha256', secret).update(timestamp + '.' + rawBody).digest('hex');
  return expected.length === signature.length && crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(signature));
}`;

/** "How partners verify": the signature scheme, the headers, replay protection and retries. */
export const VerifyNote = () => {
  const { formatMessage } = useIntl();
  const code = (chunks: React.ReactNode[]) => <Code key={String(chunks)}>{chunks}</Code>;
  const items = [
    formatMessage(
      {
        id: getTranslation('webhooks.verify.request'),
        defaultMessage:
          'Each delivery is a POST whose JSON body is the feed event, with the headers <code>X-Newsroom-Event-Id</code>, <code>X-Newsroom-Event-Type</code>, <code>X-Newsroom-Timestamp</code> (Unix seconds) and <code>X-Newsroom-Signature</code>.',
      },
      { code },
    ),
    formatMessage(
      {
        id: getTranslation('webhooks.verify.signature'),
        defaultMessage:
          'The signature is <code>sha256=</code> followed by the hex HMAC-SHA256 of <code>timestamp + "." + rawBody</code> keyed with the endpoint\'s secret. Compute it over the raw body, before parsing the JSON, and compare in constant time.',
      },
      { code },
    ),
    formatMessage(
      {
        id: getTranslation('webhooks.verify.replay'),
        defaultMessage:
          'Refuse timestamps older than 5 minutes, and use <code>X-Newsroom-Event-Id</code> to ignore an event received twice (retries and redeliveries send it again).',
      },
      { code },
    ),
    formatMessage({
      id: getTranslation('webhooks.verify.retries'),
      defaultMessage:
        'Answer with a 2xx status quickly. Network errors, timeouts, 429 and 5xx answers are retried with growing delays; any other 4xx is final and the delivery shows as failed here.',
    }),
  ];

  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Box tag="ul" margin={0} paddingLeft={5} style={{ listStyle: 'disc' }}>
        {items.map((item, index) => (
          <Box tag="li" key={index} paddingBottom={2}>
            <Typography variant="omega">{item}</Typography>
          </Box>
        ))}
      </Box>
      <CodeBlock aria-label={formatMessage({ id: getTranslation('webhooks.verify.sample'), defaultMessage: 'Verification in Node.js' })}>
        {SAMPLE}
      </CodeBlock>
    </Flex>
  );
};
