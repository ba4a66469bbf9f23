// The pre-publication checklist: the organisation's questions (admins edit them) and what each
// approver confirmed for a post.
import { z } from '@hono/zod-openapi';

const QuestionText = z.string().trim().min(1, 'a question needs text').max(500);

export const ChecklistQuestionSchema = z
  .object({
    /** Stable key of the question; the approval names the ids it confirms. */
    id: z
      .string()
      .min(1)
      .max(40)
      .regex(/^[a-z0-9][a-z0-9-]*$/, 'expected lowercase letters, digits and hyphens'),
    nl: QuestionText,
    en: QuestionText,
  })
  .openapi('ChecklistQuestion');

export const ChecklistSchema = z
  .object({
    questions: z.array(ChecklistQuestionSchema),
    /** False while the organisation uses the default set from the guidelines. */
    customised: z.boolean(),
  })
  .openapi('Checklist');
export type Checklist = z.infer<typeof ChecklistSchema>;

export const SaveChecklistBody = z
  .object({
    questions: z
      .array(ChecklistQuestionSchema)
      .max(30)
      .refine((qs) => new Set(qs.map((q) => q.id)).size === qs.length, 'two questions have the same id'),
  })
  .openapi('SaveChecklistBody');
export type SaveChecklistInput = z.infer<typeof SaveChecklistBody>;

export const ChecklistConfirmationSchema = z
  .object({
    approver: z.object({ id: z.string(), name: z.string() }).nullable(),
    contentHash: z.string(),
    /** Whether the content is still what was confirmed. */
    current: z.boolean(),
    at: z.iso.datetime(),
    answers: z.array(ChecklistQuestionSchema.extend({ confirmed: z.boolean() })),
  })
  .openapi('ChecklistConfirmation');

export const PostChecklistSchema = z
  .object({ questions: z.array(ChecklistQuestionSchema), confirmations: z.array(ChecklistConfirmationSchema) })
  .openapi('PostChecklist');
export type PostChecklist = z.infer<typeof PostChecklistSchema>;
