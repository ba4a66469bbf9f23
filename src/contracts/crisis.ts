import { z } from '@hono/zod-openapi';
import { LocalDateTime } from './common';
import { PostSummarySchema } from './post';

export const CrisisStateSchema = z
  .object({
    active: z.boolean(),
    since: z.iso.datetime().nullable(),
    by: z.string().nullable(),
    /** Posts held back by crisis mode, waiting for a decision. */
    held: z.array(PostSummarySchema),
  })
  .openapi('CrisisState');
export type CrisisState = z.infer<typeof CrisisStateSchema>;

export const PauseBody = z.object({ reason: z.string().trim().max(500).optional() }).openapi('PauseBody');

export const HeldDecisionBody = z
  .discriminatedUnion('decision', [
    z.object({ decision: z.literal('send') }),
    z.object({ decision: z.literal('reschedule'), scheduledLocal: LocalDateTime }),
    z.object({ decision: z.literal('cancel') }),
  ])
  .openapi('HeldDecisionBody');
