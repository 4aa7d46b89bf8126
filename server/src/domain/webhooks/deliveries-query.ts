import type { z } from 'zod';
import { oneOf, queryInteger, queryObject, STORAGE_LIMITS } from '../validation';

/** GET /newsroom/webhook-deliveries: `status` and `endpointId` (a row id: int4), each at most once. */
export const deliveriesQuerySchema = queryObject({
  status: oneOf(['pending', 'delivered', 'failed']).optional(),
  endpointId: queryInteger({ min: 1, max: STORAGE_LIMITS.intMax }).optional(),
});

export type DeliveriesQuery = z.output<typeof deliveriesQuerySchema>;
