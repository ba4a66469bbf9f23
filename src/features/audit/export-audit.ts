// The audit trail of a period, oldest first, in batches: as JSON Lines (`zorgpost audit export`,
// with the hashes, so an auditor can check the chain) or as CSV for a spreadsheet (audit screen).
import { and, asc, eq, gt } from 'drizzle-orm';
import { auditEvents, users } from '../../db/schema';
import type { OrgScope } from '../org-scope';
import { auditConditions, type AuditConditions } from './audit-filters';

const BATCH = 1000;

export interface ExportedEvent {
  seq: number;
  at: string;
  action: string;
  actorId: string | null;
  actorName: string | null;
  detail: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

export async function* auditEventsBetween(scope: OrgScope, period: AuditConditions): AsyncGenerator<ExportedEvent> {
  let after = 0;
  for (;;) {
    const filters = [...auditConditions(scope.orgId, period), gt(auditEvents.seq, after)];
    const rows = await scope.db
      .select({ e: auditEvents, actorName: users.name })
      .from(auditEvents)
      .leftJoin(users, eq(users.id, auditEvents.actorId))
      .where(and(...filters))
      .orderBy(asc(auditEvents.seq))
      .limit(BATCH);
    for (const { e, actorName } of rows) {
      yield { seq: e.seq, at: e.at.toISOString(), action: e.action, actorId: e.actorId, actorName, detail: e.detail, prevHash: e.prevHash, hash: e.hash };
    }
    if (rows.length < BATCH) return;
    after = rows.at(-1)!.e.seq;
  }
}

export function jsonLine(e: ExportedEvent): string {
  return `${JSON.stringify(e)}\n`;
}

const CSV_COLUMNS = ['seq', 'at', 'action', 'actorName', 'actorId', 'detail', 'hash'] as const;

/** One CSV field: quoted when needed, and a leading =, +, - or @ defused so a spreadsheet never runs it as a formula. */
function csvField(value: unknown): string {
  let text = value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const CSV_HEADER = `${CSV_COLUMNS.join(',')}\r\n`;

export function csvLine(e: ExportedEvent): string {
  return `${CSV_COLUMNS.map((c) => csvField(e[c])).join(',')}\r\n`;
}
