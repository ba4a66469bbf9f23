// Shapes a post for the API and web app: texts per channel with their limits, media, history,
// and what the current person may do next.
import { and, asc, eq, gt, gte, inArray, isNotNull, isNull, lt, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { decodeCursor, encodeCursor } from '../../contracts/common';
import { EXCERPT_LENGTH, POST_PAGE_DEFAULT, type Post, type PostPage, type PostSummary } from '../../contracts/post';
import { campaigns, channels, media, postComments, postEvents, postMedia, posts, postVariants, users } from '../../db/schema';
import { adapterFor, channelLimits } from '../../channels/registry';
import type { PostStatus } from '../../domain/post-lifecycle';
import { allowedPostActions } from '../../domain/post-policy';
import { loadApproval, type PostApproval } from '../approvals/load-approval';
import { approvalRefusal, overrideRefusal, type HistoryLine } from '../../domain/four-eyes';
import { can } from '../../domain/roles';
import type { Authorized, OrgScope } from '../org-scope';
import { visibleLength } from './check-post-content';
import { checkPost, type PostGuardReport } from '../guard/check-post';
import { findPost, type PostRow } from './find-post';
import { postListFilters, type PostNarrowing } from './post-list-filters';

const iso = (d: Date | null) => (d ? d.toISOString() : null);
export const mediaUrl = (scope: OrgScope, mediaId: string) => `/api/orgs/${scope.orgId}/media/${mediaId}/file`;

/** The chain as the post page shows it: names for people, and the returning approvers' comments. */
async function approvalView(scope: OrgScope, post: PostRow, chain: PostApproval): Promise<Post['approval']> {
  const ids = new Set(chain.progress.steps.flatMap((s) => [...s.approvedBy, ...s.waitingFor]));
  const [names, comments] = await Promise.all([
    ids.size
      ? scope.db
          .select({ id: users.id, name: users.name })
          .from(users)
          .where(inArray(users.id, [...ids]))
      : Promise.resolve([]),
    scope.db
      .select({ c: postComments, authorName: users.name })
      .from(postComments)
      .leftJoin(users, eq(users.id, postComments.authorId))
      .where(and(eq(postComments.postId, post.id), eq(postComments.orgId, scope.orgId)))
      .orderBy(asc(postComments.createdAt)),
  ]);
  const nameOf = new Map(names.map((n) => [n.id, n.name]));
  const people = (list: string[]) => list.map((id) => ({ id, name: nameOf.get(id) ?? '' }));
  return {
    currentStep: post.status === 'in_review' ? chain.progress.current : null,
    steps: chain.progress.steps.map((s) => ({
      roles: s.step.roles,
      people: s.step.people,
      mode: s.step.mode,
      includesTime: s.step.includesTime,
      done: s.done,
      approvedBy: people(s.approvedBy),
      waitingFor: people(s.waitingFor),
    })),
    comments: comments.map(({ c, authorName }) => ({
      id: c.id,
      part: c.part,
      start: c.startOffset,
      end: c.endOffset,
      quote: c.quote,
      body: c.body,
      author: c.authorId && authorName !== null ? { id: c.authorId, name: authorName } : null,
      at: c.createdAt.toISOString(),
    })),
  };
}

/** Why the four-eyes rules hold back an approval or override this person's role would allow. */
function fourEyesNote(scope: OrgScope, post: PostRow, guard: PostGuardReport, history: HistoryLine[]): Post['fourEyes'] {
  if (post.status === 'in_review' && can(scope.role, 'post.review')) {
    const refusal = approvalRefusal(scope.userId, post, history, guard.overridden);
    if (refusal) return refusal;
  }
  const overridable = !['published', 'cancelled', 'publishing'].includes(post.status);
  if (can(scope.role, 'post.overrideGuard') && overridable && guard.verdict === 'block' && !guard.overridden) {
    return overrideRefusal(scope.userId, post, history);
  }
  return null;
}

type SummaryRow = Pick<PostRow, 'id' | 'authorId' | 'scheduledAt' | 'publishedAt' | 'updatedAt'> & {
  status: string;
  excerpt: string;
  scheduledLocal: string | null;
  authorName: string | null;
  channels: PostSummary['channels'];
  mediaCount: number;
  labels: string[];
  retrying: boolean;
  campaignId: string | null;
  campaignName: string | null;
  campaignColour: string | null;
};

/** The columns a summary needs, with the local time and the excerpt computed by the database. */
export const summaryColumns = (scope: OrgScope) => ({
  id: posts.id,
  status: posts.status,
  authorId: posts.authorId,
  authorName: users.name,
  excerpt: sql<string>`left(${posts.baseText}, ${sql.raw(String(EXCERPT_LENGTH))})`.as('excerpt'),
  scheduledAt: posts.scheduledAt,
  scheduledLocal: sql<string | null>`to_char(${posts.scheduledAt} at time zone ${scope.timeZone}, 'YYYY-MM-DD"T"HH24:MI')`.as('scheduled_local'),
  publishedAt: posts.publishedAt,
  updatedAt: posts.updatedAt,
  // Per post, an index lookup (post_variants_post_channel_idx, post_media's key) inside the same
  // statement: no list of ids for the planner to answer with a scan of every variant.
  channels: sql<PostSummary['channels']>`coalesce((
    select json_agg(json_build_object('id', c.id, 'name', c.name, 'type', c.type) order by c.name, c.id)
    from ${postVariants} pv join ${channels} c on c.id = pv.channel_id
    where pv.post_id = ${posts.id} and pv.org_id = ${posts.orgId}), '[]'::json)`.as('channels'),
  mediaCount: sql<number>`(select count(*)::int from ${postMedia} pm where pm.post_id = ${posts.id} and pm.org_id = ${posts.orgId})`.as('media_count'),
  labels: posts.labels,
  // An attempt failed and the engine will try again: the card must not look like a plain "planned".
  retrying: sql<boolean>`(${posts.status} = 'scheduled' and ${posts.failure} is not null)`.as('retrying'),
  // The campaign's name and colour by its key (campaigns' primary key), only for posts in one.
  campaignId: posts.campaignId,
  campaignName: sql<string | null>`(select cp.name from ${campaigns} cp where cp.id = ${posts.campaignId} and cp.org_id = ${posts.orgId})`.as('campaign_name'),
  campaignColour: sql<string | null>`(select cp.colour from ${campaigns} cp where cp.id = ${posts.campaignId} and cp.org_id = ${posts.orgId})`.as(
    'campaign_colour',
  ),
  /** The exact planned time (microseconds), for the cursor. */
  cursorAt: sql<string | null>`to_char(${posts.scheduledAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as('cursor_at'),
});

/** What a calendar card shows: the rows already carry everything (one statement for a whole page). */
export function summaries(rows: SummaryRow[]): PostSummary[] {
  return rows.map((r) => ({
    id: r.id,
    status: r.status as PostStatus,
    excerpt: r.excerpt,
    scheduledAt: iso(r.scheduledAt),
    scheduledLocal: r.scheduledLocal,
    publishedAt: iso(r.publishedAt),
    author: r.authorId && r.authorName !== null ? { id: r.authorId, name: r.authorName } : null,
    channels: r.channels,
    mediaCount: r.mediaCount,
    labels: r.labels,
    retrying: r.retrying,
    updatedAt: r.updatedAt.toISOString(),
    campaignId: r.campaignId,
    campaignName: r.campaignName,
    campaignColour: r.campaignColour,
  }));
}

export type PostListFilter = PostNarrowing & {
  from?: string;
  to?: string;
  unplanned?: 'true' | 'false';
  cursor?: string;
  limit?: number;
};

/**
 * The statement for one segment of the list: the planned posts in (time, id) order after the
 * cursor, or the unplanned ones in id order. Each is one range of an index
 * (posts_org_scheduled_id_idx, or posts_held_idx for held posts). Exported for the query-plan test.
 */
export function postSegmentQuery(
  scope: OrgScope,
  query: PostListFilter,
  segment: 'planned' | 'unplanned',
  after: { at: string | null; id: string } | null,
  limit: number,
) {
  const filters: SQL[] = [eq(posts.orgId, scope.orgId), ...postListFilters(scope, query)];
  if (segment === 'planned') {
    filters.push(isNotNull(posts.scheduledAt));
    if (query.from) filters.push(gte(posts.scheduledAt, new Date(query.from)));
    // Half-open [from, to), as the web app asks: a post at exactly `to` belongs to the next period.
    if (query.to) filters.push(lt(posts.scheduledAt, new Date(query.to)));
    if (after?.at) filters.push(sql`(${posts.scheduledAt}, ${posts.id}) > (${after.at}::timestamptz, ${after.id}::uuid)`);
  } else {
    filters.push(isNull(posts.scheduledAt));
    if (after) filters.push(gt(posts.id, after.id));
  }
  return scope.db
    .select(summaryColumns(scope))
    .from(posts)
    .leftJoin(users, eq(users.id, posts.authorId))
    .where(and(...filters))
    .orderBy(asc(posts.scheduledAt), asc(posts.id))
    .limit(limit);
}

/** A timestamp column of the page written as JavaScript's toISOString() writes it (ms, Z). */
const isoText = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** One summary as JSON, built from a row of postSegmentQuery: the same fields summaries() gives. */
const ITEM_JSON = sql.raw(`json_build_object(
  'id', id, 'status', status, 'excerpt', excerpt,
  'scheduledAt', ${isoText('scheduled_at')}, 'scheduledLocal', scheduled_local, 'publishedAt', ${isoText('published_at')},
  'author', case when author_id is not null and name is not null then json_build_object('id', author_id, 'name', name) end,
  'channels', channels, 'mediaCount', media_count, 'labels', to_json(labels), 'retrying', retrying,
  'updatedAt', ${isoText('updated_at')},
  'campaignId', campaign_id, 'campaignName', campaign_name, 'campaignColour', campaign_colour)::text`);

interface SegmentJson {
  /** The first `keep` summaries as JSON objects, comma-separated ('' when none). */
  items: string;
  /** How many rows the segment had, at most its limit. */
  fetched: number;
  /** Cursor position of the last summary in `items`. */
  lastAt: string | null;
  lastId: string | null;
}

/**
 * One segment of a page as JSON text built by the database. The embedded database's thread then
 * hands over one row of text instead of hundreds of row objects, each field decoded, copied
 * between threads and mapped by Drizzle, then serialised again: at a month of about 1,000 posts
 * that was most of a request's cost (docs/benchmarks.md).
 */
async function segmentJson(
  scope: OrgScope,
  query: PostListFilter,
  segment: 'planned' | 'unplanned',
  after: { at: string | null; id: string } | null,
  limit: number,
  keep: number,
): Promise<SegmentJson> {
  const rows = postSegmentQuery(scope, query, segment, after, limit);
  const result = (await scope.db.execute(sql`
    select coalesce(string_agg(item, ',' order by n) filter (where n <= ${keep}), '') as items,
           count(*)::int as fetched,
           (array_agg(cursor_at order by n))[least(count(*), ${keep})] as last_at,
           (array_agg(id order by n))[least(count(*), ${keep})]::text as last_id
    from (select ${ITEM_JSON} as item, cursor_at, id,
                 row_number() over (order by scheduled_at, id) as n
          from ${rows} as segment) as page`)) as unknown as {
    rows: { items: string; fetched: number; last_at: string | null; last_id: string | null }[];
  };
  const [row] = result.rows;
  return { items: row?.items ?? '', fetched: row?.fetched ?? 0, lastAt: row?.last_at ?? null, lastId: row?.last_id ?? null };
}

/**
 * One page of an organisation's posts in planned order: time, then id; unplanned posts (no time)
 * after all planned ones, unless a range or ?unplanned= says otherwise. Keyset paging on
 * (scheduled_at, id), so a page costs the same wherever it starts and nothing is skipped or
 * repeated when the list is followed to its end. Answers the PostPage as JSON text, ready to send.
 */
export async function listPostsJson(scope: Authorized<'post.read'>, query: PostListFilter): Promise<string> {
  const size = query.limit ?? POST_PAGE_DEFAULT;
  const cursor = query.cursor ? decodeCursor(query.cursor) : null;
  const planned = query.unplanned !== 'true';
  const unplanned = query.unplanned !== 'false' && !query.from && !query.to;
  const parts: string[] = [];
  let taken = 0;
  let more = false;
  let last: { at: string | null; id: string | null } = { at: null, id: null };
  // A cursor without a time points into the unplanned part: the planned part is done.
  if (planned && !(cursor && cursor.at === null)) {
    const seg = await segmentJson(scope, query, 'planned', cursor, size + 1, size);
    if (seg.items) parts.push(seg.items);
    taken = Math.min(seg.fetched, size);
    more = seg.fetched > size;
    if (taken) last = { at: seg.lastAt, id: seg.lastId };
  }
  if (unplanned && !more) {
    const after = cursor && cursor.at === null ? cursor : null;
    const keep = size - taken;
    const seg = await segmentJson(scope, query, 'unplanned', after, keep + 1, keep);
    if (seg.items) parts.push(seg.items);
    more = seg.fetched > keep;
    if (Math.min(seg.fetched, keep)) last = { at: seg.lastAt, id: seg.lastId };
  }
  const nextCursor = more && last.id ? encodeCursor({ at: last.at, id: last.id }) : null;
  return `{"items":[${parts.join(',')}],"nextCursor":${JSON.stringify(nextCursor)}}`;
}

/** The same page as objects, for callers inside the server. */
export async function listPosts(scope: Authorized<'post.read'>, query: PostListFilter): Promise<PostPage> {
  return JSON.parse(await listPostsJson(scope, query)) as PostPage;
}

/** Every post the filter matches, page by page (for lists that are short by nature, such as held posts). */
export async function listAllPosts(scope: Authorized<'post.read'>, query: Omit<PostListFilter, 'cursor'>): Promise<PostSummary[]> {
  const all: PostSummary[] = [];
  let cursor: string | undefined;
  do {
    const page = await listPosts(scope, { ...query, cursor });
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return all;
}

export async function getPost(scope: Authorized<'post.read'>, postId: string): Promise<Post> {
  const post = await findPost(scope, postId);
  const actor = alias(users, 'actor');
  const [[summary], variants, files, events, guard] = await Promise.all([
    scope.db
      .select(summaryColumns(scope))
      .from(posts)
      .leftJoin(users, eq(users.id, posts.authorId))
      .where(and(eq(posts.id, post.id), eq(posts.orgId, scope.orgId)))
      .then(summaries),
    scope.db
      .select({ v: postVariants, c: channels })
      .from(postVariants)
      .innerJoin(channels, eq(channels.id, postVariants.channelId))
      .where(and(eq(postVariants.postId, postId), eq(postVariants.orgId, scope.orgId)))
      .orderBy(asc(channels.name)),
    scope.db
      .select({ m: media })
      .from(postMedia)
      .innerJoin(media, eq(media.id, postMedia.mediaId))
      .where(and(eq(postMedia.postId, postId), eq(postMedia.orgId, scope.orgId)))
      .orderBy(asc(postMedia.position)),
    scope.db
      .select({ e: postEvents, actorName: actor.name })
      .from(postEvents)
      .leftJoin(actor, eq(actor.id, postEvents.actorId))
      .where(and(eq(postEvents.postId, postId), eq(postEvents.orgId, scope.orgId)))
      .orderBy(asc(postEvents.at)),
    checkPost(scope, post),
  ]);
  const history = events.map(({ e }) => ({ action: e.action, actorId: e.actorId }));
  const chain = await loadApproval(scope.db, scope.orgId, post, history, guard.contentHash);
  const policyFacts = { history, guard, approval: chain.factsFor(scope.userId), now: new Date() };
  return {
    ...summary!,
    baseText: post.baseText,
    purpose: post.purpose as Post['purpose'],
    version: post.version,
    failureReason: post.failureReason,
    failure: post.failure ?? null,
    scheduledNote: post.scheduledNote === 'skipped_forward' || post.scheduledNote === 'ambiguous_first' ? post.scheduledNote : null,
    variants: variants.map(({ v, c }) => {
      const effectiveText = v.text ?? post.baseText;
      const adapter = adapterFor(c.type);
      return {
        channelId: c.id,
        channelName: c.name,
        channelType: c.type,
        text: v.text,
        effectiveText,
        length: visibleLength(effectiveText),
        maxLength: adapter ? channelLimits(adapter, c.settings).maxLength : 0,
        externalUrl: v.externalUrl,
        publishedAt: iso(v.publishedAt),
      };
    }),
    media: files.map(({ m }) => ({
      id: m.id,
      altText: m.altText,
      mimeType: m.mimeType,
      url: mediaUrl(scope, m.id),
      fileName: m.fileName,
      width: m.width,
      height: m.height,
    })),
    events: events.map(({ e, actorName }) => ({
      action: e.action,
      fromStatus: e.fromStatus as PostStatus | null,
      toStatus: e.toStatus as PostStatus | null,
      reason: e.reason,
      at: e.at.toISOString(),
      actor: e.actorId && actorName ? { id: e.actorId, name: actorName } : null,
    })),
    guard: { verdict: guard.verdict, overridden: guard.overridden, parts: guard.parts },
    allowedActions: allowedPostActions(scope, post, policyFacts),
    fourEyes: fourEyesNote(scope, post, guard, history),
    approval: await approvalView(scope, post, chain),
  };
}
