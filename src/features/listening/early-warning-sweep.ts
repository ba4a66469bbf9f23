// The live early-warning sweep: for every active query, each completed hour not judged yet is held
// against the query's own baseline (src/listening/early-warning.ts: the same hour on the same kind
// of day over the last weeks, median and MAD, a minimum count). An alert is stored once per query
// and hour (a unique index: two workers sweeping at once raise one alert), and in the same
// transaction the organisation's comms people (who may switch crisis mode) are told in the app and
// by mail, with the messages of that hour; a spike about the organisation itself suggests crisis mode.
import { and, desc, eq, gte, lt, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Db } from '../../db/client';
import { listeningAlerts, listeningMatches, listeningQueries, listeningResults, organisations } from '../../db/schema';
import { EARLY_WARNING_DEFAULTS, type EarlyWarningAlert, evaluateHour, type HourCount, indexHistory } from '../../listening/early-warning';
import { type Lang, translate } from '../../i18n/messages';
import { appUrl } from '../notifications/mail-config';
import { notify } from '../notifications/notify';
import { isAboutOrganisation, type QueryRow } from './queries';

const HOUR = 3_600_000;
/** A sweep that was away catches up at most this many hours (older hours are not alerted late). */
const MAX_CATCH_UP_HOURS = 48;
/** Messages an alert keeps and mails. */
const ALERT_ITEMS = 20;
const MAIL_ITEMS = 10;

const floorHour = (d: Date) => new Date(Math.floor(d.getTime() / HOUR) * HOUR);
const iso = (d: Date) => DateTime.fromJSDate(d, { zone: 'utc' }).toISO({ suppressMilliseconds: true })!;

/** Judges every completed hour not judged yet, for every active query. Returns the alerts raised. */
export async function sweepEarlyWarnings(db: Db, now = new Date()): Promise<EarlyWarningAlert[]> {
  const lastComplete = new Date(floorHour(now).getTime() - HOUR);
  const due = await db
    .select({ query: listeningQueries, timeZone: organisations.timeZone })
    .from(listeningQueries)
    .innerJoin(organisations, eq(organisations.id, listeningQueries.orgId))
    .where(
      and(
        eq(listeningQueries.active, true),
        sql`(${listeningQueries.evaluatedUntil} IS NULL OR ${listeningQueries.evaluatedUntil} < ${lastComplete.toISOString()}::timestamptz)`,
      ),
    );
  const raised: EarlyWarningAlert[] = [];
  for (const { query, timeZone } of due) raised.push(...(await sweepQuery(db, query, timeZone, lastComplete)));
  return raised;
}

async function sweepQuery(db: Db, query: QueryRow, timeZone: string, lastComplete: Date): Promise<EarlyWarningAlert[]> {
  const opts = { ...EARLY_WARNING_DEFAULTS, timeZone };
  const listeningSince = floorHour(query.createdAt);
  const firstToJudge = new Date(
    Math.max(
      query.evaluatedUntil ? query.evaluatedUntil.getTime() + HOUR : 0,
      lastComplete.getTime() - (MAX_CATCH_UP_HOURS - 1) * HOUR,
      listeningSince.getTime(),
    ),
  );
  if (firstToJudge > lastComplete) return [];
  // The baseline looks back baselineWeeks weeks (and a day, for the zone's offset).
  const from = new Date(Math.max(listeningSince.getTime(), firstToJudge.getTime() - (opts.baselineWeeks * 7 + 1) * 24 * HOUR));
  const until = new Date(lastComplete.getTime() + HOUR);
  const rows = await db
    .select({
      hour: sql<string>`date_trunc('hour', ${listeningMatches.writtenAt} AT TIME ZONE 'UTC')::text`,
      total: sql<number>`count(*)::int`,
      negative: sql<number>`(count(*) FILTER (WHERE ${listeningResults.sentiment} = 'negative'))::int`,
    })
    .from(listeningMatches)
    .innerJoin(listeningResults, eq(listeningResults.id, listeningMatches.resultId))
    .where(and(eq(listeningMatches.queryId, query.id), gte(listeningMatches.writtenAt, from), lt(listeningMatches.writtenAt, until)))
    .groupBy(sql`1`);
  const counts = new Map(rows.map((r) => [new Date(`${r.hour.replace(' ', 'T')}Z`).getTime(), r]));
  // Every hour the query was listening counts, quiet hours as zero.
  const series: HourCount[] = [];
  for (let t = from.getTime(); t < until.getTime(); t += HOUR) {
    const c = counts.get(t);
    series.push({ hour: iso(new Date(t)), total: c?.total ?? 0, negative: c?.negative ?? 0 });
  }
  const history = indexHistory(series, timeZone);
  const ref = { id: query.id, aboutOrganisation: isAboutOrganisation(query) };
  let lastSpike = query.lastSpikeHour ? iso(query.lastSpikeHour) : undefined;
  const raised: EarlyWarningAlert[] = [];
  for (const current of series) {
    const at = Date.parse(current.hour);
    if (at < firstToJudge.getTime()) continue;
    const result = evaluateHour(ref, current, history, lastSpike, opts);
    if (result.spike) lastSpike = current.hour;
    if (result.alert && (await storeAlert(db, query, result.alert))) raised.push(result.alert);
  }
  await db
    .update(listeningQueries)
    .set({ evaluatedUntil: lastComplete, lastSpikeHour: lastSpike ? new Date(lastSpike) : null })
    .where(eq(listeningQueries.id, query.id));
  return raised;
}

