import { z } from '@hono/zod-openapi';
import { RoleSchema, Uuid } from './common';

export const UpdateOrganisationBody = z
  .object({ name: z.string().trim().min(1).max(120).optional(), timeZone: z.string().min(1).max(64).optional() })
  .openapi('UpdateOrganisationBody');

export const MemberSchema = z.object({ userId: Uuid, name: z.string(), email: z.string(), role: RoleSchema }).openapi('Member');
export type Member = z.infer<typeof MemberSchema>;

export const AddMemberBody = z
  .object({
    email: z.email().max(254),
    name: z.string().trim().min(1).max(120),
    role: RoleSchema,
    /** Needed only when the person has no account yet. */
    password: z.string().min(10).max(200).optional(),
  })
  .openapi('AddMemberBody');

export const UpdateMemberBody = z.object({ role: RoleSchema }).openapi('UpdateMemberBody');
export const MemberParam = z.object({ orgId: Uuid, userId: Uuid });
