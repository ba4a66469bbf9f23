// Duplicating a post: a new draft of the current person with the same texts, channels, media and
// labels, without a planned time. It starts from draft, so it goes through approval like any post.
import { and, asc, eq } from 'drizzle-orm';
import { postMedia, postVariants } from '../../db/schema';
import type { Authorized } from '../org-scope';
import { insertPost } from './create-post';
import type { ConsentPurpose } from '../../contracts/consent';
import { findPost } from './find-post';

export async function duplicatePost(scope: Authorized<'post.write'>, postId: string): Promise<string> {
  const source = await findPost(scope, postId);
  const [variants, files] = await Promise.all([
    scope.db
      .select({ channelId: postVariants.channelId, text: postVariants.text })
      .from(postVariants)
      .where(and(eq(postVariants.postId, source.id), eq(postVariants.orgId, scope.orgId))),
    scope.db
      .select({ id: postMedia.mediaId })
      .from(postMedia)
      .where(and(eq(postMedia.postId, source.id), eq(postMedia.orgId, scope.orgId)))
      .orderBy(asc(postMedia.position)),
  ]);
  const content = {
    baseText: source.baseText,
    variants,
    mediaIds: files.map((f) => f.id),
    scheduledLocal: null,
    labels: source.labels,
    purpose: source.purpose as ConsentPurpose,
  };
  return scope.db.transaction((tx) => insertPost(tx, scope, content));
}
