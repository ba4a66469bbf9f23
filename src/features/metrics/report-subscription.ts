// Who gets the monthly report by e-mail: people opt in themselves (src/features/metrics/monthly-report.ts sends it).
import { and, eq } from 'drizzle-orm';
import { metricReportSubscriptions } from '../../db/schema';
import { recordAudit } from '../audit/record-audit';
import type { Authorized } from '../org-scope';

export async function reportSubscription(scope: Authorized<'metrics.read'>) {
  const [row] = await scope.db
    .select({ userId: metricReportSubscriptions.userId })
    .from(metricReportSubscriptions)
    .where(and(eq(metricReportSubscriptions.orgId, scope.orgId), eq(metricReportSubscriptions.userId, scope.userId)));
  return { subscribed: !!row };
}

export async function setReportSubscription(scope: Authorized<'metrics.read'>, subscribed: boolean) {
  const mine = and(eq(metricReportSubscriptions.orgId, scope.orgId), eq(metricReportSubscriptions.userId, scope.userId));
  const { subscribed: before } = await reportSubscription(scope);
  if (subscribed === before) return { subscribed };
  if (subscribed) await scope.db.insert(metricReportSubscriptions).values({ orgId: scope.orgId, userId: scope.userId }).onConflictDoNothing();
  else await scope.db.delete(metricReportSubscriptions).where(mine);
  await recordAudit(scope.db, {
    orgId: scope.orgId,
    actorId: scope.userId,
    action: subscribed ? 'metrics.report_subscribed' : 'metrics.report_unsubscribed',
    detail: {},
  });
  return { subscribed };
}
