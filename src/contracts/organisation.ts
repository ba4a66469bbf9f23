import { z } from '@hono/zod-openapi';
import { RoleSchema, Uuid } from './common';

export const UpdateOrganisationBody = z
  .object({ name: z.string().trim().min(1).max(120).optional(), timeZone: z.string().min(1).max(64).optional() })
  .openapi('UpdateOrganisationBody');

export const MemberSchema = z.object({ userId: Uuid, name: z.string(), email: z.string(), role: RoleSchema }).openapi('Member');
export type Member = z.infer<typeof MemberSchema>;

/** Adding a person is inviting an e-mail address with a role (see features/members/invitations.ts). */
export const InviteBody = z.object({ email: z.email().max(254), role: RoleSchema }).openapi('InviteBody');

export const InvitationSchema = z
  .object({ id: Uuid, email: z.string(), role: RoleSchema, expiresAt: z.iso.datetime(), expired: z.boolean() })
  .openapi('Invitation');
export type Invitation = z.infer<typeof InvitationSchema>;

/** The answer to an invitation: the same whether the address has an account or not. The link is shown once. */
export const InvitationCreatedSchema = z.object({ invitation: InvitationSchema, link: z.url() }).openapi('InvitationCreated');

/** A password reset link for a member, shown once to the admin. */
export const ResetLinkSchema = z.object({ link: z.url(), expiresAt: z.iso.datetime() }).openapi('ResetLink');

export const UpdateMemberBody = z.object({ role: RoleSchema }).openapi('UpdateMemberBody');
export const MemberParam = z.object({ orgId: Uuid, userId: Uuid });

/** The organisation's logo (PNG or JPEG, at most 1 MB), uploaded as multipart/form-data field `file`. */
export const LogoSchema = z.object({ mimeType: z.enum(['image/png', 'image/jpeg']), sizeBytes: z.number().int() }).openapi('OrganisationLogo');
