// Work on several posts at once: bulk actions, duplicating, CSV import and export.
import { z } from '@hono/zod-openapi';
import { IsoDateTime, LocalDateTime, PostStatusSchema, Uuid } from './common';

export const BULK_MAX = 100;

export const BulkBody = z
  .object({
    postIds: z.array(Uuid).min(1).max(BULK_MAX),
    action: z.enum(['approve', 'reschedule', 'queue', 'cancel']),
    /** reschedule: the new planned time in the organisation's time zone. */
    scheduledLocal: LocalDateTime.optional(),
    /** queue: the evergreen queue the posts join. */
    queueId: Uuid.optional(),
  })
  .refine((b) => b.action !== 'reschedule' || b.scheduledLocal, { path: ['scheduledLocal'], message: 'required for reschedule' })
  .refine((b) => b.action !== 'queue' || b.queueId, { path: ['queueId'], message: 'required for queue' })
  .openapi('BulkBody');
export type BulkInput = z.infer<typeof BulkBody>;

export const BulkOutcomeSchema = z.object({
  postId: Uuid,
  /** done: applied to this post; refused: nothing of it was applied (error says why). */
  outcome: z.enum(['done', 'refused']),
  /** The post's status afterwards (when it exists for this person). */
  status: PostStatusSchema.nullable(),
  /** A reschedule sent an approved or scheduled post back to draft: it needs approval again. */
  needsApproval: z.boolean(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
});
export const BulkResultSchema = z.object({ results: z.array(BulkOutcomeSchema), done: z.number().int(), refused: z.number().int() }).openapi('BulkResult');
export type BulkResult = z.infer<typeof BulkResultSchema>;
export type BulkOutcome = z.infer<typeof BulkOutcomeSchema>;

export const DuplicateResultSchema = z.object({ id: Uuid }).openapi('DuplicateResult');

/** At most this many rows per import (a quarter's plan fits easily). */
export const IMPORT_MAX_ROWS = 500;

export const ImportBody = z
  .object({
    /** CSV text: a header line (text, channels, time, labels; Dutch names accepted) and one post per line. */
    csv: z.string().min(1).max(900_000),
    /** true: only check and list the problems; nothing is stored. */
    dryRun: z.boolean().default(true),
  })
  .openapi('ImportBody');
export type ImportInput = z.infer<typeof ImportBody>;

export const ImportProblemSchema = z.object({
  /** The spreadsheet row (row 1 is the header line). */
  row: z.number().int(),
  field: z.enum(['file', 'text', 'channels', 'time', 'labels']),
  message: z.string(),
});
export const ImportResultSchema = z
  .object({
    dryRun: z.boolean(),
    /** Posts (data rows) in the file. */
    rows: z.number().int(),
    problems: z.array(ImportProblemSchema),
    /** The drafts created (empty on a dry run or when any row has a problem). */
    created: z.array(Uuid),
  })
  .openapi('ImportResult');
export type ImportResult = z.infer<typeof ImportResultSchema>;
export type ImportProblem = z.infer<typeof ImportProblemSchema>;

export const ExportQuery = z.object({
  from: IsoDateTime.optional(),
  to: IsoDateTime.optional(),
});
