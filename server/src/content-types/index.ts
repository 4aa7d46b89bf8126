import briefSchema from './brief/schema.json';
import briefCorrectionSchema from './brief-correction/schema.json';
import feedCounterSchema from './feed-counter/schema.json';
import feedEventSchema from './feed-event/schema.json';
import tagSchema from './tag/schema.json';
import tollProposalSchema from './toll-proposal/schema.json';
import tollRevisionSchema from './toll-revision/schema.json';
import tollStateSchema from './toll-state/schema.json';
import webhookDeliverySchema from './webhook-delivery/schema.json';
import webhookEndpointSchema from './webhook-endpoint/schema.json';

export default {
  brief: { schema: briefSchema },
  tag: { schema: tagSchema },
  'toll-revision': { schema: tollRevisionSchema },
  'brief-correction': { schema: briefCorrectionSchema },
  'toll-state': { schema: tollStateSchema },
  'toll-proposal': { schema: tollProposalSchema },
  'feed-event': { schema: feedEventSchema },
  'feed-counter': { schema: feedCounterSchema },
  'webhook-endpoint': { schema: webhookEndpointSchema },
  'webhook-delivery': { schema: webhookDeliverySchema },
};
