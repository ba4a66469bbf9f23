// Reads the organisation's audit trail, newest first, one page at a time (the cursor is the
// sequence number to continue below), optionally only the actions starting with a prefix.
import { and, desc, eq, lt, sql, type SQL } from 'drizzle-orm';
import type { AuditListQueryInput, AuditPage } from '../../contracts/audit';
import { auditEvents, users } from '../../db/schema';
import type { Authorized } from '../org-scope';

export async function listAudit(scope: Authorized<'audit.read'>, query: AuditListQueryInput): Promise<AuditPage> {
  const filters: SQL[] = [eq(auditEvents.orgId, scope.orgId)];
  if (query.cursor !== undefined) filters.push(lt(auditEvents.seq, query.cursor));
  if (query.action) filters.push(sql`left(${auditEvents.action}, ${query.action.length}) = ${query.action}`);
  const rows = await scope.db
    .select({ e: auditEvents, actorName: users.name })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(and(...filters))
    .orderBy(desc(auditEvents.seq))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  return {
    items: page.map(({ e, actorName }) => ({
      seq: e.seq,
      action: e.action,
      actor: e.actorId ? { id: e.actorId, name: actorName ?? '' } : null,
      detail: e.detail,
      at: e.at.toISOString(),
    })),
    nextCursor: rows.length > query.limit ? (page.at(-1)?.e.seq ?? null) : null,
  };
}
