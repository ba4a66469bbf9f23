// When a question hour gets a new host, its announcements that still name the previous one are put
// right where that needs no new approval: a plain draft, which the person may edit, gets the new name
// in its base text and channel texts, through the same content check, history line and audit entry as
// an ordinary edit (update-post.ts). A post that is on its way (in review, approved, scheduled,
// publishing, published, failed, unconfirmed) or returned with changes asked keeps its text — changing
// it would take back an approval or rewrite what went out — and is reported, so a person can edit it
// and have it approved again. A cancelled announcement never goes out: left alone, not reported.
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { QaAnnouncementsChanged } from '../../contracts/qa-hour';
import type { Db } from '../../db/client';
import { auditEvents, postMedia, posts, postVariants, users } from '../../db/schema';
import type { PostStatus } from '../../domain/post-lifecycle';
import { postRefusal } from '../../domain/post-policy';
import { recordAudit } from '../audit/record-audit';
import { AppError } from '../errors';
import type { Authorized } from '../org-scope';
import { checkPostContent } from '../posts/check-post-content';
import { recordPostEvent } from '../posts/record-event';

export const NOTHING_CHANGED: QaAnnouncementsChanged = { previousHost: null, rewritten: [], notRewritten: [] };

/** The name as a whole word (not "Ed" inside "Eddy"), letters of any language. */
function namePattern(name: string): RegExp {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}_])${escaped}(?![\\p{L}\\p{N}_])`, 'gu');
}

/**
 * The name the announcements were last written with: the host before the change, or — when the place
 * was empty because the host left (drop-from-hours.ts clears it without a trace on the hour) — the
 * last host the audit trail records for the hour (planning and every change of people write one).
 */
export async function previousHostName(tx: Db, orgId: string, hourId: string, hostId: string | null): Promise<string | null> {
  let id = hostId;
  if (!id) {
    const trail = await tx
      .select({ action: auditEvents.action, detail: auditEvents.detail })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.orgId, orgId),
          inArray(auditEvents.action, ['qa.planned', 'qa.people_changed']),
          sql`${auditEvents.detail}->>'qaHourId' = ${hourId}`,
        ),
      )
      .orderBy(desc(auditEvents.seq));
    for (const { action, detail } of trail) {
      const named = action === 'qa.planned' ? detail.hostId : (detail.to as { hostId?: unknown } | undefined)?.hostId;
      if (typeof named === 'string') {
        id = named;
        break;
      }
    }
  }
  if (!id) return null;
  const [person] = await tx.select({ name: users.name }).from(users).where(eq(users.id, id));
  return person?.name.trim() || null;
}

/** Runs inside the caller's transaction (the change of people): all of it or none. */
export async function rewriteAnnouncements(
  tx: Db,
  scope: Authorized<'post.write'>,
  hour: { id: string; announcementPostIds: string[] },
  names: { from: string | null; to: string },
): Promise<QaAnnouncementsChanged> {
  const { from, to } = names;
  if (!from || from === to || !hour.announcementPostIds.length) return { ...NOTHING_CHANGED, previousHost: from };
  const found = await tx
    .select()
    .from(posts)
    .where(and(eq(posts.orgId, scope.orgId), inArray(posts.id, hour.announcementPostIds)))
    .for('update');
  const variants = await tx
    .select({
      id: postVariants.id,
      postId: postVariants.postId,
      channelId: postVariants.channelId,
      text: postVariants.text,
      publishedAt: postVariants.publishedAt,
    })
    .from(postVariants)
    .where(and(eq(postVariants.orgId, scope.orgId), inArray(postVariants.postId, hour.announcementPostIds)));
  const media = await tx
    .select({ postId: postMedia.postId, mediaId: postMedia.mediaId })
    .from(postMedia)
    .where(and(eq(postMedia.orgId, scope.orgId), inArray(postMedia.postId, hour.announcementPostIds)))
    .orderBy(postMedia.position);
  const pattern = namePattern(from);
  const mentions = (text: string) => text.search(pattern) !== -1;
  const swap = (text: string) => text.replace(pattern, () => to);
  const result: QaAnnouncementsChanged = { previousHost: from, rewritten: [], notRewritten: [] };
  const inTx = { ...scope, db: tx };

  // In the hour's order (the day before, then the hour before), as the page numbers them.
  for (const postId of hour.announcementPostIds) {
    const post = found.find((p) => p.id === postId);
    if (!post || post.status === 'cancelled') continue;
    const status = post.status as PostStatus;
    const own = variants.filter((v) => v.postId === postId);
    if (!mentions(post.baseText) && !own.some((v) => v.text && mentions(v.text))) continue;
    if (status !== 'draft' || own.some((v) => v.publishedAt)) {
      result.notRewritten.push({ postId, status, reason: 'status' });
      continue;
    }
    // Editing someone else's draft needs post.editAny, as always.
    if (postRefusal(scope, { status, authorId: post.authorId, scheduledAt: post.scheduledAt }, 'edit')) {
      result.notRewritten.push({ postId, status, reason: 'forbidden' });
      continue;
    }
    const next = {
      baseText: swap(post.baseText),
      variants: own.map((v) => ({ id: v.id, channelId: v.channelId, text: v.text === null ? null : swap(v.text) })),
      mediaIds: media.filter((m) => m.postId === postId).map((m) => m.mediaId),
    };
    // The same check as an edit: a longer name may pass a channel's limit.
    try {
      await checkPostContent(inTx, next);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      result.notRewritten.push({ postId, status, reason: 'content' });
      continue;
    }
    await tx
      .update(posts)
      .set({ baseText: next.baseText, version: sql`${posts.version} + 1`, updatedAt: new Date() })
      .where(and(eq(posts.id, postId), eq(posts.orgId, scope.orgId), eq(posts.status, 'draft')));
    const changedVariants = next.variants.filter((v, i) => v.text !== own[i]!.text);
    for (const v of changedVariants) await tx.update(postVariants).set({ text: v.text }).where(eq(postVariants.id, v.id));
    await recordPostEvent(tx, scope, { postId, action: 'edit', from: status, to: status, reason: 'system:qa_host_changed' });
    await recordAudit(tx, {
      orgId: scope.orgId,
      actorId: scope.userId,
      action: 'post.edited',
      detail: {
        postId,
        fields: [...(next.baseText !== post.baseText ? ['baseText'] : []), ...(changedVariants.length ? ['variants'] : [])],
        from: status,
        to: status,
        qaHourId: hour.id,
      },
    });
    result.rewritten.push({ postId });
  }
  return result;
}
