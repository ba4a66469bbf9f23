// Campaigns (issue 16): the worksheet's careful route — preparation, execution and aftercare,
// each a page of questions saved as you go — and its quick route. Every worksheet field is
// optional: a campaign is saved half-filled and its progress shows what is still open.
import { z } from '@hono/zod-openapi';
import { CursorParam, IsoDateTime, LocalDateTime, Uuid } from './common';

export const CAMPAIGN_ROUTES = ['careful', 'quick'] as const;
export const CAMPAIGN_PHASES = ['preparation', 'execution', 'aftercare', 'closed'] as const;
/** Where the goal's figure is read from: the measuring figures of the campaign's posts, or its inbox items. */
export const GOAL_METRICS = ['engagements', 'likes', 'reposts', 'replies', 'impressions', 'reach', 'clicks', 'videoViews', 'inboxItems'] as const;
export const TASK_MOMENTS = ['before', 'during', 'after'] as const;

const Text = (max: number) => z.string().trim().max(max);
const IsoDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected a date like 2026-11-02');
/** A hashtag: letters, digits and underscores (the # is optional on input, stored with it). */
export const Hashtag = z
  .string()
  .trim()
  .regex(/^#?[\p{L}\p{N}_]{2,60}$/u, 'a hashtag is 2 to 60 letters, digits or underscores, without spaces')
  .transform((h) => (h.startsWith('#') ? h : `#${h}`))
  .openapi({ example: '#WeekVanDeMantelzorg' });
export const Colour = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour like #1d4ed8')
  .transform((c) => c.toLowerCase());

/** Preparation: what should change, for whom, with which message, where, and who appears. */
export const CampaignPreparation = z
  .object({
    goal: Text(2000),
    audience: Text(2000),
    coreMessage: Text(2000),
    slogan: Text(300),
    visuals: Text(2000),
    text: Text(5000),
    action: Text(1000),
    contact: Text(1000),
    platforms: z.array(Uuid).max(50),
    people: z.array(z.object({ name: Text(200).min(1), consentPersonId: Uuid.nullable().optional(), consented: z.boolean() })).max(100),
  })
  .partial()
  .strict()
  .openapi('CampaignPreparation');

/** Execution: the messages themselves are posts and tasks; the page keeps a plan in words. */
export const CampaignExecution = z
  .object({ plan: Text(5000) })
  .partial()
  .strict()
  .openapi('CampaignExecution');

/** Aftercare: who answers and how, the look back and the next announcement. */
export const CampaignAftercare = z
  .object({
    responders: z.array(Uuid).max(50),
    howToAnswer: Text(2000),
    replyTemplateIds: z.array(Uuid).max(50),
    lookBack: Text(5000),
    nextAnnouncement: Text(2000),
  })
  .partial()
  .strict()
  .openapi('CampaignAftercare');

const CampaignFields = {
  name: Text(200).min(1),
  colour: Colour,
  hashtag: Hashtag.nullable(),
  /** The event's date and time in the organisation's time zone. */
  eventLocal: LocalDateTime.nullable(),
  startsOn: IsoDate.nullable(),
  endsOn: IsoDate.nullable(),
  goalMetric: z.enum(GOAL_METRICS).nullable(),
  goalTarget: z.number().int().min(0).max(1_000_000_000).nullable(),
};

export const CampaignBody = z
  .object({ ...CampaignFields, route: z.enum(CAMPAIGN_ROUTES).optional(), templateId: Uuid.nullable() })
  .partial()
  .required({ name: true })
  .strict()
  .openapi('CampaignBody');
export type CampaignInput = z.infer<typeof CampaignBody>;

/** A change: any field, any phase's answers (merged into what is saved), or the phase itself. */
export const CampaignPatch = z
  .object({
    ...CampaignFields,
    phase: z.enum(CAMPAIGN_PHASES),
    preparation: CampaignPreparation,
    execution: CampaignExecution,
    aftercare: CampaignAftercare,
  })
  .partial()
  .strict()
  .openapi('CampaignPatch');
export type CampaignPatchInput = z.infer<typeof CampaignPatch>;

const Progress = z.object({ filled: z.number().int(), total: z.number().int() });

export const CampaignSchema = z
  .object({
    id: Uuid,
    name: z.string(),
    route: z.enum(CAMPAIGN_ROUTES),
    phase: z.enum(CAMPAIGN_PHASES),
    colour: z.string(),
    hashtag: z.string().nullable(),
    /** Set when the hashtag would read better in CamelCase: the suggestion's reason. */
    hashtagAdvice: z.enum(['camel_case']).nullable(),
    eventAt: IsoDateTime.nullable(),
    eventLocal: LocalDateTime.nullable(),
    startsOn: z.string().nullable(),
    endsOn: z.string().nullable(),
    goalMetric: z.enum(GOAL_METRICS).nullable(),
    goalTarget: z.number().int().nullable(),
    preparation: CampaignPreparation,
    execution: CampaignExecution,
    aftercare: CampaignAftercare,
    progress: z.object({ preparation: Progress, execution: Progress, aftercare: Progress }),
    postCount: z.number().int(),
    openTasks: z.number().int(),
    templateId: Uuid.nullable(),
    closedAt: IsoDateTime.nullable(),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .openapi('Campaign');
export type CampaignView = z.infer<typeof CampaignSchema>;

export const CampaignPageQuery = z.object({
  cursor: CursorParam.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  phase: z.enum(CAMPAIGN_PHASES).optional(),
});
export const CampaignListSchema = z.object({ items: z.array(CampaignSchema), nextCursor: z.string().nullable() }).openapi('CampaignList');

const Totals = z.object({
  posts: z.number().int(),
  likes: z.number(),
  reposts: z.number(),
  replies: z.number(),
  quotes: z.number(),
  engagements: z.number(),
  impressions: z.number().nullable(),
  reach: z.number().nullable(),
  clicks: z.number().nullable(),
  videoViews: z.number().nullable(),
  rateFollowers: z.number().nullable(),
  rateImpressions: z.number().nullable(),
});

/** The campaign's figures against its goal; the web app and the PDF say the verdict in words. */
export const CampaignResultsSchema = z
  .object({
    metric: z.enum(GOAL_METRICS).nullable(),
    target: z.number().int().nullable(),
    actual: z.number().nullable(),
    verdict: z.enum(['reached', 'not_reached', 'no_figures', 'no_goal']),
    totals: Totals,
    inboxItems: z.number().int(),
    publishedPosts: z.number().int(),
  })
  .openapi('CampaignResults');
