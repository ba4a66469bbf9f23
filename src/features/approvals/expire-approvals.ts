// Approvals expire when the planned time passes while the post still waits for them: the post
// stays unscheduled (approval is refused from then on, src/domain/post-policy.ts) and its author
// and the approvers of the step it waits on are told, once per submission.
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { postEvents, posts } from '../../db/schema';
import { postContentHash } from '../../domain/content-hash';
import { loadPostsWithParts } from '../posts/load-post-parts';
import { notify } from '../notifications/notify';
import { loadApproval } from './load-approval';

/** Marks and announces every post whose approval expired; returns how many. */
export async function expireApprovals(db: Db, now = new Date()): Promise<number> {
  const due = await db
    .select({ id: posts.id })
    .from(posts)
    .where(
      and(
        eq(posts.status, 'in_review'),
        sql`${posts.scheduledAt} <= ${now.toISOString()}::timestamptz`,
        sql`not exists (select 1 from ${postEvents} e where e.post_id = ${posts.id} and e.action = 'approval_expired'
          and e.at >= coalesce((select max(s.at) from ${postEvents} s where s.post_id = ${posts.id} and s.action = 'submit'), '-infinity'))`,
      ),
    )
    .limit(500);
  if (!due.length) return 0;
  const loaded = await loadPostsWithParts(
    db,
    due.map((d) => d.id),
  );
  for (const { post, variants, media } of loaded) {
    const history = await db
      .select({ action: postEvents.action, actorId: postEvents.actorId })
      .from(postEvents)
      .where(and(eq(postEvents.postId, post.id), eq(postEvents.orgId, post.orgId)))
      .orderBy(postEvents.at);
    const contentHash = postContentHash({
      baseText: post.baseText,
      variants: variants.map((v) => ({ channelId: v.channel.id, text: v.variant.text })),
      media: media.map((m) => ({ id: m.id, altText: m.altText })),
    });
    const approval = await loadApproval(db, post.orgId, post, history, contentHash);
    const waiting = approval.progress.current === null ? [] : approval.progress.steps[approval.progress.current]!.waitingFor;
    await db.transaction(async (tx) => {
      await tx.insert(postEvents).values({
        orgId: post.orgId,
        postId: post.id,
        actorId: null,
        action: 'approval_expired',
        fromStatus: 'in_review',
        toStatus: 'in_review',
        at: sql`clock_timestamp()`,
      });
      await notify(tx, { orgId: post.orgId, kind: 'approval_expired', postId: post.id, author: true, userIds: waiting });
    });
  }
  return loaded.length;
}
