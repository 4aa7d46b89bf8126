import briefSchema from './brief/schema.json';
import tagSchema from './tag/schema.json';
import tollRevisionSchema from './toll-revision/schema.json';
import tollStateSchema from './toll-state/schema.json';

export default {
  brief: { schema: briefSchema },
  tag: { schema: tagSchema },
  'toll-revision': { schema: tollRevisionSchema },
  'toll-state': { schema: tollStateSchema },
};
