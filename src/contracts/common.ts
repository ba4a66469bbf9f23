// Schemas shared by the API routes and the web app (one schema per request).
import { z } from '@hono/zod-openapi';
import { POST_EVENTS, POST_STATUSES } from '../domain/post-lifecycle';
import { ROLES } from '../domain/roles';

export const Uuid = z.uuid();
export const RoleSchema = z.enum(ROLES);
export const PostStatusSchema = z.enum(POST_STATUSES);
export const PostEventSchema = z.enum(POST_EVENTS);
/** A wall-clock time in the organisation's time zone, e.g. 2026-03-29T09:30. */
export const LocalDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'expected a local date-time like 2026-03-29T09:30')
  .openapi({ example: '2026-03-29T09:30' });

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    }),
  })
  .openapi('Error');
export type ApiError = z.infer<typeof ErrorSchema>;

export const OrgIdParam = z.object({ orgId: Uuid });
export const OrgItemParam = z.object({ orgId: Uuid, id: Uuid });
