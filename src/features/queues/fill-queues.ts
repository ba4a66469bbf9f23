// Places queue posts in the upcoming slots (two weeks ahead), least recently used first. Runs in
// every worker; the unique (queue, slot) index makes concurrent fills place each slot once.
import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { organisations, posts, queueItems, queues } from '../../db/schema';
import { upcomingSlots } from '../../domain/weekly-slots';
import { systemScope } from '../org-scope';
import { copyPost } from '../posts/copy-post';
import type { PostRow } from '../posts/find-post';

export const QUEUE_HORIZON_DAYS = 14;

export async function fillQueues(db: Db, opts: { queueId?: string; now?: Date } = {}): Promise<number> {
  const now = opts.now ?? new Date();
  const active = await db
    .select({ queue: queues, org: organisations })
    .from(queues)
    .innerJoin(organisations, eq(organisations.id, queues.orgId))
    .where(and(eq(queues.active, true), opts.queueId ? eq(queues.id, opts.queueId) : undefined));
  let placed = 0;
  for (const { queue, org } of active) {
    const scope = systemScope(db, { id: org.id, slug: org.slug, timeZone: org.timeZone });
    const taken = new Set(
      (
        await db
          .select({ at: posts.queueSlotAt })
          .from(posts)
          .where(and(eq(posts.queueId, queue.id), isNotNull(posts.queueSlotAt)))
      ).map((r) => r.at!.getTime()),
    );
    for (const slot of upcomingSlots(queue.slots, org.timeZone, now, QUEUE_HORIZON_DAYS)) {
      if (taken.has(slot.utc.getTime())) continue;
      const [next] = await db
        .select({ item: queueItems, post: posts })
        .from(queueItems)
        .innerJoin(posts, eq(posts.id, queueItems.postId))
        .where(and(eq(queueItems.queueId, queue.id), sql`${posts.status} in ('approved', 'scheduled', 'published')`))
        .orderBy(sql`${queueItems.lastUsedAt} asc nulls first`, asc(queueItems.addedAt))
        .limit(1);
      if (!next) break;
      const id = await db.transaction(async (tx) => {
        const copied = await copyPost(
          tx,
          scope,
          next.post as PostRow,
          { scheduledAt: slot.utc, scheduledNote: slot.note, queueId: queue.id, queueSlotAt: slot.utc },
          `system:queue:${queue.name}`,
        );
        if (copied) {
          await tx
            .update(queueItems)
            .set({ lastUsedAt: slot.utc })
            .where(and(eq(queueItems.queueId, queue.id), eq(queueItems.postId, next.post.id)));
        }
        return copied;
      });
      if (id) placed++;
    }
  }
  return placed;
}