/** Stores the alert unless this query already has one for this hour; tells the comms people. */
async function storeAlert(db: Db, query: QueryRow, alert: EarlyWarningAlert): Promise<boolean> {
  const start = new Date(alert.hour);
  return db.transaction(async (tx) => {
    const items = await tx
      .select({
        id: listeningResults.id,
        text: listeningResults.text,
        title: listeningResults.title,
        url: listeningResults.url,
        handle: listeningResults.authorHandle,
        sentiment: listeningResults.sentiment,
      })
      .from(listeningMatches)
      .innerJoin(listeningResults, eq(listeningResults.id, listeningMatches.resultId))
      .where(
        and(eq(listeningMatches.queryId, query.id), gte(listeningMatches.writtenAt, start), lt(listeningMatches.writtenAt, new Date(start.getTime() + HOUR))),
      )
      // The negative ones first: they are what the alert is about.
      .orderBy(sql`(${listeningResults.sentiment} = 'negative') DESC`, desc(listeningMatches.writtenAt))
      .limit(ALERT_ITEMS);
    const [row] = await tx
      .insert(listeningAlerts)
      .values({
        orgId: query.orgId,
        queryId: query.id,
        hour: start,
        reasons: alert.reasons,
        total: alert.figures.total,
        negative: alert.figures.negative,
        baselineMedian: alert.baseline.median,
        baselineNegativeShare: alert.baseline.negativeShare,
        aboutOrganisation: alert.aboutOrganisation,
        suggestCrisisMode: alert.suggestCrisisMode,
        resultIds: items.map((i) => i.id),
      })
      .onConflictDoNothing()
      .returning({ id: listeningAlerts.id });
    if (!row) return false;
    const mood = (lang: Lang, s: string) =>
      translate(lang, s === 'negative' ? 'listening_sentiment_negative' : s === 'positive' ? 'listening_sentiment_positive' : 'listening_sentiment_neutral');
    await notify(tx, {
      orgId: query.orgId,
      kind: 'listening_alert',
      permission: 'crisis.switch',
      params: {
        alertId: row.id,
        query: query.name,
        total: String(alert.figures.total),
        negative: String(alert.figures.negative),
        crisis: alert.suggestCrisisMode ? 'yes' : 'no',
      },
      mailDetails: (lang) => [
        translate(lang, 'listening_mail_items'),
        ...items.slice(0, MAIL_ITEMS).map((i) => {
          const text = (i.title ?? i.text).replace(/\s+/g, ' ').slice(0, 160);
          return `- [${mood(lang, i.sentiment)}] ${i.handle ? `${i.handle}: ` : ''}${text}${i.url ? ` (${i.url})` : ''}`;
        }),
        ...(alert.suggestCrisisMode ? ['', translate(lang, 'listening_mail_crisis', { url: appUrl('/crisis') })] : []),
      ],
    });
    return true;
  });
}
