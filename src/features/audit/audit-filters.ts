// The conditions of an audit filter (person, post, kind of act, period), always within the organisation.
import { eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import { auditEvents } from '../../db/schema';

export interface AuditConditions {
  action?: string;
  actorId?: string;
  postId?: string;
  from?: Date;
  to?: Date;
}

/** A day (2026-11-01) is its UTC midnight; anything else an instant. */
export const auditInstant = (s: string | undefined): Date | undefined => (s ? new Date(s.length === 10 ? `${s}T00:00:00Z` : s) : undefined);

export function auditConditions(orgId: string, f: AuditConditions): SQL[] {
  const filters: SQL[] = [eq(auditEvents.orgId, orgId)];
  if (f.action) filters.push(sql`left(${auditEvents.action}, ${f.action.length}) = ${f.action}`);
  if (f.actorId) filters.push(eq(auditEvents.actorId, f.actorId));
  if (f.postId) filters.push(sql`${auditEvents.detail}->>'postId' = ${f.postId}`);
  if (f.from) filters.push(gte(auditEvents.at, f.from));
  if (f.to) filters.push(lt(auditEvents.at, f.to));
  return filters;
}
