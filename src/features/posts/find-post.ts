import { and, eq } from 'drizzle-orm';
import { posts } from '../../db/schema';
import type { PostStatus } from '../../domain/post-lifecycle';
import { notFound } from '../errors';
import type { OrgScope } from '../org-scope';

export type PostRow = typeof posts.$inferSelect & { status: PostStatus };

/** A post of the scope's organisation, or 404: posts of other organisations do not exist here. */
export async function findPost(scope: OrgScope, postId: string): Promise<PostRow> {
  const [row] = await scope.db
    .select()
    .from(posts)
    .where(and(eq(posts.id, postId), eq(posts.orgId, scope.orgId)));
  if (!row) throw notFound('post');
  return row as PostRow;
}
