// Measuring: the overview of a period beside another, a post's growth curve, exports, the
// monthly report subscription and the calendar-feed address (issue 14).
import { z } from '@hono/zod-openapi';

const IsoDate = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected a date like 2026-03-31')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'not a calendar date')
  .openapi({ example: '2026-03-31' });

/** The longest period one overview covers (a year and a day, for leap years). */
export const MAX_PERIOD_DAYS = 366;

const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

export const MetricsQuery = z
  .object({
    /** First day of the period (in the organisation's time zone). */
    from: IsoDate,
    /** Last day of the period, included. */
    to: IsoDate,
    /** The period to compare with; default: the same number of days just before. */
    compareFrom: IsoDate.optional(),
    compareTo: IsoDate.optional(),
    channelId: z.uuid().optional(),
    label: z.string().min(1).max(100).optional(),
  })
  .superRefine((q, ctx) => {
    if (q.to < q.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'the period ends before it starts' });
    else if (days(q.from, q.to) >= MAX_PERIOD_DAYS) ctx.addIssue({ code: 'custom', path: ['to'], message: `a period covers at most ${MAX_PERIOD_DAYS} days` });
    if (!!q.compareFrom !== !!q.compareTo) ctx.addIssue({ code: 'custom', path: ['compareTo'], message: 'give both compareFrom and compareTo, or neither' });
    else if (q.compareFrom && q.compareTo) {
      if (q.compareTo < q.compareFrom) ctx.addIssue({ code: 'custom', path: ['compareTo'], message: 'the period ends before it starts' });
      else if (days(q.compareFrom, q.compareTo) >= MAX_PERIOD_DAYS)
        ctx.addIssue({ code: 'custom', path: ['compareTo'], message: `a period covers at most ${MAX_PERIOD_DAYS} days` });
    }
  });
export type MetricsQuery = z.infer<typeof MetricsQuery>;

export const FigureTotalsSchema = z
  .object({
    posts: z.number().int(),
    likes: z.number().int(),
    reposts: z.number().int(),
    replies: z.number().int(),
    quotes: z.number().int(),
    /** likes + reposts + replies + quotes, as far as the networks give them. */
    engagements: z.number().int(),
    /** null: no network in this selection gives the figure. */
    impressions: z.number().int().nullable(),
    reach: z.number().int().nullable(),
    clicks: z.number().int().nullable(),
    videoViews: z.number().int().nullable(),
    /** engagements / followers at the time (0.05 = 5 %), over posts with a known follower count. */
    rateFollowers: z.number().nullable(),
    /** engagements / impressions, over posts whose network gives impressions. */
    rateImpressions: z.number().nullable(),
  })
  .openapi('FigureTotals');
export type FigureTotals = z.infer<typeof FigureTotalsSchema>;

const PeriodSchema = z.object({ from: z.string(), to: z.string() });

export const PostRankSchema = z
  .object({
    postId: z.uuid(),
    text: z.string(),
    publishedAt: z.iso.datetime(),
    channels: z.array(z.string()),
    engagements: z.number().int(),
    impressions: z.number().int().nullable(),
    rateFollowers: z.number().nullable(),
  })
  .openapi('PostRank');
export type PostRank = z.infer<typeof PostRankSchema>;

export const TimeSlotSchema = z.object({
  weekday: z.number().int().min(1).max(7),
  hour: z.number().int().min(0).max(23),
  posts: z.number().int(),
  meanEngagements: z.number(),
  enough: z.boolean(),
});

export const LeadTimeSchema = z.object({ posts: z.number().int(), medianHours: z.number().nullable(), meanHours: z.number().nullable() });

export const MetricsOverviewSchema = z
  .object({
    period: PeriodSchema,
    previous: PeriodSchema,
    timeZone: z.string(),
    totals: FigureTotalsSchema,
    previousTotals: FigureTotalsSchema,
    channels: z.array(
      z.object({
        channelId: z.uuid(),
        name: z.string(),
        type: z.string(),
        /** The newest follower count read, if the network gives it. */
        followers: z.number().int().nullable(),
        totals: FigureTotalsSchema,
        previousTotals: FigureTotalsSchema,
      }),
    ),
    /** Per label (campaigns are labels until campaigns exist); null: posts without a label. */
    labels: z.array(z.object({ label: z.string().nullable(), totals: FigureTotalsSchema, previousTotals: FigureTotalsSchema })),
    /** Engagements of the posts published each day of the period, and of the compared period's days in the same order. */
    days: z.array(z.object({ date: z.string(), engagements: z.number().int(), posts: z.number().int() })),
    previousDays: z.array(z.object({ date: z.string(), engagements: z.number().int(), posts: z.number().int() })),
    top: z.array(PostRankSchema),
    bottom: z.array(PostRankSchema),
    /** From the organisation's last twelve months up to the period's end. */
    bestTimes: z.object({ slots: z.array(TimeSlotSchema), advice: z.array(TimeSlotSchema), minPosts: z.number().int() }),
    /** From the first draft to publication (the post history): elapsed time, not working time. */
    leadTime: LeadTimeSchema,
    previousLeadTime: LeadTimeSchema,
  })
  .openapi('MetricsOverview');
export type MetricsOverview = z.infer<typeof MetricsOverviewSchema>;

export const GrowthPointSchema = z.object({
  at: z.iso.datetime(),
  likes: z.number().int().nullable(),
  reposts: z.number().int().nullable(),
  replies: z.number().int().nullable(),
  quotes: z.number().int().nullable(),
  impressions: z.number().int().nullable(),
  engagements: z.number().int().nullable(),
  followers: z.number().int().nullable(),
});

export const PostMetricsSchema = z
  .object({
    postId: z.uuid(),
    variants: z.array(
      z.object({
        channelId: z.uuid(),
        channelName: z.string(),
        channelType: z.string(),
        publishedAt: z.iso.datetime(),
        /** Oldest first; at most MAX_GROWTH_POINTS. */
        points: z.array(GrowthPointSchema),
      }),
    ),
  })
  .openapi('PostMetrics');
export type PostMetrics = z.infer<typeof PostMetricsSchema>;

export const MAX_GROWTH_POINTS = 500;

export const PostMetricsParam = z.object({ orgId: z.uuid(), postId: z.uuid() });

export const ExportFormatParam = z.object({ orgId: z.uuid(), format: z.enum(['csv', 'json']) });

export const ReportSubscriptionSchema = z.object({ subscribed: z.boolean() }).openapi('ReportSubscription');

export const CalendarFeedSchema = z
  .object({
    /** Whether the person has a calendar address now. */
    active: z.boolean(),
    createdAt: z.iso.datetime().nullable(),
    /** Only in the answer that makes a new address: it cannot be shown again (only its hash is kept). */
    url: z.url().optional(),
  })
  .openapi('CalendarFeed');
