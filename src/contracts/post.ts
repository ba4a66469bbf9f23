import { z } from '@hono/zod-openapi';
import { CursorParam, IsoDateTime, LocalDateTime, PostEventSchema, PostStatusSchema, Uuid } from './common';
import { CONSENT_PURPOSES } from './consent';
import { PostGuardSchema } from './guard';

/** Free labels ("vacature", "open dag"): trimmed, lower case, at most 20 per post. */
export const Labels = z
  .array(
    z
      .string()
      .trim()
      .toLowerCase()
      .min(1)
      .max(40)
      .regex(/^[^,;]+$/),
  )
  .max(20);

// Code units, generously: the real limit is each channel's, counted in visible characters.
const BaseText = z.string().max(40000);

export const VariantInput = z.object({
  channelId: Uuid,
  /** null: the channel publishes the base text. */
  text: z.string().max(40000).nullable(),
});

export const CreatePostBody = z
  .object({
    baseText: BaseText,
    variants: z.array(VariantInput).max(20).default([]),
    mediaIds: z.array(Uuid).max(10).default([]),
    /** Planned time in the organisation's time zone; null for unplanned. */
    scheduledLocal: LocalDateTime.nullable().default(null),
    labels: Labels.default([]),
    /** What the post is for: the people in its images need a consent for this purpose. */
    purpose: z.enum(CONSENT_PURPOSES).default('publication'),
  })
  .openapi('CreatePostBody');
export type CreatePostInput = z.infer<typeof CreatePostBody>;

export const UpdatePostBody = z
  .object({
    /** The version the editor started from; a newer version on the server means someone else saved. */
    version: z.number().int().positive(),
    baseText: BaseText.optional(),
    variants: z.array(VariantInput).max(20).optional(),
    mediaIds: z.array(Uuid).max(10).optional(),
    scheduledLocal: LocalDateTime.nullable().optional(),
    labels: Labels.optional(),
    purpose: z.enum(CONSENT_PURPOSES).optional(),
  })
  .openapi('UpdatePostBody');
export type UpdatePostInput = z.infer<typeof UpdatePostBody>;

export const CommentInput = z
  .object({
    part: z.union([z.literal('base'), Uuid]),
    /** Offsets into that text (UTF-16 code units, as the browser's selection gives them); end exclusive. */
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    /** The passage itself: it must equal the text between start and end. */
    quote: z.string().min(1).max(2000),
    body: z.string().trim().min(1).max(2000),
  })
  .refine((c) => c.end > c.start, { message: 'end must be after start', path: ['end'] })
  .openapi('CommentInput');

export const TransitionBody = z
  .object({
    event: z.enum(['submit', 'withdraw', 'approve', 'request_changes', 'schedule', 'unschedule', 'retry', 'cancel']),
    reason: z.string().trim().max(2000).optional(),
    /** With request_changes: remarks on passages of the base text ('base') or a channel's own text (its id). */
    comments: z.array(CommentInput).max(20).optional(),
    /** On approve: the ids of the checklist questions the approver confirms (all are required). */
    checklist: z.array(z.string().max(40)).max(50).optional(),
  })
  .openapi('TransitionBody');
export type TransitionInput = z.infer<typeof TransitionBody>;

export const POST_PAGE_DEFAULT = 500;
export const POST_PAGE_MAX = 1000;

export const PostListQuery = z.object({
  /** Planned at or after this instant. */
  from: IsoDateTime.optional(),
  /** Planned before this instant (not at it): ranges of adjoining periods never share a post. */
  to: IsoDateTime.optional(),
  status: PostStatusSchema.optional(),
  /** Only posts without a planned time (drafts and other unplanned posts). */
  unplanned: z.enum(['true', 'false']).optional(),
  /** The `nextCursor` of the previous page. */
  cursor: CursorParam.optional(),
  limit: z.coerce.number().int().min(1).max(POST_PAGE_MAX).optional(),
  /** Only posts that go out on this channel. */
  channel: Uuid.optional(),
  /** Only posts written by this person. */
  author: Uuid.optional(),
  /** Only posts with this label. */
  label: z.string().trim().toLowerCase().min(1).max(40).optional(),
  /** Words that must all occur in the post's text or one of its channel texts (case-insensitive). */
  q: z.string().trim().min(1).max(200).optional(),
  /** 'me': only posts in review whose current approval step waits on the requester. */
  waiting: z.enum(['me']).optional(),
  /** Only posts in this campaign. */
  campaign: Uuid.optional(),
});
export type PostListInput = z.infer<typeof PostListQuery>;

const Person = z.object({ id: Uuid, name: z.string() }).nullable();

export const PostVariantSchema = z.object({
  channelId: Uuid,
  channelName: z.string(),
  channelType: z.string(),
  text: z.string().nullable(),
  effectiveText: z.string(),
  length: z.number().int(),
  maxLength: z.number().int(),
  externalUrl: z.string().nullable(),
  publishedAt: z.iso.datetime().nullable(),
});

