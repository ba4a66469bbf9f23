// The inbox's organisation settings and response-time targets (managers), and the response-time
// figures per period (everyone who reads the inbox).
import { eq, sql } from 'drizzle-orm';
import { type InboxSettings, inboxSettingsOf, InboxSettingsSchema } from '../../contracts/inbox-settings';
import type { ResponseTimes } from '../../contracts/inbox';
import { inboxTargets, organisations } from '../../db/schema';
import { TRIAGE_CATEGORIES, type TriageCategory } from '../../triage/triage';
import { recordAudit } from '../audit/record-audit';
import type { Authorized } from '../org-scope';
import { loadOrgTargets } from './response-targets';

export async function getInboxSettings(scope: Authorized<'inbox.read'>): Promise<InboxSettings> {
  const [org] = await scope.db.select({ s: organisations.inboxSettings }).from(organisations).where(eq(organisations.id, scope.orgId));
  return inboxSettingsOf(org?.s);
}

export async function setInboxSettings(scope: Authorized<'inbox.manage'>, patch: Partial<InboxSettings>): Promise<InboxSettings> {
  return scope.db.transaction(async (tx) => {
    const [org] = await tx.select({ s: organisations.inboxSettings }).from(organisations).where(eq(organisations.id, scope.orgId)).for('update');
    const next = InboxSettingsSchema.parse({ ...inboxSettingsOf(org?.s), ...patch });
    await tx.update(organisations).set({ inboxSettings: next }).where(eq(organisations.id, scope.orgId));
    await recordAudit(tx, { orgId: scope.orgId, actorId: scope.userId, action: 'inbox.settings', detail: { changed: Object.keys(patch).sort() } });
    return next;
  });
}

type TargetRow = { category: TriageCategory; minutes: number; workingHours: boolean };

export async function getTargets(scope: Authorized<'inbox.read'> | Authorized<'inbox.manage'>): Promise<{ targets: TargetRow[] }> {
  const { targets } = await loadOrgTargets(scope.db, scope.orgId);
  return {
    targets: TRIAGE_CATEGORIES.map((category) => ({
      category,
      minutes: targets[category]?.minutes ?? 0,
      workingHours: targets[category]?.workingHours ?? false,
    })),
  };
}

/** Sets the given categories' targets (0 minutes: none); new items get them, items already in keep theirs. */
export async function setTargets(scope: Authorized<'inbox.manage'>, rows: TargetRow[]): Promise<{ targets: TargetRow[] }> {
  await scope.db.transaction(async (tx) => {
    for (const r of rows) {
      await tx
        .insert(inboxTargets)
        .values({ orgId: scope.orgId, ...r })
        .onConflictDoUpdate({ target: [inboxTargets.orgId, inboxTargets.category], set: { minutes: r.minutes, workingHours: r.workingHours } });
    }
    await recordAudit(tx, { orgId: scope.orgId, actorId: scope.userId, action: 'inbox.targets', detail: { categories: rows.map((r) => r.category) } });
  });
  return getTargets(scope);
}

export async function responseTimes(scope: Authorized<'inbox.read'>, period: 'week' | 'month', periods: number): Promise<ResponseTimes> {
  const unit = sql.raw(period === 'week' ? `interval '1 week'` : `interval '1 month'`);
  const trunc = sql.raw(period === 'week' ? `'week'` : `'month'`);
  const tz = scope.timeZone;
  const result = await scope.db.execute(sql`
    SELECT to_char(date_trunc(${trunc}, i.received_at AT TIME ZONE ${tz}), 'YYYY-MM-DD') AS start,
      count(*)::int AS received,
      count(i.first_response_at)::int AS answered,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM i.first_response_at - i.received_at) / 60)
        FILTER (WHERE i.first_response_at IS NOT NULL) AS median,
      avg(CASE WHEN i.first_response_at <= i.due_at THEN 1.0 ELSE 0.0 END)
        FILTER (WHERE i.first_response_at IS NOT NULL AND i.due_at IS NOT NULL) AS within
    FROM inbox_items i
    WHERE i.org_id = ${scope.orgId}
      AND i.received_at AT TIME ZONE ${tz} >= date_trunc(${trunc}, now() AT TIME ZONE ${tz}) - ${periods - 1}::int * ${unit}
    GROUP BY 1 ORDER BY 1 DESC`);
  const rows = (result as unknown as { rows: { start: string; received: number; answered: number; median: unknown; within: unknown }[] }).rows;
  const num = (v: unknown) => (v === null || v === undefined ? null : Math.round(Number(v) * 100) / 100);
  return {
    period,
    rows: rows.map((r) => ({
      start: r.start,
      received: Number(r.received),
      answered: Number(r.answered),
      medianMinutes: num(r.median),
      withinTarget: num(r.within),
    })),
  };
}
