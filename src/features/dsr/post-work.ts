// What staff accounts did to posts in one organisation: posts they wrote (posts.author_id), approval steps
// they gave (post_approvals) and the comments they left when returning a post (post_comments). Part of a
// data-protection request's answer for members and former members alike; the erasure keeps it as a work
// record (who wrote and who approved what was published is what the organisation must account for).
// Deleting the account leaves the posts and comments without a name and takes its approvals away (CASCADE).
import { and, count, eq, inArray } from 'drizzle-orm';
import type { DsrResult } from '../../contracts/dsr';
import type { Db } from '../../db/client';
import { postApprovals, postComments, posts } from '../../db/schema';

export async function postWork(db: Db, orgId: string, accountIds: string[]): Promise<DsrResult['postWork']> {
  if (!accountIds.length) return { written: 0, approved: 0, comments: 0 };
  const [[written], [approved], [comments]] = await Promise.all([
    db
      .select({ n: count() })
      .from(posts)
      .where(and(eq(posts.orgId, orgId), inArray(posts.authorId, accountIds))),
    db
      .select({ n: count() })
      .from(postApprovals)
      .where(and(eq(postApprovals.orgId, orgId), inArray(postApprovals.userId, accountIds))),
    db
      .select({ n: count() })
      .from(postComments)
      .where(and(eq(postComments.orgId, orgId), inArray(postComments.authorId, accountIds))),
  ]);
  return { written: written?.n ?? 0, approved: approved?.n ?? 0, comments: comments?.n ?? 0 };
}
