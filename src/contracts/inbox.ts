// The inbox: reactions from every channel in one list, a conversation view, assignment, labels,
// states, notes, templates, replies (through the guard, optionally approved first), the
// response-time targets and figures. One schema per request, shared by the API and the web app.
import { z } from '@hono/zod-openapi';
import { TRIAGE_CATEGORIES } from '../triage/triage';
import { IsoDateTime, LocalDateTime, Uuid } from './common';
import { GuardResultSchema } from './guard';

export const INBOX_STATES = ['open', 'waiting', 'done'] as const;
export const INBOX_KINDS = ['reply', 'mention', 'quote', 'comment', 'message'] as const;
/** unconfirmed: the send's outcome was unknown; the engine reads the network (or resends where that is safe) until it knows. */
export const REPLY_STATUSES = ['awaiting_approval', 'planned', 'sending', 'unconfirmed', 'sent', 'failed'] as const;

export const InboxCategorySchema = z.enum(TRIAGE_CATEGORIES);
export const InboxStateSchema = z.enum(INBOX_STATES);

const Label = z
  .string()
  .trim()
  .min(1, 'a label needs text')
  .max(40)
  .regex(/^[^,]+$/, 'a label has no commas');

export const InboxItemSchema = z
  .object({
    id: Uuid,
    channel: z.object({ id: Uuid, name: z.string(), type: z.string() }),
    kind: z.enum(INBOX_KINDS),
    author: z.object({ handle: z.string(), name: z.string().nullable() }),
    text: z.string(),
    /** Files that came with a direct message and are not shown here (a photo, a voice note, a sticker). */
    attachments: z.number().int().min(0),
    lang: z.string().nullable(),
    url: z.string().nullable(),
    writtenAt: z.iso.datetime(),
    receivedAt: z.iso.datetime(),
    postId: Uuid.nullable(),
    category: InboxCategorySchema,
    urgent: z.boolean(),
    sentiment: z.enum(['positive', 'negative', 'neutral']),
    sentimentScore: z.number(),
    state: InboxStateSchema,
    assignee: z.object({ id: Uuid, name: z.string() }).nullable(),
    labels: z.array(z.string()),
    unread: z.boolean(),
    firstResponseAt: z.iso.datetime().nullable(),
    dueAt: z.iso.datetime().nullable(),
    /** Not answered and most of the response-time target has passed. */
    nearingTarget: z.boolean(),
    /** Not answered and past the target. */
    overdue: z.boolean(),
  })
  .openapi('InboxItem');
export type InboxItem = z.infer<typeof InboxItemSchema>;

const CURSOR_RE = /^[A-Za-z0-9_-]{1,200}$/;
/** Keyset position in the list: the urgent flag (sorted by urgency), the written time and id of the last item. */
export interface InboxCursor {
  urgent: boolean;
  at: string;
  id: string;
}
export function encodeInboxCursor(c: InboxCursor): string {
  return Buffer.from(`${c.urgent ? 1 : 0}|${c.at}|${c.id}`).toString('base64url');
}
export function decodeInboxCursor(raw: string): InboxCursor | null {
  if (!CURSOR_RE.test(raw)) return null;
  const [u, at, id, ...rest] = Buffer.from(raw, 'base64url').toString('utf8').split('|');
  if (rest.length || (u !== '0' && u !== '1') || !at || !id) return null;
  if (!Uuid.safeParse(id).success || Number.isNaN(Date.parse(at)) || !/^\d{4}-\d{2}-\d{2}T/.test(at)) return null;
  return { urgent: u === '1', at, id };
}

