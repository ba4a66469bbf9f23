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
