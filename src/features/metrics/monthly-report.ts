// The monthly report by e-mail to the people who opted in (metric_report_subscriptions): from the
// first of a month, one mail about the month before, through the notifications mail outbox
// (SMTP, sent with leases by the mail worker). The subscription row is locked while the mail is
// made, and records the month, so two workers never send it twice. The mail carries the summary
// in words and links to the figures page, where the PDF and the exports are.
import { and, eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Db } from '../../db/client';
import { mailOutbox, memberships, metricReportSubscriptions, organisations, users } from '../../db/schema';
import { appUrl, mailConfig } from '../notifications/mail-config';
import { authorize, systemScope } from '../org-scope';
import { loadOverview } from './load-overview';

function mailText(lang: 'nl' | 'en', org: string, month: string, o: Awaited<ReturnType<typeof loadOverview>>, link: string) {
  const locale = lang === 'nl' ? 'nl-NL' : 'en-GB';
  const n = (v: number) => new Intl.NumberFormat(locale).format(v);
  const p = (v: number | null) =>
    v === null ? (lang === 'nl' ? 'niet bekend' : 'not known') : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(v);
  const top = o.top[0] ? o.top[0].text.split('\n')[0]!.slice(0, 120) : null;
  if (lang === 'nl')
    return {
      subject: `Cijfers ${org}, ${month}`,
      body: [
        `In ${month} plaatste ${org} ${n(o.totals.posts)} gemeten berichten met samen ${n(o.totals.engagements)} interacties (de maand ervoor: ${n(o.previousTotals.engagements)}).`,
        `Interactiegraad ten opzichte van de volgers: ${p(o.totals.rateFollowers)}.`,
        top ? `Best ontvangen bericht: "${top}" (${n(o.top[0]!.engagements)} interacties).` : '',
        '',
        `Alle cijfers, het rapport als PDF en de exports: ${link}`,
        '',
        'Je krijgt deze mail omdat je je op de cijferpagina voor het maandrapport hebt aangemeld; daar meld je je ook weer af.',
      ].join('\n'),
    };
  return {
    subject: `Figures ${org}, ${month}`,
    body: [
      `In ${month} ${org} published ${n(o.totals.posts)} measured posts with ${n(o.totals.engagements)} engagements in all (the month before: ${n(o.previousTotals.engagements)}).`,
      `Engagement rate against followers: ${p(o.totals.rateFollowers)}.`,
      top ? `Best received post: "${top}" (${n(o.top[0]!.engagements)} engagements).` : '',
      '',
      `All figures, the PDF report and the exports: ${link}`,
      '',
      'You get this mail because you signed up for the monthly report on the figures page; you can sign off there too.',
    ].join('\n'),
  };
}

/** Puts the due monthly reports in the outbox; answers how many. */
export async function enqueueMonthlyReports(db: Db, now = new Date()): Promise<number> {
  if (!mailConfig()) return 0;
  const subs = await db
    .select({
      orgId: metricReportSubscriptions.orgId,
      userId: metricReportSubscriptions.userId,
      lastMonth: metricReportSubscriptions.lastMonth,
      zone: organisations.timeZone,
    })
    .from(metricReportSubscriptions)
    .innerJoin(organisations, eq(organisations.id, metricReportSubscriptions.orgId));
  let queued = 0;
  for (const s of subs) {
    const month = DateTime.fromJSDate(now, { zone: s.zone }).minus({ months: 1 }).startOf('month');
    const key = month.toFormat('yyyy-MM');
    if (s.lastMonth === key) continue;
    const done = await db.transaction(async (tx) => {
      const mine = and(eq(metricReportSubscriptions.orgId, s.orgId), eq(metricReportSubscriptions.userId, s.userId));
      const [row] = await tx.select().from(metricReportSubscriptions).where(mine).for('update');
      if (!row || row.lastMonth === key) return false;
      const [who] = await tx
        .select({ email: users.email, locale: users.locale, org: organisations.name, slug: organisations.slug })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .innerJoin(organisations, eq(organisations.id, memberships.orgId))
        .where(and(eq(memberships.orgId, s.orgId), eq(memberships.userId, s.userId)));
      await tx.update(metricReportSubscriptions).set({ lastMonth: key }).where(mine);
      // Someone who left the organisation gets nothing (removeMember also deletes the row; this guards the race).
      if (!who) return false;
      const lang = who.locale === 'en' ? 'en' : 'nl';
      const from = month.toISODate()!;
      const to = month.endOf('month').toISODate()!;
      const scope = authorize({ ...systemScope(tx, { id: s.orgId, slug: who.slug, timeZone: s.zone }), userId: s.userId }, 'metrics.read');
      const overview = await loadOverview(scope, { from, to });
      const text = mailText(lang, who.org, month.setLocale(lang).toFormat('LLLL yyyy'), overview, appUrl(`/metrics?from=${from}&to=${to}`));
      await tx.insert(mailOutbox).values({ userId: s.userId, orgId: s.orgId, toAddress: who.email, lang, ...text });
      return true;
    });
    if (done) queued++;
  }
  return queued;
}
