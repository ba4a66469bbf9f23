// Changing an image's alt text changes every post it is attached to: the alt text is published
// with the post (feeds, Bluesky, webhooks). So it is an edit of those posts, with the same rule as
// a text edit (src/features/posts/update-post.ts): a post under review, approved, scheduled or
// failed goes back to draft and needs approval again. A post that is being published or has been
// published (on any channel) never changes silently: the change is refused.
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import type { Media } from '../../contracts/media';
import { media, postMedia, posts, postVariants } from '../../db/schema';
import { isEditable, transition, type PostStatus } from '../../domain/post-lifecycle';
import { postRefusal } from '../../domain/post-policy';
import { AppError, notFound } from '../errors';
import type { Authorized } from '../org-scope';
import { recordPostEvent } from '../posts/record-event';
import { mediaView } from './store-media';

export async function updateAltText(scope: Authorized<'media.write'>, mediaId: string, altText: string): Promise<Media> {
  return scope.db.transaction(async (tx) => {
    // The image and the posts it is in are locked, so no post moves on between the check and the change.
    const [current] = await tx
      .select()
      .from(media)
      .where(and(eq(media.id, mediaId), eq(media.orgId, scope.orgId)))
      .for('update');
    if (!current) throw notFound('media');
    if (current.altText === altText) return mediaView(scope, current);

    const uses = await tx
      .select({
        id: posts.id,
        status: posts.status,
        authorId: posts.authorId,
        published: sql<boolean>`exists (select 1 from ${postVariants} where ${postVariants.postId} = ${posts.id} and ${isNotNull(postVariants.publishedAt)})`,
      })
      .from(postMedia)
      .innerJoin(posts, eq(posts.id, postMedia.postId))
      .where(and(eq(postMedia.mediaId, mediaId), eq(postMedia.orgId, scope.orgId)))
      .for('update', { of: posts });

    const sentBack: { id: string; status: PostStatus }[] = [];
    for (const use of uses) {
      const status = use.status as PostStatus;
      if (use.published || status === 'published' || status === 'publishing' || status === 'unconfirmed') {
        throw new AppError(409, 'media_published');
      }
      if (status === 'draft' || !isEditable(status)) continue; // a draft simply has the new text; a cancelled post never leaves
      if (postRefusal(scope, { status, authorId: use.authorId, scheduledAt: null }, 'edit')) {
        throw new AppError(403, 'media_in_others_post');
      }
      sentBack.push({ id: use.id, status });
    }

    for (const post of sentBack) {
      const to = transition(post.status, 'edit');
      await tx
        .update(posts)
        .set({ status: to, version: sql`${posts.version} + 1`, updatedAt: new Date() })
        .where(and(eq(posts.id, post.id), eq(posts.orgId, scope.orgId)));
      await recordPostEvent(tx, scope, { postId: post.id, action: 'edit', from: post.status, to, reason: 'system:alt_text_changed' });
    }
    const [row] = await tx
      .update(media)
      .set({ altText })
      .where(and(eq(media.id, mediaId), eq(media.orgId, scope.orgId)))
      .returning();
    return mediaView(scope, row!);
  });
}
