// Response-time targets per category (issue 12: e.g. crisis 15 minutes, a question 4 working
// hours), the organisation's own where set, and when an item is due and when to warn.
import { eq, type SQL, sql } from 'drizzle-orm';
import { inboxSettingsOf, type InboxOrgSettings } from '../../contracts/inbox-settings';
import type { Db } from '../../db/client';
import { inboxItems, inboxTargets, organisations } from '../../db/schema';
import { addWorkingMinutes } from '../../domain/working-time';
import { TRIAGE_CATEGORIES, type TriageCategory } from '../../triage/triage';

export interface Target {
  minutes: number;
  workingHours: boolean;
}

export const DEFAULT_TARGETS: Record<TriageCategory, Target | null> = {
  crisis: { minutes: 15, workingHours: false },
  medical: { minutes: 120, workingHours: true },
  complaint: { minutes: 240, workingHours: true },
  question: { minutes: 240, workingHours: true },
  compliment: { minutes: 1440, workingHours: true },
  other: { minutes: 1440, workingHours: true },
  spam: null,
};

/** The warning comes when this share of the target has passed. */
export const WARN_AT_SHARE = 0.75;

export interface OrgTargets {
  timeZone: string;
  settings: ReturnType<typeof inboxSettingsOf>;
  targets: Record<TriageCategory, Target | null>;
}

export async function loadOrgTargets(db: Db, orgId: string): Promise<OrgTargets> {
  const [[org], rows] = await Promise.all([
    db.select({ timeZone: organisations.timeZone, settings: organisations.inboxSettings }).from(organisations).where(eq(organisations.id, orgId)),
    db.select().from(inboxTargets).where(eq(inboxTargets.orgId, orgId)),
  ]);
  const targets = { ...DEFAULT_TARGETS };
  for (const r of rows) {
    if ((TRIAGE_CATEGORIES as readonly string[]).includes(r.category)) {
      targets[r.category as TriageCategory] = r.minutes > 0 ? { minutes: r.minutes, workingHours: r.workingHours } : null;
    }
  }
  return { timeZone: org?.timeZone ?? 'Europe/Amsterdam', settings: inboxSettingsOf(org?.settings as InboxOrgSettings), targets };
}

/** When an item that arrived at `from` is due, and when to warn; null without a target. */
export function dueTimes(category: TriageCategory, from: Date, org: OrgTargets): { dueAt: Date; warnAt: Date } | null {
  const target = org.targets[category];
  if (!target) return null;
  const at = (minutes: number) =>
    target.workingHours ? addWorkingMinutes(from, minutes, org.settings.workingHours, org.timeZone) : new Date(from.getTime() + minutes * 60_000);
  return { dueAt: at(target.minutes), warnAt: at(Math.floor(target.minutes * WARN_AT_SHARE)) };
}

/**
 * The columns an item takes when its category changes after it arrived (a person's correction, an edit
 * triaged again), where `when` holds — decided in the statement, against the row as it is then. A warning
 * already given counts only for a warning time that has passed: a later one warns again when it comes
 * (warn-due.ts picks warned_at IS NULL).
 */
export function retargeted(due: ReturnType<typeof dueTimes>, when: SQL) {
  const dueAt = due?.dueAt.toISOString() ?? null;
  const warnAt = due?.warnAt.toISOString() ?? null;
  return {
    dueAt: sql`CASE WHEN ${when} THEN ${dueAt}::timestamptz ELSE ${inboxItems.dueAt} END`,
    warnAt: sql`CASE WHEN ${when} THEN ${warnAt}::timestamptz ELSE ${inboxItems.warnAt} END`,
    warnedAt: sql`CASE WHEN ${when} AND ${warnAt}::timestamptz > now() THEN NULL ELSE ${inboxItems.warnedAt} END`,
  };
}
