// Editing a post. Any change after submission sends it back to draft, so it needs approval again.
import { recordAudit } from '../audit/record-audit';
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import type { UpdatePostInput } from '../../contracts/post';
import { posts, postMedia, postVariants } from '../../db/schema';
import { postRefusal } from '../../domain/post-policy';
import { transition } from '../../domain/post-lifecycle';
import { AppError } from '../errors';
import type { Authorized } from '../org-scope';
import { checkPostContent } from './check-post-content';
import { findPost } from './find-post';
import { plannedTime } from './planned-time';
import { recordPostEvent } from './record-event';
import { replaceMedia, replaceVariants } from './save-post-parts';

export async function updatePost(scope: Authorized<'post.write'>, postId: string, input: UpdatePostInput): Promise<void> {
  const post = await findPost(scope, postId);
  const refusal = postRefusal(scope, post, 'edit');
  if (refusal?.code === 'forbidden') throw new AppError(403, 'forbidden', { role: scope.role });
  if (refusal) throw new AppError(409, 'not_editable', { status: post.status });
  if (post.version !== input.version) throw new AppError(409, 'version_conflict');
  // A failed post may have gone out on some of its channels: what was published never changes.
  const [sent] = await scope.db
    .select({ id: postVariants.id })
    .from(postVariants)
    .where(and(eq(postVariants.postId, postId), eq(postVariants.orgId, scope.orgId), isNotNull(postVariants.publishedAt)))
    .limit(1);
  if (sent) throw new AppError(409, 'already_published');

  const current = {
    baseText: post.baseText,
    variants: await scope.db.select({ channelId: postVariants.channelId, text: postVariants.text }).from(postVariants).where(eq(postVariants.postId, postId)),
    mediaIds: (await scope.db.select({ id: postMedia.mediaId }).from(postMedia).where(eq(postMedia.postId, postId)).orderBy(postMedia.position)).map(
      (m) => m.id,
    ),
  };
  const next = {
    baseText: input.baseText ?? current.baseText,
    variants: input.variants ?? current.variants,
    mediaIds: input.mediaIds ?? current.mediaIds,
  };
  await checkPostContent(scope, next);
  const planned = input.scheduledLocal === undefined ? undefined : input.scheduledLocal === null ? null : plannedTime(input.scheduledLocal, scope.timeZone);
  const to = transition(post.status, 'edit');

  await scope.db.transaction(async (tx) => {
    const updated = await tx
      .update(posts)
      .set({
        baseText: next.baseText,
        status: to,
        ...(planned !== undefined && { scheduledAt: planned?.utc ?? null, scheduledNote: planned?.note ?? null }),
        ...(input.labels && { labels: [...new Set(input.labels)] }),
        ...(input.purpose && { purpose: input.purpose }),
        version: sql`${posts.version} + 1`,
        updatedAt: new Date(),
      })
      // The version and status in the WHERE make a concurrent save or a scheduler claim lose cleanly.
      .where(and(eq(posts.id, postId), eq(posts.orgId, scope.orgId), eq(posts.version, input.version), eq(posts.status, post.status)))
      .returning({ id: posts.id });
    if (!updated.length) throw new AppError(409, 'version_conflict');
    if (input.variants) await replaceVariants(tx, scope, postId, next.variants);
    if (input.mediaIds) await replaceMedia(tx, scope, postId, next.mediaIds);
    await recordPostEvent(tx, scope, { postId, action: 'edit', from: post.status, to });
    // Which fields changed, never the texts themselves (those are in the post's own history).
    await recordAudit(tx, {
      orgId: scope.orgId,
      actorId: scope.userId,
      action: 'post.edited',
      detail: {
        postId,
        fields: Object.keys(input)
          .filter((k) => k !== 'version')
          .sort(),
        from: post.status,
        to,
      },
    });
  });
}
