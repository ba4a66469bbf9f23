// Shapes a post for the API and web app: texts per channel with their limits, media, history,
// and what the current person may do next.
import { and, asc, eq, gt, gte, inArray, isNotNull, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { decodeCursor, encodeCursor, EXCERPT_LENGTH, POST_PAGE_DEFAULT, type Post, type PostPage, type PostSummary } from '../../contracts/post';
import { channels, media, postEvents, postMedia, posts, postVariants, users } from '../../db/schema';
import { adapterFor } from '../../channels/registry';
import { EVENT_PERMISSION, allowedEvents, type PostStatus } from '../../domain/post-lifecycle';
import { approvalRefusal, overrideRefusal, type HistoryLine } from '../../domain/four-eyes';
import { can } from '../../domain/roles';
import type { Authorized, OrgScope } from '../org-scope';
import { visibleLength } from './check-post-content';
import { checkPost, type PostGuardReport } from '../guard/check-post';
import { findPost, type PostRow } from './find-post';

const iso = (d: Date | null) => (d ? d.toISOString() : null);
export const mediaUrl = (scope: OrgScope, mediaId: string) => `/api/orgs/${scope.orgId}/media/${mediaId}/file`;

function allowedActions(scope: OrgScope, post: PostRow, guard: PostGuardReport, history: HistoryLine[]): Post['allowedActions'] {
  const own = post.authorId === scope.userId;
  const events = allowedEvents(post.status).filter((event) => {
    const permission = EVENT_PERMISSION[event];
    if (!permission || event === 'edit' || !can(scope.role, permission)) return false;
    if ((event === 'approve' || event === 'request_changes') && own) return false;
    // The same four-eyes rules the approval itself applies (src/domain/four-eyes.ts).
    if (event === 'approve' && approvalRefusal(scope.userId, post, history, guard.overridden)) return false;
    if ((event === 'submit' || event === 'withdraw') && !own && !can(scope.role, 'post.editAny')) return false;
    return true;
  });
  const result: Post['allowedActions'] = [...events];
  if (can(scope.role, 'post.write') && (own || can(scope.role, 'post.editAny')) && allowedEvents(post.status).includes('edit')) {
    result.push('edit');
  }
  const blocked = guard.verdict === 'block' && !guard.overridden;
  if (can(scope.role, 'post.schedule') && (post.status === 'approved' || post.status === 'scheduled') && !blocked) result.push('publish_now');
  if (
    can(scope.role, 'post.overrideGuard') &&
    blocked &&
    !['published', 'cancelled', 'publishing'].includes(post.status) &&
    !overrideRefusal(scope.userId, post, history)
  ) {
    result.push('override_guard');
  }
  // What the guard would refuse is not offered as a button.
  return blocked ? result.filter((a) => !['submit', 'approve', 'schedule', 'retry'].includes(a)) : result;
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
};

/** The columns a summary needs, with the local time and the excerpt computed by the database. */
const summaryColumns = (scope: OrgScope) => ({
  id: posts.id,
  status: posts.status,
  authorId: posts.authorId,
  authorName: users.name,
  excerpt: sql<string>`left(${posts.baseText}, ${sql.raw(String(EXCERPT_LENGTH))})`,
  scheduledAt: posts.scheduledAt,
  scheduledLocal: sql<string | null>`to_char(${posts.scheduledAt} at time zone ${scope.timeZone}, 'YYYY-MM-DD"T"HH24:MI')`,
  publishedAt: posts.publishedAt,
  updatedAt: posts.updatedAt,
  /** The exact planned time (microseconds), for the cursor. */
  cursorAt: sql<string | null>`to_char(${posts.scheduledAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
});

/** What a calendar card shows, for a page of posts: two more statements whatever the page size. */
async function summaries(scope: OrgScope, rows: SummaryRow[]): Promise<PostSummary[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const [chans, mediaRows] = await Promise.all([
    scope.db
      .select({ postId: postVariants.postId, id: channels.id, name: channels.name, type: channels.type })
      .from(postVariants)
      .innerJoin(channels, eq(channels.id, postVariants.channelId))
      .where(and(eq(postVariants.orgId, scope.orgId), inArray(postVariants.postId, ids)))
      .orderBy(asc(channels.name)),
    scope.db
      .select({ postId: postMedia.postId, count: sql<number>`count(*)::int` })
      .from(postMedia)
      .where(and(eq(postMedia.orgId, scope.orgId), inArray(postMedia.postId, ids)))
      .groupBy(postMedia.postId),
  ]);
  const channelsOf = new Map<string, PostSummary['channels']>();
  for (const { postId, id, name, type } of chans) {
    const list = channelsOf.get(postId);
    if (list) list.push({ id, name, type });
    else channelsOf.set(postId, [{ id, name, type }]);
  }
  const mediaOf = new Map(mediaRows.map((m) => [m.postId, Number(m.count)]));
  return rows.map((r) => ({
    id: r.id,
    status: r.status as PostStatus,
    excerpt: r.excerpt,
    scheduledAt: iso(r.scheduledAt),
    scheduledLocal: r.scheduledLocal,
    publishedAt: iso(r.publishedAt),
    author: r.authorId && r.authorName !== null ? { id: r.authorId, name: r.authorName } : null,
    channels: channelsOf.get(r.id) ?? [],
    mediaCount: mediaOf.get(r.id) ?? 0,
    updatedAt: r.updatedAt.toISOString(),
  }));
}

/**
 * One page of an organisation's posts in planned order: time, then id, unplanned posts last.
 * Keyset paging on (scheduled_at, id), so a page costs the same wherever it starts and nothing is
 * skipped or repeated when the list is followed to its end.
 */
export async function listPosts(
  scope: Authorized<'post.read'>,
  query: { from?: string; to?: string; status?: PostStatus; held?: boolean; unplanned?: 'true' | 'false'; cursor?: string; limit?: number },
): Promise<PostPage> {
  const size = query.limit ?? POST_PAGE_DEFAULT;
  const filters: (SQL | undefined)[] = [eq(posts.orgId, scope.orgId)];
  if (query.from) filters.push(gte(posts.scheduledAt, new Date(query.from)));
  if (query.to) filters.push(lte(posts.scheduledAt, new Date(query.to)));
  if (query.status) filters.push(eq(posts.status, query.status));
  if (query.held) filters.push(isNotNull(posts.heldAt));
  if (query.unplanned === 'true') filters.push(isNull(posts.scheduledAt));
  if (query.unplanned === 'false') filters.push(isNotNull(posts.scheduledAt));
  const cursor = query.cursor ? decodeCursor(query.cursor) : null;
  if (cursor?.at) {
    // After the cursor: later planned posts, then (unless a range or filter excludes them) the unplanned ones.
    const after = sql`(${posts.scheduledAt}, ${posts.id}) > (${cursor.at}::timestamptz, ${cursor.id}::uuid)`;
    const rangeOnly = query.from || query.to || query.unplanned === 'false';
    filters.push(rangeOnly ? after : or(after, isNull(posts.scheduledAt)));
  } else if (cursor) {
    filters.push(isNull(posts.scheduledAt), gt(posts.id, cursor.id));
  }
  const rows = await scope.db
    .select(summaryColumns(scope))
    .from(posts)
    .leftJoin(users, eq(users.id, posts.authorId))
    .where(and(...filters))
    .orderBy(sql`${posts.scheduledAt} asc nulls last`, asc(posts.id))
    .limit(size + 1);
  const more = rows.length > size;
  const page = more ? rows.slice(0, size) : rows;
  const last = page[page.length - 1];
  return {
    items: await summaries(scope, page),
    nextCursor: more && last ? encodeCursor({ at: last.cursorAt, id: last.id }) : null,
  };
}

/** Every post the filter matches, page by page (for lists that are short by nature, such as held posts). */
export async function listAllPosts(scope: Authorized<'post.read'>, query: Omit<Parameters<typeof listPosts>[1], 'cursor'>): Promise<PostSummary[]> {
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
      .then((rows) => summaries(scope, rows)),
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
  return {
    ...summary!,
    baseText: post.baseText,
    version: post.version,
    failureReason: post.failureReason,
    scheduledNote: post.scheduledNote === 'skipped_forward' || post.scheduledNote === 'ambiguous_first' ? post.scheduledNote : null,
    variants: variants.map(({ v, c }) => {
      const effectiveText = v.text ?? post.baseText;
      return {
        channelId: c.id,
        channelName: c.name,
        channelType: c.type,
        text: v.text,
        effectiveText,
        length: visibleLength(effectiveText),
        maxLength: adapterFor(c.type)?.limits.maxLength ?? 0,
        externalUrl: v.externalUrl,
        publishedAt: iso(v.publishedAt),
      };
    }),
    media: files.map(({ m }) => ({ id: m.id, altText: m.altText, mimeType: m.mimeType, url: mediaUrl(scope, m.id) })),
    events: events.map(({ e, actorName }) => ({
      action: e.action,
      fromStatus: e.fromStatus as PostStatus | null,
      toStatus: e.toStatus as PostStatus | null,
      reason: e.reason,
      at: e.at.toISOString(),
      actor: e.actorId && actorName ? { id: e.actorId, name: actorName } : null,
    })),
    guard: { verdict: guard.verdict, overridden: guard.overridden, parts: guard.parts },
    allowedActions: allowedActions(scope, post, guard, history),
    fourEyes: fourEyesNote(scope, post, guard, history),
  };
}
