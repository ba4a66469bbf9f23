// Reads the organisation's audit trail, newest first, one page at a time (the cursor is the
// sequence number to continue below), narrowed by person, post, kind of act and period.
import { and, desc, eq, lt } from 'drizzle-orm';
import type { AuditListQueryInput, AuditPage } from '../../contracts/audit';
import { auditEvents, users } from '../../db/schema';
import type { Authorized } from '../org-scope';
import { auditConditions, auditInstant } from './audit-filters';

export async function listAudit(scope: Authorized<'audit.read'>, query: AuditListQueryInput): Promise<AuditPage> {
  const filters = auditConditions(scope.orgId, { ...query, from: auditInstant(query.from), to: auditInstant(query.to) });
  if (query.cursor !== undefined) filters.push(lt(auditEvents.seq, query.cursor));
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
