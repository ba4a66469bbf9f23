// Trusted sources and the reading list (issue 15, point 4): the organisation's sources with the
// state of their feeds, the items read from them, and "make a draft" from an item.
import { z } from '@hono/zod-openapi';
import { CursorParam, Uuid } from './common';

/** A website's domain: "https://www.rivm.nl/nieuws" is taken as rivm.nl. */
export function normaliseDomain(raw: string): string {
  return raw
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^(@|www\.)/, '')
    .replace(/[/?#:].*$/, '')
    .replace(/\.$/, '');
}

const DOMAIN_RE = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const Domain = z.string().max(300).transform(normaliseDomain).pipe(z.string().regex(DOMAIN_RE, 'expected a website domain like rivm.nl'));
const Name = z.string().trim().min(1).max(120);
const FeedUrl = z
  .string()
  .trim()
  .max(2000)
  .pipe(z.url({ protocol: /^https?$/ }));

export const SourceInputBody = z
  .object({
    name: Name,
    domain: Domain,
    /** The source's RSS or Atom feed; null or absent: the source is trusted, not followed. */
    feedUrl: FeedUrl.nullable().optional(),
    /** false: paused (the feed is not fetched; the domain stays trusted). */
    active: z.boolean().default(true),
  })
  .strict()
  .openapi('SourceInput');
export type SourceInput = z.infer<typeof SourceInputBody>;

export const SourcePatchBody = z
  .object({ name: Name.optional(), domain: Domain.optional(), feedUrl: FeedUrl.nullable().optional(), active: z.boolean().optional() })
  .strict()
  .openapi('SourcePatch');
export type SourcePatch = z.infer<typeof SourcePatchBody>;

export const FEED_ERROR_REASONS = ['refused', 'unreachable', 'http', 'too-large', 'not-a-feed'] as const;
export const SOURCE_STATUSES = ['no-feed', 'paused', 'waiting', 'ok', 'failing'] as const;

export const SourceSchema = z
  .object({
    id: Uuid,
    name: z.string(),
    domain: z.string(),
    feedUrl: z.string().nullable(),
    active: z.boolean(),
    /** no-feed: trusted only; paused; waiting: not fetched yet; ok; failing (see error). */
    status: z.enum(SOURCE_STATUSES),
    lastFetchedAt: z.string().nullable(),
    /** Why the feed fails, and since when; null when it does not. */
    error: z.object({ reason: z.enum(FEED_ERROR_REASONS), httpStatus: z.number().int().nullable(), since: z.string(), failures: z.number().int() }).nullable(),
    /** When the feed is fetched next (after a failure: the back-off). */
    nextFetchAt: z.string().nullable(),
  })
  .openapi('Source');
export type Source = z.infer<typeof SourceSchema>;

export const SourceListSchema = z
  .object({
    items: z.array(SourceSchema),
    /** Domains the guard trusts besides these, built in (a few examples; the full list is in the guard). */
    builtIn: z.array(z.string()),
  })
  .openapi('SourceList');
export type SourceList = z.infer<typeof SourceListSchema>;

export const READING_STATES = ['new', 'read', 'dismissed'] as const;

export const ReadingListQuery = z.object({
  sourceId: Uuid.optional(),
  /** Absent: everything not dismissed. */
  state: z.enum(READING_STATES).optional(),
  cursor: CursorParam.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});
export type ReadingListInput = z.infer<typeof ReadingListQuery>;

export const ReadingItemSchema = z
  .object({
    id: Uuid,
    sourceId: Uuid,
    sourceName: z.string(),
    title: z.string().nullable(),
    url: z.string().nullable(),
    summary: z.string().nullable(),
    publishedAt: z.string().nullable(),
    state: z.enum(READING_STATES),
    /** The draft made from this item (null: none, or it was deleted). */
    draftPostId: Uuid.nullable(),
  })
  .openapi('ReadingItem');
export type ReadingItem = z.infer<typeof ReadingItemSchema>;

export const ReadingPageSchema = z.object({ items: z.array(ReadingItemSchema), nextCursor: z.string().nullable() }).openapi('ReadingPage');
export type ReadingPage = z.infer<typeof ReadingPageSchema>;

export const ReadingPatchBody = z
  .object({ state: z.enum(READING_STATES) })
  .strict()
  .openapi('ReadingPatch');

export const ReadingDraftSchema = z.object({ postId: Uuid, item: ReadingItemSchema }).openapi('ReadingDraft');
