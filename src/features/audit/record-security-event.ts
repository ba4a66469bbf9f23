// Security events about a person (login failures, lock-outs, password changes) go into the audit
// trail of every organisation the person belongs to: each organisation's admins see what touched
// their people. An appended event that collides with a concurrent append is retried; a trail that
// cannot be written never turns a login answer into a 500 (it is logged instead).
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { memberships } from '../../db/schema';
import { recordAudit } from './record-audit';
import { log } from '../../log/logger';

export async function orgsOfUser(db: Db, userId: string): Promise<string[]> {
  const rows = await db.select({ orgId: memberships.orgId }).from(memberships).where(eq(memberships.userId, userId));
  return rows.map((r) => r.orgId);
}

export async function recordAuditWithRetry(
  db: Db,
  e: { orgId: string; actorId: string | null; action: string; detail?: Record<string, unknown> },
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await recordAudit(db, e);
      return;
    } catch (error) {
      if (attempt >= 5) {
        log.error({ action: e.action, orgId: e.orgId, cause: (error as Error).message.split('\n')[0] }, 'could not record an audit event');
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * attempt));
    }
  }
}

export async function recordUserEvent(db: Db, userId: string, e: { actorId: string | null; action: string; detail?: Record<string, unknown> }): Promise<void> {
  for (const orgId of await orgsOfUser(db, userId)) await recordAuditWithRetry(db, { orgId, ...e });
}
