// Listening: queries per organisation (words, phrases, hashtags, mentions, the organisation's own
// names, exclusions, languages, news and review feeds), what they found, their hourly figures and
// the early-warning alerts. One schema per request, shared by the API and the web app.
import { z } from '@hono/zod-openapi';
import { Uuid } from './common';

const Term = z.string().trim().min(1).max(100);
const Terms = z.array(Term).max(30).default([]);
const FeedUrl = z
  .string()
  .trim()
  .max(500)
  .url()
  .refine((s) => /^https?:\/\//i.test(s), 'expected an http or https address');

export const ListeningQueryBody = z
  .object({
    name: z.string().trim().min(1).max(80),
    keywords: Terms,
    phrases: Terms,
    hashtags: z
      .array(Term.regex(/^#?[\p{L}\p{N}_]+$/u, 'expected a hashtag'))
      .max(30)
      .default([]),
    mentions: z
      .array(Term.regex(/^@?[\p{L}\p{N}_.-]+(@[\p{L}\p{N}_.-]+)?$/u, 'expected a handle'))
      .max(30)
      .default([]),
    orgNames: Terms,
    exclude: Terms,
    languages: z
      .array(z.enum(['nl', 'en']))
      .max(2)
      .default([]),
    feedUrls: z.array(FeedUrl).max(20).default([]),
    active: z.boolean().default(true),
  })
  .strict()
  .superRefine((q, ctx) => {
    // A query that looks for nothing would match nothing: say where to write the words.
    if (![q.keywords, q.phrases, q.hashtags, q.mentions, q.orgNames].some((a) => a.length > 0))
      ctx.addIssue({ code: 'custom', path: ['keywords'], message: 'a query needs at least one word, phrase, hashtag, mention or name' });
  })
  .openapi('ListeningQueryInput');
export type ListeningQueryInput = z.infer<typeof ListeningQueryBody>;

export const ListeningSourceStateSchema = z.object({
  /** "channel:{id}" or "feed:{url}". */
  key: z.string(),
  label: z.string(),
  lastReadAt: z.iso.datetime().nullable(),
  /** Why the last read failed; the source is tried again later, not in a loop. */
  lastError: z.string().nullable(),
  nextTryAt: z.iso.datetime(),
});

export const ListeningQuerySchema = z
  .object({
    id: Uuid,
    name: z.string(),
    keywords: z.array(z.string()),
    phrases: z.array(z.string()),
    hashtags: z.array(z.string()),
    mentions: z.array(z.string()),
    orgNames: z.array(z.string()),
    exclude: z.array(z.string()),
    languages: z.array(z.enum(['nl', 'en'])),
    feedUrls: z.array(z.string()),
    active: z.boolean(),
    /** The query names the organisation itself (its names or handles). */
    aboutOrganisation: z.boolean(),
    lastRunAt: z.iso.datetime().nullable(),
    sources: z.array(ListeningSourceStateSchema),
  })
  .openapi('ListeningQuery');
export type ListeningQueryView = z.infer<typeof ListeningQuerySchema>;

export const SENTIMENTS = ['positive', 'negative', 'neutral'] as const;

export const ListeningResultSchema = z
  .object({
    id: Uuid,
    /** bluesky, mastodon or feed. */
    source: z.string(),
    author: z.object({ handle: z.string().nullable(), name: z.string().nullable() }),
    title: z.string().nullable(),
    text: z.string(),
    lang: z.string().nullable(),
    url: z.string().nullable(),
    writtenAt: z.iso.datetime(),
    foundAt: z.iso.datetime(),
    /** An indication from word lists, not a verdict. */
    sentiment: z.enum(SENTIMENTS),
    sentimentScore: z.number(),
    terms: z.array(z.string()),
  })
  .openapi('ListeningResult');
export type ListeningResult = z.infer<typeof ListeningResultSchema>;

const CURSOR_RE = /^[A-Za-z0-9_-]{1,200}$/;
/** Keyset position: the time and id of the last item of a page. */
export interface ListeningCursor {
  at: string;
  id: string;
}
export function encodeListeningCursor(c: ListeningCursor): string {
  return Buffer.from(`${c.at}|${c.id}`).toString('base64url');
}
export function decodeListeningCursor(raw: string): ListeningCursor | null {
  if (!CURSOR_RE.test(raw)) return null;
  const [at, id, ...rest] = Buffer.from(raw, 'base64url').toString('utf8').split('|');
  if (rest.length || !at || !id || !Uuid.safeParse(id).success || !/^\d{4}-\d{2}-\d{2}T/.test(at) || Number.isNaN(Date.parse(at))) return null;
  return { at, id };
}

export const ListeningPageQuery = z.object({
  cursor: z
    .string()
    .max(200)
    .refine((s) => decodeListeningCursor(s) !== null, 'expected the nextCursor of an earlier page')
    .optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type ListeningPageInput = z.infer<typeof ListeningPageQuery>;

export const ListeningResultListSchema = z.object({ items: z.array(ListeningResultSchema), nextCursor: z.string().nullable() }).openapi('ListeningResultList');
export type ListeningResultList = z.infer<typeof ListeningResultListSchema>;

export const ListeningChartQuery = z.object({
  bucket: z.enum(['hour', 'day']).default('hour'),
  /** How far back: up to 48 hours by the hour, 60 days by the day. */
  span: z.coerce.number().int().min(1).max(60).default(24),
});

export const ListeningChartSchema = z
  .object({
    bucket: z.enum(['hour', 'day']),
    points: z.array(
      z.object({ at: z.iso.datetime(), total: z.number().int(), positive: z.number().int(), negative: z.number().int(), neutral: z.number().int() }),
    ),
  })
  .openapi('ListeningChart');
export type ListeningChart = z.infer<typeof ListeningChartSchema>;

export const ListeningAlertSchema = z
  .object({
    id: Uuid,
    query: z.object({ id: Uuid, name: z.string() }),
    hour: z.iso.datetime(),
    reasons: z.array(z.enum(['volume', 'negative-share'])),
    total: z.number().int(),
    negative: z.number().int(),
    baselineMedian: z.number(),
    baselineNegativeShare: z.number(),
    aboutOrganisation: z.boolean(),
    /** The spike is about the organisation itself and mostly negative: consider crisis mode (/crisis). */
    suggestCrisisMode: z.boolean(),
    /** The items of that hour (at most 20). */
    items: z.array(ListeningResultSchema),
    createdAt: z.iso.datetime(),
  })
  .openapi('ListeningAlert');
export type ListeningAlert = z.infer<typeof ListeningAlertSchema>;

export const ListeningAlertListSchema = z.object({ items: z.array(ListeningAlertSchema), nextCursor: z.string().nullable() }).openapi('ListeningAlertList');
export type ListeningAlertList = z.infer<typeof ListeningAlertListSchema>;
