// Appends to the organisation's audit trail with a hash chain. The unique (org, seq) index makes
// two concurrent appends collide instead of forking the chain; the caller's transaction retries.
import { createHash } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { auditEvents } from '../../db/schema';

export const GENESIS = '0'.repeat(64);

export function auditHash(prevHash: string, e: { seq: number; actorId: string | null; action: string; detail: unknown; at: string }): string {
  return createHash('sha256')
    .update(JSON.stringify([prevHash, e.seq, e.actorId, e.action, e.detail, e.at]))
    .digest('hex');
}

export async function recordAudit(db: Db, e: { orgId: string; actorId: string | null; action: string; detail?: Record<string, unknown> }): Promise<void> {
  const [last] = await db
    .select({ seq: auditEvents.seq, hash: auditEvents.hash })
    .from(auditEvents)
    .where(eq(auditEvents.orgId, e.orgId))
    .orderBy(desc(auditEvents.seq))
    .limit(1);
  const seq = (last?.seq ?? 0) + 1;
  const prevHash = last?.hash ?? GENESIS;
  const at = new Date();
  const detail = e.detail ?? {};
  const hash = auditHash(prevHash, { seq, actorId: e.actorId, action: e.action, detail, at: at.toISOString() });
  await db.insert(auditEvents).values({ orgId: e.orgId, seq, actorId: e.actorId, action: e.action, detail, at, prevHash, hash });
}
