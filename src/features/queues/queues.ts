// Evergreen queues: approved posts that come back in the organisation's weekly time slots.
import { and, asc, eq, gte } from 'drizzle-orm';
import type { Queue } from '../../contracts/queue';
import { posts, queueItems, queues } from '../../db/schema';
import { toLocal } from '../../domain/local-time';
import { AppError, notFound } from '../errors';
import type { Authorized } from '../org-scope';
import { findPost } from '../posts/find-post';
import { signalSchedule } from '../publishing/claim-due-posts';

type QueueInput = { name: string; slots: { weekday: number; time: string }[]; active: boolean };

async function findQueue(scope: Authorized<'post.read'> | Authorized<'post.schedule'>, queueId: string) {
  const [row] = await scope.db
    .select()
    .from(queues)
    .where(and(eq(queues.id, queueId), eq(queues.orgId, scope.orgId)));
  if (!row) throw notFound('queue');
  return row;
}

async function queueView(scope: Authorized<'post.read'>, row: typeof queues.$inferSelect): Promise<Queue> {
  const [items, upcoming] = await Promise.all([
    scope.db
      .select({ postId: queueItems.postId, baseText: posts.baseText, lastUsedAt: queueItems.lastUsedAt })
      .from(queueItems)
      .innerJoin(posts, eq(posts.id, queueItems.postId))
      .where(and(eq(queueItems.queueId, row.id), eq(queueItems.orgId, scope.orgId)))
      .orderBy(asc(queueItems.addedAt)),
    scope.db
      .select({ postId: posts.id, at: posts.scheduledAt })
      .from(posts)
      .where(and(eq(posts.queueId, row.id), eq(posts.orgId, scope.orgId), eq(posts.status, 'scheduled'), gte(posts.scheduledAt, new Date())))
      .orderBy(asc(posts.scheduledAt)),
  ]);
  return {
    id: row.id,
    name: row.name,
    slots: row.slots,
    active: row.active,
    items: items.map((i) => ({ ...i, lastUsedAt: i.lastUsedAt?.toISOString() ?? null })),
    upcoming: upcoming.map((u) => ({ postId: u.postId, scheduledLocal: toLocal(u.at!, scope.timeZone) })),
  };
}

export async function listQueues(scope: Authorized<'post.read'>): Promise<Queue[]> {
  const rows = await scope.db.select().from(queues).where(eq(queues.orgId, scope.orgId)).orderBy(asc(queues.name));
  return Promise.all(rows.map((r) => queueView(scope, r)));
}

export async function getQueue(scope: Authorized<'post.read'>, queueId: string) {
  return queueView(scope, await findQueue(scope, queueId));
}

export async function createQueue(scope: Authorized<'post.schedule'>, input: QueueInput): Promise<string> {
  const [row] = await scope.db
    .insert(queues)
    .values({ orgId: scope.orgId, ...input })
    .returning({ id: queues.id });
  return row!.id;
}

export async function updateQueue(scope: Authorized<'post.schedule'>, queueId: string, input: QueueInput): Promise<void> {
  await findQueue(scope, queueId);
  await scope.db.transaction(async (tx) => {
    await tx
      .update(queues)
      .set(input)
      .where(and(eq(queues.id, queueId), eq(queues.orgId, scope.orgId)));
    await signalSchedule(tx);
  });
}

export async function addQueueItem(scope: Authorized<'post.schedule'>, queueId: string, postId: string): Promise<void> {
  await findQueue(scope, queueId);
  const post = await findPost(scope, postId);
  if (!['approved', 'scheduled', 'published'].includes(post.status)) throw new AppError(409, 'queue_post_needs_approval');
  await scope.db.insert(queueItems).values({ queueId, postId, orgId: scope.orgId }).onConflictDoNothing();
}

export async function removeQueueItem(scope: Authorized<'post.schedule'>, queueId: string, postId: string): Promise<void> {
  await findQueue(scope, queueId);
  await scope.db.delete(queueItems).where(and(eq(queueItems.queueId, queueId), eq(queueItems.postId, postId), eq(queueItems.orgId, scope.orgId)));
}
