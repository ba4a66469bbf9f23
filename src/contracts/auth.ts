import { z } from '@hono/zod-openapi';
import { RoleSchema, Uuid } from './common';

export const LoginBody = z.object({ email: z.email().max(254), password: z.string().min(1).max(200) }).openapi('LoginBody');

export const OrganisationSchema = z
  .object({
    id: Uuid,
    slug: z.string(),
    name: z.string(),
    timeZone: z.string(),
    locale: z.enum(['nl', 'en']),
    /** Crisis mode: when it was switched on, or null. */
    pausedAt: z.iso.datetime().nullable(),
  })
  .openapi('Organisation');
export type Organisation = z.infer<typeof OrganisationSchema>;

export const SessionSchema = z
  .object({
    user: z.object({ id: Uuid, email: z.string(), name: z.string(), locale: z.enum(['nl', 'en']) }),
    memberships: z.array(z.object({ organisation: OrganisationSchema, role: RoleSchema })),
    csrfToken: z.string(),
  })
  .openapi('Session');
export type Session = z.infer<typeof SessionSchema>;

/** Passwords: at least 12 characters, not a common one, not the e-mail address (server checks the policy). */
const NewPassword = z.string().min(1).max(200);
const Token = z.string().min(20).max(100);

export const ChangePasswordBody = z.object({ currentPassword: z.string().min(1).max(200), newPassword: NewPassword }).openapi('ChangePasswordBody');

/** A one-time link's token (from the part after # in the link), in the body so it stays out of logs. */
export const TokenBody = z.object({ token: Token }).openapi('TokenBody');
export const ResetPasswordBody = z.object({ token: Token, password: NewPassword }).openapi('ResetPasswordBody');
export const ResetLinkInfoSchema = z.object({ email: z.string(), expiresAt: z.iso.datetime() }).openapi('ResetLinkInfo');

export const InvitationInfoSchema = z
  .object({ organisationId: Uuid, organisation: z.string(), email: z.string(), role: RoleSchema, expiresAt: z.iso.datetime() })
  .openapi('InvitationInfo');
/** A person's name: no control characters (U+0000 cannot be stored). */
const PersonName = z
  .string()
  .trim()
  .min(1)
  .max(120)
  .regex(/^\P{Cc}*$/u, 'no control characters');
export const AcceptInvitationBody = z.object({ token: Token, name: PersonName, password: NewPassword }).openapi('AcceptInvitationBody');
