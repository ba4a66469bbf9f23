// Appends to the organisation's audit trail with a hash chain. The unique (org, seq) index makes
// two concurrent appends collide instead of forking the chain; the loser retries in a savepoint
// (its own transaction when called outside one), reading the winner's row as its predecessor.
import { createHash } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { auditEvents } from '../../db/schema';

export const GENESIS = '0'.repeat(64);

/** JSON with object keys sorted, so a detail read back from jsonb (which reorders keys) hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export interface AuditHashInput {
  seq: number;
  actorId: string | null;
  action: string;
  detail: unknown;
  at: string;
}

export function auditHash(prevHash: string, e: AuditHashInput): string {
  return createHash('sha256')
    .update(canonicalJson([prevHash, e.seq, e.actorId, e.action, e.detail, e.at]))
    .digest('hex');
}

const isUniqueViolation = (error: unknown): boolean => {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
};

const MAX_TRIES = 20;

export async function recordAudit(db: Db, e: { orgId: string; actorId: string | null; action: string; detail?: Record<string, unknown> }): Promise<void> {
  const detail = e.detail ?? {};
  for (let attempt = 1; ; attempt++) {
    try {
      await db.transaction(async (tx) => {
        const [last] = await tx
          .select({ seq: auditEvents.seq, hash: auditEvents.hash })
          .from(auditEvents)
          .where(eq(auditEvents.orgId, e.orgId))
          .orderBy(desc(auditEvents.seq))
          .limit(1);
        const seq = (last?.seq ?? 0) + 1;
        const prevHash = last?.hash ?? GENESIS;
        const at = new Date();
        const hash = auditHash(prevHash, { seq, actorId: e.actorId, action: e.action, detail, at: at.toISOString() });
        await tx.insert(auditEvents).values({ orgId: e.orgId, seq, actorId: e.actorId, action: e.action, detail, at, prevHash, hash });
      });
      return;
    } catch (error) {
      if (attempt >= MAX_TRIES || !isUniqueViolation(error)) throw error;
    }
  }
}
