// The organisation's audit trail: who did what security-relevant thing, newest first, paged with
// a cursor, and whether the hash chain that links the entries is intact.
import { z } from '@hono/zod-openapi';

/** A period of the trail to export: days (2026-11-01) or instants; `to` is exclusive. */
const ExportInstant = z
  .string()
  .max(40)
  .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/, 'expected a date like 2026-11-01 or an ISO date-time')
  .refine((s) => !Number.isNaN(Date.parse(s)), 'no such date')
  .refine((s) => Number(s.slice(0, 4)) >= 1000, 'expected a year from 1000 on');
/** Narrowing shared by the list and the exports: person, post, kind of act, period. */
const AuditFilterFields = {
  /** Only actions starting with this, e.g. "post." or "auth.login_failed". */
  action: z
    .string()
    .max(64)
    .regex(/^[a-z][a-z_.]*$/, 'expected an action prefix like "post." (lowercase letters, dots and underscores)')
    .optional(),
  /** Only what this person did. */
  actorId: z.uuid().optional(),
  /** Only entries about this post. */
  postId: z.uuid().optional(),
  from: ExportInstant.optional(),
  to: ExportInstant.optional(),
};
export type AuditFilter = { action?: string; actorId?: string; postId?: string; from?: string; to?: string };

export const AuditListQuery = z.object({
  ...AuditFilterFields,
  /** The `nextCursor` of the previous page. */
  cursor: z.coerce.number().int().min(1).max(2_147_483_647).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditListQueryInput = z.infer<typeof AuditListQuery>;

export const AuditEventSchema = z
  .object({
    seq: z.number().int(),
    action: z.string(),
    actor: z.object({ id: z.string(), name: z.string() }).nullable(),
    detail: z.record(z.string(), z.unknown()),
    at: z.iso.datetime(),
  })
  .openapi('AuditEvent');
export type AuditEvent = z.infer<typeof AuditEventSchema>;

export const AuditPageSchema = z
  .object({
    items: z.array(AuditEventSchema),
    /** Pass as `cursor` for the next (older) page; null on the last page. */
    nextCursor: z.number().int().nullable(),
  })
  .openapi('AuditPage');
export type AuditPage = z.infer<typeof AuditPageSchema>;

export const AuditChainSchema = z
  .object({
    intact: z.boolean(),
    /** How many entries were checked (the whole trail). */
    checked: z.number().int(),
    /** The first entry whose link or content does not match, when broken. */
    brokenAtSeq: z.number().int().nullable(),
    problem: z.enum(['hash_mismatch', 'link_mismatch', 'seq_gap']).nullable(),
  })
  .openapi('AuditChain');
export type AuditChain = z.infer<typeof AuditChainSchema>;

export const AuditExportQuery = z.object({
  format: z.enum(['csv', 'jsonl', 'pdf']).default('csv'),
  ...AuditFilterFields,
});
