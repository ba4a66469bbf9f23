// Approval chains: ordered steps per organisation, and optionally a channel's own.
import { z } from '@hono/zod-openapi';
import { ROLES } from '../domain/roles';
import { Uuid } from './common';

export const ApprovalStepSchema = z
  .object({
    /** Members with one of these roles (who may review) belong to the step… */
    roles: z.array(z.enum(ROLES)).max(5),
    /** …and these named people. */
    people: z.array(Uuid).max(50),
    /** Approved when any one of them approves, or only when all of them have. */
    mode: z.enum(['any', 'all']),
    /** A change of the planned time also undoes this step's approval. */
    includesTime: z.boolean(),
  })
  .refine((s) => s.roles.length + s.people.length > 0, { message: 'a step needs a role or a person', path: ['roles'] })
  .openapi('ApprovalStep');

export const ApprovalChainBody = z
  .object({
    /** Null: the organisation's chain; a channel's id: that channel's own. */
    channelId: Uuid.nullable(),
    /** Empty: back to the default (the organisation's chain, or one step "any approver"). */
    steps: z.array(ApprovalStepSchema).max(10),
  })
  .openapi('ApprovalChainBody');
export type ApprovalChainInput = z.infer<typeof ApprovalChainBody>;

export const ApprovalChainsSchema = z
  .object({
    chains: z.array(z.object({ channelId: Uuid.nullable(), steps: z.array(ApprovalStepSchema) })),
    /** Who may be named in a step: members whose role may review. */
    reviewers: z.array(z.object({ id: Uuid, name: z.string(), role: z.enum(ROLES) })),
  })
  .openapi('ApprovalChains');
export type ApprovalChains = z.infer<typeof ApprovalChainsSchema>;
