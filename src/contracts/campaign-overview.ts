// The campaign view (issue 16, point 3): its tasks and its inbox items, each a page, read beside
// its posts (GET …/posts?campaign=) and its results; and the one-page PDF summary.
import { z } from '@hono/zod-openapi';
import { CursorParam, IsoDateTime, LocalDateTime, Uuid } from './common';
import { type CampaignResultsSchema, TASK_MOMENTS } from './campaign';

export const CampaignViewPageQuery = z.object({
  cursor: CursorParam.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});

export const CampaignTaskSchema = z
  .object({
    id: Uuid,
    title: z.string(),
    moment: z.enum(TASK_MOMENTS),
    channel: z.object({ id: Uuid, name: z.string() }).nullable(),
    owner: z.object({ id: Uuid, name: z.string() }).nullable(),
    dueAt: IsoDateTime.nullable(),
    /** The deadline in the organisation's time zone. */
    dueLocal: LocalDateTime.nullable(),
    postId: Uuid.nullable(),
    doneAt: IsoDateTime.nullable(),
  })
  .openapi('CampaignOverviewTask');
export type CampaignTask = z.infer<typeof CampaignTaskSchema>;

export const CampaignTaskPageSchema = z
  .object({
    /** By deadline, the tasks without one last. */
    items: z.array(CampaignTaskSchema),
    nextCursor: z.string().nullable(),
  })
  .openapi('CampaignOverviewTaskPage');

export const CampaignInboxItemSchema = z
  .object({
    id: Uuid,
    channel: z.object({ id: Uuid, name: z.string(), type: z.string() }),
    authorHandle: z.string(),
    authorName: z.string().nullable(),
    /** The start of the message (at most 200 characters); the whole message is in the inbox. */
    excerpt: z.string(),
    writtenAt: IsoDateTime,
    category: z.string(),
    urgent: z.boolean(),
    state: z.string(),
    /** The campaign's post it reacts to, when it is a reply to one (otherwise it carries the hashtag). */
    postId: Uuid.nullable(),
  })
  .openapi('CampaignInboxItem');
export type CampaignInboxItem = z.infer<typeof CampaignInboxItemSchema>;

export const CampaignInboxPageSchema = z
  .object({
    /** Newest first. */
    items: z.array(CampaignInboxItemSchema),
    nextCursor: z.string().nullable(),
  })
  .openapi('CampaignInboxPage');

/** The results answer (GET …/results) as the web app reads it. */
export type CampaignResultsView = z.infer<typeof CampaignResultsSchema>;
