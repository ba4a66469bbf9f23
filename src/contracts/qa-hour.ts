// Q&A hours (spreekuur): planning one, its queue of questions and what is done with each.
import { z } from '@hono/zod-openapi';
import { CursorParam, LocalDateTime, PostStatusSchema, Uuid } from './common';
import { GuardResultSchema } from './guard';
import { InboxItemSchema, InboxReplySchema } from './inbox';

/** Letters, digits or underscores after the '#', starting with a letter (the readability check is the server's: CamelCase). */
/** Letters, digits or underscores, starting with a letter; a leading '#' is allowed (and dropped). The readability check (CamelCase) is the server's. */
export const QaHashtag = z
  .string()
  .trim()
  .min(2)
  .max(61)
  .regex(/^#?\p{L}[\p{L}\p{N}_]*$/u, 'expected a hashtag of letters and digits, like SpreekuurGriep');

export const QaAnnouncementInput = z.object({
  /** When the announcement is planned, in the organisation's time zone. */
  atLocal: LocalDateTime,
  /** Its text; absent: the standard announcement in the requester's language. */
  text: z.string().trim().min(1).max(2000).optional(),
});

export const QaHourBody = z
  .object({
    channelId: Uuid,
    title: z.string().trim().min(1, 'a question hour needs a title').max(200),
    hashtag: QaHashtag,
    /** Start and end in the organisation's time zone (stored as UTC). */
    startLocal: LocalDateTime,
    endLocal: LocalDateTime,
    hostId: Uuid,
    moderatorId: Uuid,
    /** Make announcement drafts (default on): the day before and one hour before, unless `announcements` says otherwise. */
    announce: z.boolean().default(true),
    announcements: z.array(QaAnnouncementInput).max(5).optional(),
  })
  .openapi('QaHourBody');
export type QaHourInput = z.infer<typeof QaHourBody>;

/** Name a new host and/or moderator of an hour that has not ended; a field left out stays as it is. The host cannot be cleared (an hour is announced with one); the moderator can (null). */
export const QaStaffBody = z
  .object({ hostId: Uuid.optional(), moderatorId: Uuid.nullable().optional() })
  .strict()
  .refine((b) => b.hostId !== undefined || b.moderatorId !== undefined, { message: 'give a hostId or a moderatorId', path: ['hostId'] })
  .openapi('QaStaffBody');
export type QaStaffInput = z.infer<typeof QaStaffBody>;

const Person = z.object({ id: Uuid, name: z.string() }).nullable();

export const QaHourSchema = z
  .object({
    id: Uuid,
    channel: z.object({ id: Uuid, name: z.string(), type: z.string() }),
    title: z.string(),
    hashtag: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    host: Person,
    moderator: Person,
    /** 'planned' before the start, 'live' during it, 'ended' after it. */
    phase: z.enum(['planned', 'live', 'ended']),
    announcementPostIds: z.array(Uuid),
    summaryPostId: Uuid.nullable(),
    questions: z.number().int(),
    answered: z.number().int(),
    /** The asking person is the host or the moderator (or manages the inbox): may see and work the queue. */
    canWork: z.boolean(),
  })
  .openapi('QaHour');
export type QaHour = z.infer<typeof QaHourSchema>;

/** What a new host did to the hour's announcements (src/features/qa/rewrite-announcements.ts). */
export const QaAnnouncementsChangedSchema = z
  .object({
    /** The name the announcements were written with and that was looked for; null: no new host, or none known. */
    previousHost: z.string().nullable(),
    /** Drafts that now name the new host. */
    rewritten: z.array(z.object({ postId: Uuid })),
    /**
     * Still naming the previous host: 'status' — on its way (in review, approved, scheduled, published…), so
     * only an edit and a new approval change it; 'forbidden' — someone else's draft this person may not edit;
     * 'content' — the new text would not pass the channel's limits.
     */
    notRewritten: z.array(z.object({ postId: Uuid, status: PostStatusSchema, reason: z.enum(['status', 'forbidden', 'content']) })),
  })
  .openapi('QaAnnouncementsChanged');
export type QaAnnouncementsChanged = z.infer<typeof QaAnnouncementsChangedSchema>;

/** The answer to a change of people: the hour as always, plus what happened to its announcements. */
export const QaPeopleChangedSchema = QaHourSchema.extend({ announcements: QaAnnouncementsChangedSchema }).openapi('QaPeopleChanged');
export type QaPeopleChanged = z.infer<typeof QaPeopleChangedSchema>;

export const QaHourListQuery = z.object({
  cursor: CursorParam.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type QaHourListInput = z.infer<typeof QaHourListQuery>;

export const QaHourPageSchema = z.object({ items: z.array(QaHourSchema), nextCursor: z.string().nullable() }).openapi('QaHourPage');
export type QaHourPage = z.infer<typeof QaHourPageSchema>;

export const QA_QUESTION_STATES = ['open', 'later', 'answered', 'private'] as const;
export type QaQuestionState = (typeof QA_QUESTION_STATES)[number];

export const QaQuestionSchema = z
  .object({
    item: InboxItemSchema,
    state: z.enum(QA_QUESTION_STATES),
    /** Triaged medical: only "move to private" is offered (and the server refuses a public answer). */
    privateOnly: z.boolean(),
    reply: InboxReplySchema.nullable(),
  })
  .openapi('QaQuestion');
export type QaQuestion = z.infer<typeof QaQuestionSchema>;

export const QaQueueQuery = z.object({
  cursor: z.string().max(300).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

export const QaQueueSchema = z.object({ items: z.array(QaQuestionSchema), nextCursor: z.string().nullable() }).openapi('QaQueue');
export type QaQueue = z.infer<typeof QaQueueSchema>;

export const QaQuestionParam = z.object({ orgId: Uuid, id: Uuid, itemId: Uuid });

export const QaAnswerBody = z.object({ text: z.string().trim().min(1, 'an answer needs text').max(5000) }).openapi('QaAnswerBody');
/** Moving to private sends the organisation's "let's continue privately" template, or this text when given. */
export const QaPrivateBody = z.object({ text: z.string().trim().min(1).max(5000).optional() }).openapi('QaPrivateBody');

export const QaActionResultSchema = z.object({ question: QaQuestionSchema, guard: GuardResultSchema.nullable() }).openapi('QaActionResult');
export type QaActionResult = z.infer<typeof QaActionResultSchema>;

export const QaSummarySchema = z.object({ postId: Uuid, text: z.string() }).openapi('QaSummary');
