// What a query found, newest first and paged by keyset (never cut off: a next cursor whenever more
// follow), its hourly or daily figures for the charts, and the organisation's alerts.
import { and, desc, eq, gte, inArray, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import {
  decodeListeningCursor,
  encodeListeningCursor,
  type ListeningAlertList,
  type ListeningChart,
  type ListeningPageInput,
  type ListeningResult,
  type ListeningResultList,
} from '../../contracts/listening';
import { listeningAlerts, listeningMatches, listeningQueries, listeningResults } from '../../db/schema';
import type { Authorized } from '../org-scope';
import { loadQuery } from './queries';

const sentimentOf = (s: string): ListeningResult['sentiment'] => (s === 'positive' || s === 'negative' ? s : 'neutral');

function toResult(r: typeof listeningResults.$inferSelect, terms: string[]): ListeningResult {
  return {
    id: r.id,
    source: r.source,
    author: { handle: r.authorHandle, name: r.authorName },
    title: r.title,
    text: r.text,
    lang: r.lang,
    url: r.url,
    writtenAt: r.writtenAt.toISOString(),
    foundAt: r.foundAt.toISOString(),
    sentiment: sentimentOf(r.sentiment),
    sentimentScore: r.sentimentScore,
    terms,
  };
}

export async function listResults(scope: Authorized<'inbox.read'>, queryId: string, page: ListeningPageInput): Promise<ListeningResultList> {
  await loadQuery(scope, queryId);
  const where = [eq(listeningMatches.queryId, queryId), eq(listeningMatches.orgId, scope.orgId)];
  const cursor = page.cursor ? decodeListeningCursor(page.cursor) : null;
  if (cursor) where.push(sql`(${listeningMatches.writtenAt}, ${listeningMatches.resultId}) < (${cursor.at}::timestamptz, ${cursor.id}::uuid)`);
  const rows = await scope.db
    .select({ result: listeningResults, terms: listeningMatches.terms, at: listeningMatches.writtenAt })
    .from(listeningMatches)
    .innerJoin(listeningResults, eq(listeningResults.id, listeningMatches.resultId))
    .where(and(...where))
    .orderBy(desc(listeningMatches.writtenAt), desc(listeningMatches.resultId))
    .limit(page.limit + 1);
  const items = rows.slice(0, page.limit);
  const last = items.at(-1);
  return {
    items: items.map((r) => toResult(r.result, r.terms)),
    nextCursor: rows.length > page.limit && last ? encodeListeningCursor({ at: last.at.toISOString(), id: last.result.id }) : null,
  };
}

/** Counts per hour (UTC) or per day (the organisation's days), oldest first, empty buckets as zeros. */
export async function queryChart(
  scope: Authorized<'inbox.read'>,
  queryId: string,
  opts: { bucket: 'hour' | 'day'; span: number },
  now = new Date(),
): Promise<ListeningChart> {
  await loadQuery(scope, queryId);
  const span = opts.bucket === 'hour' ? Math.min(opts.span, 48) : opts.span;
  const zone = scope.timeZone;
  const bucketSql =
    opts.bucket === 'hour'
      ? sql`date_trunc('hour', ${listeningMatches.writtenAt})`
      : sql`(date_trunc('day', ${listeningMatches.writtenAt} AT TIME ZONE ${zone}) AT TIME ZONE ${zone})`;
  const unit = opts.bucket === 'hour' ? 3_600_000 : 86_400_000;
  const since = new Date(now.getTime() - span * unit);
  const rows = await scope.db
    .select({
      at: sql<string>`to_char(${bucketSql} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`,
      total: sql<number>`count(*)::int`,
      positive: sql<number>`(count(*) FILTER (WHERE ${listeningResults.sentiment} = 'positive'))::int`,
      negative: sql<number>`(count(*) FILTER (WHERE ${listeningResults.sentiment} = 'negative'))::int`,
    })
    .from(listeningMatches)
    .innerJoin(listeningResults, eq(listeningResults.id, listeningMatches.resultId))
    .where(and(eq(listeningMatches.queryId, queryId), eq(listeningMatches.orgId, scope.orgId), gte(listeningMatches.writtenAt, since)))
    .groupBy(sql`1`)
    .orderBy(sql`1`);
  const byAt = new Map(rows.map((r) => [r.at, r]));
  // Every bucket in the span, so a quiet hour shows as zero rather than as a gap.
  const points: ListeningChart['points'] = [];
  const keys = opts.bucket === 'hour' ? hourKeys(since, now) : [...new Set([...dayKeys(since, now, zone), ...byAt.keys()])].sort();
  for (const at of keys) {
    const r = byAt.get(at);
    points.push({ at, total: r?.total ?? 0, positive: r?.positive ?? 0, negative: r?.negative ?? 0, neutral: r ? r.total - r.positive - r.negative : 0 });
  }
  return { bucket: opts.bucket, points };
}

const isoSec = (t: number) => `${new Date(t).toISOString().slice(0, 19)}Z`;
function hourKeys(since: Date, now: Date): string[] {
  const out: string[] = [];
  for (let t = Math.ceil(since.getTime() / 3_600_000) * 3_600_000; t <= now.getTime(); t += 3_600_000) out.push(isoSec(t));
  return out;
}
function dayKeys(since: Date, now: Date, zone: string): string[] {
  const out = new Set<string>();
  for (let d = DateTime.fromJSDate(since, { zone }).startOf('day').plus({ days: 1 }); d.toMillis() <= now.getTime(); d = d.plus({ days: 1 }))
    out.add(isoSec(d.toMillis()));
  return [...out];
}

export async function listAlerts(scope: Authorized<'inbox.read'>, page: ListeningPageInput): Promise<ListeningAlertList> {
  const where = [eq(listeningAlerts.orgId, scope.orgId)];
  const cursor = page.cursor ? decodeListeningCursor(page.cursor) : null;
  if (cursor) where.push(sql`(${listeningAlerts.hour}, ${listeningAlerts.id}) < (${cursor.at}::timestamptz, ${cursor.id}::uuid)`);
  const rows = await scope.db
    .select({ alert: listeningAlerts, name: listeningQueries.name })
    .from(listeningAlerts)
    .innerJoin(listeningQueries, eq(listeningQueries.id, listeningAlerts.queryId))
    .where(and(...where))
    .orderBy(desc(listeningAlerts.hour), desc(listeningAlerts.id))
    .limit(page.limit + 1);
  const alerts = rows.slice(0, page.limit);
  const ids = alerts.flatMap((a) => a.alert.resultIds);
  const results = ids.length
    ? await scope.db
        .select()
        .from(listeningResults)
        .where(and(eq(listeningResults.orgId, scope.orgId), inArray(listeningResults.id, ids)))
    : [];
  const byId = new Map(results.map((r) => [r.id, r]));
  const last = alerts.at(-1);
  return {
    items: alerts.map(({ alert: a, name }) => ({
      id: a.id,
      query: { id: a.queryId, name },
      hour: a.hour.toISOString(),
      reasons: a.reasons.filter((r): r is 'volume' | 'negative-share' => r === 'volume' || r === 'negative-share'),
      total: a.total,
      negative: a.negative,
      baselineMedian: a.baselineMedian,
      baselineNegativeShare: a.baselineNegativeShare,
      aboutOrganisation: a.aboutOrganisation,
      suggestCrisisMode: a.suggestCrisisMode,
      items: a.resultIds.flatMap((id) => {
        const r = byId.get(id);
        return r ? [toResult(r, [])] : [];
      }),
      createdAt: a.createdAt.toISOString(),
    })),
    nextCursor: rows.length > page.limit && last ? encodeListeningCursor({ at: last.alert.hour.toISOString(), id: last.alert.id }) : null,
  };
}
