// A person's calendar-feed address: a secret token in the URL (calendar programs cannot log in),
// of which only the SHA-256 is stored. Making a new one replaces the old (which stops working);
// revoking deletes it. One address per person per organisation.
import { and, eq } from 'drizzle-orm';
import { calendarTokens } from '../../db/schema';
import { recordAudit } from '../audit/record-audit';
import { newToken } from '../auth/one-time-token';
import type { Authorized } from '../org-scope';

export const calendarUrl = (publicUrl: string, token: string) => `${publicUrl}/calendar/${token}.ics`;

export async function calendarFeedStatus(scope: Authorized<'post.read'>) {
  const [row] = await scope.db
    .select({ createdAt: calendarTokens.createdAt })
    .from(calendarTokens)
    .where(and(eq(calendarTokens.orgId, scope.orgId), eq(calendarTokens.userId, scope.userId)));
  return { active: !!row, createdAt: row?.createdAt.toISOString() ?? null };
}

/** Makes a new address (the previous one stops working); the URL is shown this once. */
export async function regenerateCalendarFeed(scope: Authorized<'post.read'>, publicUrl: string) {
  const { token, tokenHash } = newToken();
  const [row] = await scope.db
    .insert(calendarTokens)
    .values({ orgId: scope.orgId, userId: scope.userId, tokenHash })
    .onConflictDoUpdate({ target: [calendarTokens.orgId, calendarTokens.userId], set: { tokenHash, createdAt: new Date() } })
    .returning();
  await recordAudit(scope.db, { orgId: scope.orgId, actorId: scope.userId, action: 'calendar.feed_created', detail: {} });
  return { active: true, createdAt: row!.createdAt.toISOString(), url: calendarUrl(publicUrl, token) };
}

export async function revokeCalendarFeed(scope: Authorized<'post.read'>) {
  const gone = await scope.db
    .delete(calendarTokens)
    .where(and(eq(calendarTokens.orgId, scope.orgId), eq(calendarTokens.userId, scope.userId)))
    .returning();
  if (gone.length) await recordAudit(scope.db, { orgId: scope.orgId, actorId: scope.userId, action: 'calendar.feed_revoked', detail: {} });
  return { active: false, createdAt: null };
}
