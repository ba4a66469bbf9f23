// The quick route (issue 16): one form makes a mini-campaign of three posts — announcement,
// during, look-back with the next announcement — planned relative to the event and each sent
// into the organisation's approval chain. And campaign templates an organisation saves and reuses.
import { z } from '@hono/zod-openapi';
import { QUICK_MESSAGES } from '../domain/quick-campaign-plan';
import { CAMPAIGN_ROUTES, CampaignAftercare, CampaignExecution, CampaignPreparation, CampaignSchema, Colour, GOAL_METRICS, Hashtag } from './campaign';
import { CursorParam, IsoDateTime, LocalDateTime, PostStatusSchema, Uuid } from './common';

export { QUICK_MESSAGES };
const Text = (max: number) => z.string().trim().max(max);
const HHMM = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time like 10:00');

export const QuickOffsetsSchema = z
  .object({
    announcementDaysBefore: z.number().int().min(0).max(60),
    announcementTime: HHMM,
    duringMinutes: z
      .number()
      .int()
      .min(0)
      .max(24 * 60),
    lookBackWorkingDays: z.number().int().min(1).max(20),
    lookBackTime: HHMM,
  })
  .strict()
  .openapi('QuickOffsets');

const QuickMessageBody = z
  .object({
    text: Text(5000).min(1),
    /** When it goes out, in the organisation's zone (the suggestion, or the person's own choice). */
    scheduledLocal: LocalDateTime,
  })
  .strict();

export const QuickCampaignBody = z
  .object({
    name: Text(200).min(1),
    /** The event's start in the organisation's time zone. */
    eventLocal: LocalDateTime,
    hashtag: Hashtag.nullable().optional(),
    colour: Colour.optional(),
    channelIds: z.array(Uuid).min(1).max(20),
    messages: z.object({ announcement: QuickMessageBody, during: QuickMessageBody, lookBack: QuickMessageBody }).strict(),
    templateId: Uuid.nullable().optional(),
  })
  .strict()
  .openapi('QuickCampaignBody');
export type QuickCampaignInput = z.infer<typeof QuickCampaignBody>;

export const QuickCampaignResult = z
  .object({
    campaign: CampaignSchema,
    posts: z.array(
      z.object({
        message: z.enum(QUICK_MESSAGES),
        id: Uuid,
        status: PostStatusSchema,
        scheduledLocal: LocalDateTime,
      }),
    ),
    /** True when the final approval also schedules the posts (the maker may schedule); otherwise an editor schedules them. */
    scheduledWhenApproved: z.boolean(),
  })
  .openapi('QuickCampaignResult');
export type QuickCampaignResultView = z.infer<typeof QuickCampaignResult>;

export const QuickPlanQuery = z.object({ eventLocal: LocalDateTime, templateId: Uuid.optional() });
export const QuickPlanSchema = z
  .object({ announcement: LocalDateTime, during: LocalDateTime, lookBack: LocalDateTime, offsets: QuickOffsetsSchema })
  .openapi('QuickPlan');
export type QuickPlanView = z.infer<typeof QuickPlanSchema>;

/** What a template keeps: the worksheet's answers without dates, people or one-off results; for the quick route its texts and offsets. */
export const CampaignTemplateContent = z
  .object({
    colour: Colour,
    hashtag: Hashtag.nullable(),
    goalMetric: z.enum(GOAL_METRICS).nullable(),
    goalTarget: z.number().int().min(0).max(1_000_000_000).nullable(),
    preparation: CampaignPreparation.omit({ people: true }).openapi('CampaignTemplatePreparation'),
    execution: CampaignExecution,
    aftercare: CampaignAftercare.pick({ howToAnswer: true, replyTemplateIds: true }).openapi('CampaignTemplateAftercare'),
    quick: z.object({ announcement: Text(5000), during: Text(5000), lookBack: Text(5000), offsets: QuickOffsetsSchema }).strict(),
  })
  .partial()
  .strict()
  .openapi('CampaignTemplateContent');
export type CampaignTemplateContentValue = z.infer<typeof CampaignTemplateContent>;

export const CampaignTemplateSchema = z
  .object({
    id: Uuid,
    name: z.string(),
    route: z.enum(CAMPAIGN_ROUTES),
    content: CampaignTemplateContent,
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .openapi('CampaignTemplate');
export type CampaignTemplateView = z.infer<typeof CampaignTemplateSchema>;

export const CampaignTemplateListSchema = z
  .object({ items: z.array(CampaignTemplateSchema), nextCursor: z.string().nullable() })
  .openapi('CampaignTemplateList');
export const CampaignTemplatePageQuery = z.object({
  cursor: CursorParam.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export const SaveTemplateBody = z
  .object({ name: Text(200).min(1) })
  .strict()
  .openapi('SaveCampaignTemplate');
export const RenameTemplateBody = SaveTemplateBody;
