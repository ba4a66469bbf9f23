// A campaign's tasks (the careful route's execution): who makes which message for which platform
// and when it must be ready. The deadline is given and shown in the organisation's time zone.
import { z } from '@hono/zod-openapi';
import { CursorParam, IsoDateTime, LocalDateTime, PostStatusSchema, Uuid } from './common';
import { type CampaignResultsSchema, TASK_MOMENTS } from './campaign';

const TaskFields = {
  title: z.string().trim().min(1).max(300),
  /** The platform: one of the organisation's channels. */
  channelId: Uuid.nullable(),
  moment: z.enum(TASK_MOMENTS),
  /** Who makes it: a member of the organisation. */
  ownerId: Uuid.nullable(),
  /** When it must be ready, in the organisation's time zone. */
  dueLocal: LocalDateTime.nullable(),
};

export const CampaignTaskBody = z.object(TaskFields).partial().required({ title: true }).strict().openapi('CampaignTaskBody');
export type CampaignTaskInput = z.infer<typeof CampaignTaskBody>;

export const CampaignTaskPatch = z
  .object({ ...TaskFields, done: z.boolean() })
  .partial()
  .strict()
  .openapi('CampaignTaskPatch');
export type CampaignTaskPatchInput = z.infer<typeof CampaignTaskPatch>;

export const CampaignTaskSchema = z
  .object({
    id: Uuid,
    campaignId: Uuid,
    title: z.string(),
    channelId: Uuid.nullable(),
    moment: z.enum(TASK_MOMENTS),
    ownerId: Uuid.nullable(),
    ownerName: z.string().nullable(),
    dueAt: IsoDateTime.nullable(),
    dueLocal: LocalDateTime.nullable(),
    /** The draft made from the task, and where it stands. */
    postId: Uuid.nullable(),
    postStatus: PostStatusSchema.nullable(),
    done: z.boolean(),
    doneAt: IsoDateTime.nullable(),
    remindedAt: IsoDateTime.nullable(),
    createdAt: IsoDateTime,
  })
  .openapi('CampaignTask');
export type CampaignTaskView = z.infer<typeof CampaignTaskSchema>;

export const CampaignTaskPageQuery = z.object({
  cursor: CursorParam.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export const CampaignTaskListSchema = z.object({ items: z.array(CampaignTaskSchema), nextCursor: z.string().nullable() }).openapi('CampaignTaskList');

export const CampaignTaskItemParam = z.object({ orgId: Uuid, id: Uuid, taskId: Uuid });

/** The campaign's posts, for the execution page: grouped before, during and after the event. */
export const CampaignPostSchema = z
  .object({
    id: Uuid,
    status: PostStatusSchema,
    text: z.string(),
    scheduledAt: IsoDateTime.nullable(),
    scheduledLocal: LocalDateTime.nullable(),
    publishedAt: IsoDateTime.nullable(),
    moment: z.enum(TASK_MOMENTS),
  })
  .openapi('CampaignPost');
export const CampaignPostListSchema = z.object({ items: z.array(CampaignPostSchema), nextCursor: z.string().nullable() }).openapi('CampaignPostList');
export type CampaignPostView = z.infer<typeof CampaignPostSchema>;
/** The results answer as the web app reads it (the schema is the foundation's). */
export type CampaignResultsView = z.infer<typeof CampaignResultsSchema>;
