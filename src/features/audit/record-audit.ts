// Appends to the organisation's audit trail with a hash chain. Appends of one organisation are
// serialised by a lock; the unique (org, seq) index is the backstop that makes a chain never fork.
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';

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

// One append at a time per organisation: a transaction-scoped advisory lock (released at commit)
// queues concurrent appends instead of letting them collide and retry. Appending is the last step
// of every transaction that records, so the lock is held only until that commit.
const AUDIT_LOCK = 0x5a50;

async function append(tx: Db, e: AuditInput, detail: Record<string, unknown>): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${AUDIT_LOCK}::int, hashtext(${e.orgId}))`);
  // One statement reads the last entry and appends the next, so the lock is held as briefly as
  // possible. The hash is the one `auditHash` computes: sha256 of the canonical JSON array
  // [prevHash, seq, actorId, action, detail, at], of which only prevHash and seq come from the table.
  const at = new Date().toISOString();
  const rest = `,${canonicalJson(e.actorId)},${canonicalJson(e.action)},${canonicalJson(detail)},${canonicalJson(at)}]`;
  await tx.execute(sql`
    INSERT INTO audit_events (org_id, seq, actor_id, action, detail, at, prev_hash, hash)
    SELECT ${e.orgId}::uuid, last.seq + 1, ${e.actorId}::uuid, ${e.action}, ${JSON.stringify(detail)}::jsonb, ${at}::timestamptz, last.hash,
      encode(sha256(convert_to('["' || last.hash || '",' || (last.seq + 1)::text || ${rest}, 'UTF8')), 'hex')
    FROM (
      SELECT seq, hash FROM audit_events WHERE org_id = ${e.orgId}::uuid
      UNION ALL SELECT 0, ${GENESIS}
      ORDER BY seq DESC LIMIT 1
    ) last`);
}

interface AuditInput {
  orgId: string;
  actorId: string | null;
  action: string;
  detail?: Record<string, unknown>;
}

/** Appends within the caller's transaction (pass the transaction), or in one of its own. */
export async function recordAudit(db: Db, e: AuditInput): Promise<void> {
  const detail = e.detail ?? {};
  if ((db as unknown) instanceof PgTransaction) return append(db, e, detail);
  await db.transaction((tx) => append(tx, e, detail));
}

/**
 * Appends several entries in the caller's transaction with one lock and one read per organisation
 * and one insert for all (the publishing engine finishes posts in batches). The hashes are the
 * ones `append` computes, so the chain reads the same whichever way an entry was written.
 */
export async function recordAuditMany(tx: Db, entries: readonly AuditInput[]): Promise<void> {
  const byOrg = new Map<string, AuditInput[]>();
  for (const e of entries) byOrg.set(e.orgId, [...(byOrg.get(e.orgId) ?? []), e]);
  // Always in the same order, so two batch writers cannot wait on each other's locks.
  for (const orgId of [...byOrg.keys()].sort()) {
    const list = byOrg.get(orgId)!;
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${AUDIT_LOCK}::int, hashtext(${orgId}))`);
    const last = (await tx.execute(sql`
      SELECT seq, hash FROM audit_events WHERE org_id = ${orgId}::uuid
      UNION ALL SELECT 0, ${GENESIS}
      ORDER BY seq DESC LIMIT 1`)) as unknown as { rows: { seq: number | string; hash: string }[] };
    let seq = Number(last.rows[0]!.seq);
    let prev = last.rows[0]!.hash;
    const at = new Date().toISOString();
    const rows = list.map((e) => {
      seq += 1;
      const detail = e.detail ?? {};
      const hash = auditHash(prev, { seq, actorId: e.actorId, action: e.action, detail, at });
      const row = sql`(${orgId}::uuid, ${seq}, ${e.actorId}::uuid, ${e.action}, ${JSON.stringify(detail)}::jsonb, ${at}::timestamptz, ${prev}, ${hash})`;
      prev = hash;
      return row;
    });
    await tx.execute(sql`INSERT INTO audit_events (org_id, seq, actor_id, action, detail, at, prev_hash, hash) VALUES ${sql.join(rows, sql`, `)}`);
  }
}
