// The home page: what needs this person now, in sections the web app shows in this order.
import { z } from '@hono/zod-openapi';
import { CursorParam } from './common';
import { PostSummarySchema } from './post';

/**
 * Post sections of the home page. Later capabilities (notifications, inbox, alerts) add their
 * own keys here and a definition in src/features/home/home-sections.ts.
 */
export const HOME_SECTIONS = ['to_approve', 'returned', 'my_drafts', 'to_schedule', 'failed', 'unconfirmed', 'today', 'coming'] as const;
export const HomeSectionKey = z.enum(HOME_SECTIONS);
export type HomeSectionKey = z.infer<typeof HomeSectionKey>;

/** The items a home section shows at most; the count and a link to the full list say the rest. */
export const HOME_SECTION_ITEMS = 5;
/** How many days "coming" covers after today. */
export const HOME_COMING_DAYS = 6;

export const HomeWho = z.enum(['mine', 'org']);

export const HomeQuery = z.object({
  /** today and coming: only my posts, or the whole organisation's (default). */
  who: HomeWho.optional(),
});

export const HomeSectionSchema = z
  .object({
    key: HomeSectionKey,
    /** Every matching post, not only the ones in `items`. */
    count: z.number().int(),
    items: z.array(PostSummarySchema),
    /** Whether the person must act on these (counted in the menu). */
    actionable: z.boolean(),
  })
  .openapi('HomeSection');
export type HomeSection = z.infer<typeof HomeSectionSchema>;

export const HomeSchema = z
  .object({
    /** Today in the organisation's time zone (YYYY-MM-DD). */
    today: z.string(),
    crisis: z.object({ active: z.boolean(), since: z.iso.datetime().nullable() }),
    sections: z.array(HomeSectionSchema),
    /** The sum of the actionable sections' counts: the number in the menu. */
    waiting: z.number().int(),
  })
  .openapi('Home');
export type Home = z.infer<typeof HomeSchema>;

export const HomeSectionQuery = z.object({
  who: HomeWho.optional(),
  cursor: CursorParam.optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
});

export const HomeSectionParam = z.object({ orgId: z.uuid(), section: HomeSectionKey });

export const LiveVersionSchema = z
  .object({
    /** Changes whenever a post of the organisation or its crisis switch changes. */
    version: z.string(),
    /** How long the web app waits before asking again (milliseconds). */
    pollMs: z.number().int(),
  })
  .openapi('LiveVersion');
