// Shapes a post for the API and web app: texts per channel with their limits, media, history,
// and what the current person may do next.
import { and, asc, eq, gte, inArray, isNotNull, lte, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Post, PostSummary } from '../../contracts/post';
import { channels, media, postEvents, postMedia, posts, postVariants, users } from '../../db/schema';
import { adapterFor } from '../../channels/registry';
import { toLocal } from '../../domain/local-time';
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

async function summaries(scope: OrgScope, rows: PostRow[]): Promise<PostSummary[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const authorIds = [...new Set(rows.flatMap((r) => (r.authorId ? [r.authorId] : [])))];
  const [authors, chans, mediaRows] = await Promise.all([
    authorIds.length ? scope.db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, authorIds)) : [],
    scope.db
      .select({ postId: postVariants.postId, id: channels.id, name: channels.name, type: channels.type })
      .from(postVariants)
      .innerJoin(channels, eq(channels.id, postVariants.channelId))
      .where(and(eq(postVariants.orgId, scope.orgId), inArray(postVariants.postId, ids)))
      .orderBy(asc(channels.name)),
    scope.db
      .select({ postId: postMedia.postId })
      .from(postMedia)
      .where(and(eq(postMedia.orgId, scope.orgId), inArray(postMedia.postId, ids))),
  ]);
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    baseText: r.baseText,
    scheduledAt: iso(r.scheduledAt),
    scheduledLocal: r.scheduledAt ? toLocal(r.scheduledAt, scope.timeZone) : null,
    publishedAt: iso(r.publishedAt),
    author: authors.find((a) => a.id === r.authorId) ?? null,
    channels: chans.filter((c) => c.postId === r.id).map(({ id, name, type }) => ({ id, name, type })),
    mediaCount: mediaRows.filter((m) => m.postId === r.id).length,
    updatedAt: r.updatedAt.toISOString(),
  }));
}

export async function listPosts(
  scope: Authorized<'post.read'>,
  query: { from?: string; to?: string; status?: PostStatus; held?: boolean },
): Promise<PostSummary[]> {
  const filters: SQL[] = [eq(posts.orgId, scope.orgId)];
  if (query.from) filters.push(gte(posts.scheduledAt, new Date(query.from)));
  if (query.to) filters.push(lte(posts.scheduledAt, new Date(query.to)));
  if (query.status) filters.push(eq(posts.status, query.status));
  if (query.held) filters.push(isNotNull(posts.heldAt));
  const rows = await scope.db
    .select()
    .from(posts)
    .where(and(...filters))
    .orderBy(asc(posts.scheduledAt), asc(posts.createdAt))
    .limit(1000);
  return summaries(scope, rows as PostRow[]);
}

export async function getPost(scope: Authorized<'post.read'>, postId: string): Promise<Post> {
  const post = await findPost(scope, postId);
  const actor = alias(users, 'actor');
  const [[summary], variants, files, events, guard] = await Promise.all([
    summaries(scope, [post]),
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