export const PostSummarySchema = z
  .object({
    id: Uuid,
    status: PostStatusSchema,
    /** The start of the base text (at most EXCERPT_LENGTH characters); the whole text is on the post itself. */
    excerpt: z.string(),
    scheduledAt: z.iso.datetime().nullable(),
    scheduledLocal: LocalDateTime.nullable(),
    publishedAt: z.iso.datetime().nullable(),
    author: Person,
    channels: z.array(z.object({ id: Uuid, name: z.string(), type: z.string() })),
    mediaCount: z.number().int(),
    labels: z.array(z.string()),
    /** Planned, but an earlier attempt failed: the engine tries again (details on the post). */
    retrying: z.boolean(),
    updatedAt: z.iso.datetime(),
    /** The campaign the post is in (issue 16): the calendar draws it in the campaign's colour, with its name. */
    campaignId: Uuid.nullable().optional(),
    campaignName: z.string().nullable().optional(),
    campaignColour: z.string().nullable().optional(),
  })
  .openapi('PostSummary');
export type PostSummary = z.infer<typeof PostSummarySchema>;
export const EXCERPT_LENGTH = 200;

export const PostPageSchema = z
  .object({
    /** In planned order (time, then id); unplanned posts come after the planned ones. */
    items: z.array(PostSummarySchema),
    /** Pass as `cursor` for the next page; null when this page is the last. */
    nextCursor: z.string().nullable(),
  })
  .openapi('PostPage');
export type PostPage = z.infer<typeof PostPageSchema>;

/** Every code a publication failure can have; the web app has a text for each (web/src/i18n, `failure`). */
export const FAILURE_CODES = [
  'network_unreachable',
  'network_busy',
  'network_refused',
  'rate_limited',
  'credentials_refused',
  'session_expired',
  'post_refused',
  'image_too_large',
  'image_refused',
  'media_refused',
  'text_required',
  'no_confirmation',
  'thread_partial',
  'maybe_sent',
  'target_refused',
  'privacy_blocked',
  'no_adapter',
  'crisis_hold',
  'grant_revoked',
  'video_processing_failed',
] as const;
export type FailureCodeName = (typeof FAILURE_CODES)[number];

/**
 * Why the last publication attempt failed, as a code the web app translates, with parameters:
 * network (the channel type), channel (its name), retryAt (ISO time of the next attempt), and
 * what the code itself needs (status, maxKb, part, parts).
 */
export const PostFailureSchema = z.object({ code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) }).openapi('PostFailure');
export type PostFailure = z.infer<typeof PostFailureSchema>;

export const ApprovalSchema = z
  .object({
    /** Index of the step the post waits on (while in review); null when none. */
    currentStep: z.number().int().nullable(),
    steps: z.array(
      z.object({
        roles: z.array(z.string()),
        people: z.array(Uuid),
        mode: z.enum(['any', 'all']),
        includesTime: z.boolean(),
        done: z.boolean(),
        approvedBy: z.array(z.object({ id: Uuid, name: z.string() })),
        waitingFor: z.array(z.object({ id: Uuid, name: z.string() })),
      }),
    ),
    comments: z.array(
      z.object({
        id: Uuid,
        part: z.string(),
        start: z.number().int(),
        end: z.number().int(),
        quote: z.string(),
        body: z.string(),
        author: z.object({ id: Uuid, name: z.string() }).nullable(),
        at: z.iso.datetime(),
      }),
    ),
  })
  .openapi('PostApproval');

export const PostSchema = PostSummarySchema.extend({
  baseText: z.string(),
  /** What the post is for: the consent its people need (src/contracts/consent.ts). */
  purpose: z.enum(CONSENT_PURPOSES),
  version: z.number().int(),
  failureReason: z.string().nullable(),
  failure: PostFailureSchema.nullable(),
  /** Set when the planned local time needed the daylight-saving rule. */
  scheduledNote: z.enum(['skipped_forward', 'ambiguous_first']).nullable(),
  variants: z.array(PostVariantSchema),
  media: z.array(
    z.object({
      id: Uuid,
      altText: z.string(),
      mimeType: z.string(),
      url: z.string(),
      /** For the crop preview and the messages that name a file (absent for files stored before they were measured). */
      fileName: z.string().optional(),
      width: z.number().int().nullable().optional(),
      height: z.number().int().nullable().optional(),
    }),
  ),
  events: z.array(
    z.object({
      action: z.string(),
      fromStatus: PostStatusSchema.nullable(),
      toStatus: PostStatusSchema.nullable(),
      reason: z.string().nullable(),
      at: z.iso.datetime(),
      actor: Person,
    }),
  ),
  /** The privacy guard's findings on every text of the post. */
  guard: PostGuardSchema,
  /** What the current person may do next (events of the state machine, plus "publish_now", "override_guard" and "delete" for a draft). */
  allowedActions: z.array(z.union([PostEventSchema, z.literal('publish_now'), z.literal('override_guard'), z.literal('delete')])),
  /**
   * Why a person whose role may approve (or override) is not offered it on this post: four eyes
   * (src/domain/four-eyes.ts). Null when nothing is withheld for that reason.
   */
  fourEyes: z.enum(['own_post_review', 'edited_post_review', 'override_then_approve', 'approve_then_override']).nullable(),
  /** The approval chain: its steps, the one the post waits on, and the returning approvers' comments. */
  approval: ApprovalSchema,
}).openapi('Post');
export type Post = z.infer<typeof PostSchema>;

export const RepeatBody = z
  .union([
    z.object({ dates: z.array(LocalDateTime).min(1).max(20) }),
    z.object({ everyDays: z.number().int().min(1).max(365), times: z.number().int().min(1).max(20) }),
  ])
  .openapi('RepeatBody');
export type RepeatInput = z.infer<typeof RepeatBody>;

export const RepeatResultSchema = z.object({ created: z.array(Uuid) }).openapi('RepeatResult');
