// Crisis mode: one switch pauses everything the organisation has scheduled. Workers claim no
// post of a paused organisation, and a post already claimed is stopped at its start mark
// (src/features/publishing/engine-steps.ts), so nothing not yet handed to a network leaves.
// Resuming holds back what fell due meanwhile, for an editor to send, reschedule or cancel.
import { and, eq, isNull, lte, sql } from 'drizzle-orm';
import { organisations, posts, users } from '../../db/schema';
import type { PostSummary } from '../../contracts/post';
import { AppError } from '../errors';
import type { Authorized } from '../org-scope';
import { recordAudit } from '../audit/record-audit';
import { notify } from '../notifications/notify';
import { listAllPosts } from '../posts/post-view';
import { signalSchedule } from '../publishing/claim-due-posts';

export interface CrisisState {
  active: boolean;
  since: string | null;
  by: string | null;
  held: PostSummary[];
}

export async function crisisState(scope: Authorized<'post.read'>): Promise<CrisisState> {
  const [row] = await scope.db
    .select({ pausedAt: organisations.pausedAt, by: users.name })
    .from(organisations)
    .leftJoin(users, eq(users.id, organisations.pausedBy))
    .where(eq(organisations.id, scope.orgId));
  return {
    active: !!row?.pausedAt,
    since: row?.pausedAt?.toISOString() ?? null,
    by: row?.by ?? null,
    held: await listAllPosts(scope, { held: true }),
  };
}

export async function pauseOrganisation(scope: Authorized<'crisis.switch'>, reason: string | undefined): Promise<void> {
  await scope.db.transaction(async (tx) => {
    const changed = await tx
      .update(organisations)
      .set({ pausedAt: new Date(), pausedBy: scope.userId })
      .where(and(eq(organisations.id, scope.orgId), isNull(organisations.pausedAt)))
      .returning({ id: organisations.id });
    if (!changed.length) throw new AppError(409, 'crisis_already_active');
    await recordAudit(tx, { orgId: scope.orgId, actorId: scope.userId, action: 'crisis.pause', detail: { reason: reason ?? null } });
    await notify(tx, { orgId: scope.orgId, kind: 'crisis_switched', params: { state: 'paused' }, permission: 'post.read', actorId: scope.userId });
  });
}

export async function resumeOrganisation(scope: Authorized<'crisis.switch'>): Promise<void> {
  await scope.db.transaction(async (tx) => {
    const [org] = await tx.select().from(organisations).where(eq(organisations.id, scope.orgId)).for('update');
    if (!org?.pausedAt) throw new AppError(409, 'crisis_not_active');
    // What fell due during the pause is held back for review instead of leaving all at once.
    const held = await tx
      .update(posts)
      .set({ heldAt: new Date(), updatedAt: new Date() })
      .where(
        and(
          eq(posts.orgId, scope.orgId),
          eq(posts.status, 'scheduled'),
          isNull(posts.heldAt),
          lte(sql`coalesce(${posts.nextAttemptAt}, ${posts.scheduledAt})`, sql`now()`),
        ),
      )
      .returning({ id: posts.id });
    await tx.update(organisations).set({ pausedAt: null, pausedBy: null }).where(eq(organisations.id, scope.orgId));
    await recordAudit(tx, {
      orgId: scope.orgId,
      actorId: scope.userId,
      action: 'crisis.resume',
      detail: { pausedAt: org.pausedAt.toISOString(), heldBack: held.length },
    });
    await notify(tx, { orgId: scope.orgId, kind: 'crisis_switched', params: { state: 'resumed' }, permission: 'post.read', actorId: scope.userId });
    await signalSchedule(tx);
  });
}
