// Walks the organisation's whole audit trail in order and recomputes every link of the hash
// chain: an entry changed, removed or inserted afterwards shows as the first sequence number
// where the chain no longer holds.
import { and, asc, eq, gt } from 'drizzle-orm';
import type { AuditChain } from '../../contracts/audit';
import { auditEvents } from '../../db/schema';
import type { Authorized } from '../org-scope';
import { auditHash, GENESIS, type AuditHashInput } from './record-audit';
import { createHash } from 'node:crypto';

const BATCH = 1000;

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

/**
 * Entries written before hashing used canonical JSON were hashed with the detail's keys in the
 * order they were written, which jsonb does not keep: accept any order of its top-level keys.
 */
function matchesLegacy(prevHash: string, e: AuditHashInput, hash: string): boolean {
  const detail = e.detail as Record<string, unknown>;
  const keys = Object.keys(detail);
  if (keys.length < 2 || keys.length > 5) return false;
  return permutations(keys).some((order) => {
    const ordered = Object.fromEntries(order.map((k) => [k, detail[k]]));
    const legacy = createHash('sha256')
      .update(JSON.stringify([prevHash, e.seq, e.actorId, e.action, ordered, e.at]))
      .digest('hex');
    return legacy === hash;
  });
}

export async function verifyAuditChain(scope: Authorized<'audit.read'>): Promise<AuditChain> {
  let prevHash = GENESIS;
  let prevSeq = 0;
  let checked = 0;
  for (;;) {
    const rows = await scope.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, scope.orgId), gt(auditEvents.seq, prevSeq)))
      .orderBy(asc(auditEvents.seq))
      .limit(BATCH);
    for (const row of rows) {
      const broken = (problem: AuditChain['problem']): AuditChain => ({ intact: false, checked, brokenAtSeq: row.seq, problem });
      if (row.seq !== prevSeq + 1) return broken('seq_gap');
      if (row.prevHash !== prevHash) return broken('link_mismatch');
      const input = { seq: row.seq, actorId: row.actorId, action: row.action, detail: row.detail, at: row.at.toISOString() };
      if (auditHash(prevHash, input) !== row.hash && !matchesLegacy(prevHash, input, row.hash)) return broken('hash_mismatch');
      prevHash = row.hash;
      prevSeq = row.seq;
      checked++;
    }
    if (rows.length < BATCH) return { intact: true, checked, brokenAtSeq: null, problem: null };
  }
}