export const InboxListQuery = z.object({
  /** newest: newest first; urgent: crisis and other urgent items first, then newest. */
  sort: z.enum(['newest', 'urgent']).default('urgent'),
  channelId: Uuid.optional(),
  state: InboxStateSchema.optional(),
  label: Label.optional(),
  /** A member's id, "me" or "none" (not assigned). */
  assignee: z.union([Uuid, z.enum(['me', 'none'])]).optional(),
  category: InboxCategorySchema.optional(),
  cursor: z
    .string()
    .max(200)
    .refine((s) => decodeInboxCursor(s) !== null, 'expected the nextCursor of an earlier page')
    .optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type InboxListInput = z.infer<typeof InboxListQuery>;

export const InboxListSchema = z.object({ items: z.array(InboxItemSchema), nextCursor: z.string().nullable() }).openapi('InboxList');
export type InboxList = z.infer<typeof InboxListSchema>;

export const InboxReplySchema = z
  .object({
    id: Uuid,
    itemId: Uuid,
    author: z.object({ id: Uuid, name: z.string() }).nullable(),
    text: z.string(),
    private: z.boolean(),
    status: z.enum(REPLY_STATUSES),
    dueAt: z.iso.datetime(),
    sentAt: z.iso.datetime().nullable(),
    url: z.string().nullable(),
    /** Why the last attempt failed (technical). */
    failure: z.string().nullable(),
    /** Who must still approve it, when it waits for approval. */
    waitingFor: z.array(Uuid),
    /** The person asking may approve it now. */
    canApprove: z.boolean(),
  })
  .openapi('InboxReply');
export type InboxReply = z.infer<typeof InboxReplySchema>;

export const InboxNoteSchema = z
  .object({ id: Uuid, author: z.object({ id: Uuid, name: z.string() }).nullable(), body: z.string(), createdAt: z.iso.datetime() })
  .openapi('InboxNote');

export const InboxTemplateSchema = z
  .object({
    id: Uuid,
    name: z.string(),
    body: z.string(),
    lang: z.enum(['nl', 'en']),
    purpose: InboxCategorySchema.nullable(),
    private: z.boolean(),
  })
  .openapi('InboxTemplate');
export type InboxTemplate = z.infer<typeof InboxTemplateSchema>;

export const InboxTemplateBody = z
  .object({
    name: z.string().trim().min(1, 'a template needs a name').max(80),
    body: z.string().trim().min(1, 'a template needs text').max(5000),
    lang: z.enum(['nl', 'en']).default('nl'),
    /** Offered first for items of this category (crisis: the referral; medical: continue privately). */
    purpose: InboxCategorySchema.nullable().default(null),
    private: z.boolean().default(false),
  })
  .openapi('InboxTemplateBody');
export type InboxTemplateInput = z.infer<typeof InboxTemplateBody>;

export const InboxItemViewSchema = z
  .object({
    item: InboxItemSchema,
    /** The conversation on the network, oldest first (this item included). */
    thread: z.array(InboxItemSchema),
    /** Our answers in this conversation, oldest first. */
    replies: z.array(InboxReplySchema),
    notes: z.array(InboxNoteSchema),
    /** Templates filled in for this item, the one for its category first. */
    templates: z.array(InboxTemplateSchema.extend({ rendered: z.string(), suggested: z.boolean() })),
    canReply: z.boolean(),
    /** A private answer to this item can go out now (for a direct message: whether the network answers privately). */
    privateReplies: z.boolean(),
    /** Where the network bounds a private answer to a public item (Meta: a comment, once, within 7 days): until when, or
     *  why not (kind: not for this kind of item; window: the time has passed; used: the one allowed is sent or on its way).
     *  Null: no private answers here, or a direct message. */
    privateReply: z.object({ until: z.iso.datetime().nullable(), unavailable: z.enum(['kind', 'window', 'used']).nullable() }).nullable(),
    /** A direct message may be answered only this many hours after the person's last message (Meta: 24); null: no such window. */
    messageWindowHours: z.number().int().nullable(),
    /** A direct message's answer window as it stands now: standard (the network's, Meta: 24 h), human_agent (past it, a staff
     *  member's answer with Meta's HUMAN_AGENT tag, where the installation has that permission) or closed; `until` when it
     *  ends, `hours` the longest window here. Null: not a direct message, or no window on this network. */
    messageWindow: z.object({ kind: z.enum(['standard', 'human_agent', 'closed']), until: z.iso.datetime().nullable(), hours: z.number().int() }).nullable(),
    repliesNeedApproval: z.boolean(),
    /** The person who last set the item's category by hand (kept over any re-triage); null when triage's
     *  category stands, or when that person's account no longer exists (categorySetAt still says when). */
    categorySetBy: z.object({ id: Uuid, name: z.string() }).nullable(),
    /** When a person last set the category; null when triage's category stands. */
    categorySetAt: z.iso.datetime().nullable(),
  })
  .openapi('InboxItemView');
export type InboxItemView = z.infer<typeof InboxItemViewSchema>;

export const InboxItemPatchBody = z
  .object({
    /** A member who may answer, or null for nobody. */
    assigneeId: Uuid.nullable().optional(),
    labels: z.array(Label).max(20).optional(),
    state: InboxStateSchema.optional(),
    /** A person corrects the triage; crisis makes the item urgent (and tells the people on duty), another
     *  category ends the urgency. An unanswered item's due time becomes the new category's target counted
     *  from its arrival; an answered item keeps the due time its answer was measured against. */
    category: InboxCategorySchema.optional(),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 0, 'nothing to change')
  .openapi('InboxItemPatchBody');
export type InboxItemPatch = z.infer<typeof InboxItemPatchBody>;

export const InboxNoteBody = z.object({ body: z.string().trim().min(1, 'a note needs text').max(5000) }).openapi('InboxNoteBody');

export const InboxReplyBody = z
  .object({
    text: z.string().trim().min(1, 'an answer needs text').max(5000),
    /** Answer privately (a direct message) where the network has them. */
    private: z.boolean().default(false),
    /** Send at this time (a planned answer); now when absent. */
    at: IsoDateTime.optional(),
    /** Or: send at this wall-clock time in the organisation's time zone (what the screen offers), e.g. 2027-11-01T09:00. */
    atLocal: LocalDateTime.optional(),
  })
  .openapi('InboxReplyBody');
export type InboxReplyInput = z.infer<typeof InboxReplyBody>;

export const InboxReplyCheckBody = z.object({ text: z.string().max(5000) }).openapi('InboxReplyCheckBody');
export const InboxReplyCheckSchema = GuardResultSchema;

export const InboxReplyResultSchema = z.object({ reply: InboxReplySchema, guard: GuardResultSchema }).openapi('InboxReplyResult');

/** Counted up to 1000 (urgent ones first): the badge shows 1000+ beyond. */
export const InboxUnreadSchema = z.object({ unread: z.number().int().max(1000), urgent: z.number().int().max(1000) }).openapi('InboxUnread');

export const InboxTargetSchema = z.object({
  category: InboxCategorySchema,
  /** 0: no target for this category. */
  minutes: z
    .number()
    .int()
    .min(0)
    .max(60 * 24 * 30),
  workingHours: z.boolean(),
});
export const InboxTargetsSchema = z.object({ targets: z.array(InboxTargetSchema) }).openapi('InboxTargets');
export const InboxTargetsBody = z
  .object({
    targets: z
      .array(InboxTargetSchema)
      .max(TRIAGE_CATEGORIES.length)
      .refine((ts) => new Set(ts.map((t) => t.category)).size === ts.length, 'a category appears twice'),
  })
  .openapi('InboxTargetsBody');

export const ResponseTimesQuery = z.object({
  period: z.enum(['week', 'month']).default('week'),
  /** How many periods back, newest first. */
  periods: z.coerce.number().int().min(1).max(24).default(8),
});
export const ResponseTimesSchema = z
  .object({
    period: z.enum(['week', 'month']),
    rows: z.array(
      z.object({
        /** The period's first day (YYYY-MM-DD) in the organisation's time zone. */
        start: z.string(),
        received: z.number().int(),
        answered: z.number().int(),
        /** Median minutes from arrival to the first answer; null without answers. */
        medianMinutes: z.number().nullable(),
        /** Share of answered items with a target answered within it (0–1); null without any. */
        withinTarget: z.number().nullable(),
      }),
    ),
  })
  .openapi('ResponseTimes');
export type ResponseTimes = z.infer<typeof ResponseTimesSchema>;
