// The report a board member reads, as a PDF made on the server with pdfmake: no browser needed
// (Chromium's print-to-PDF would give tagged PDF, but a server often has no Chromium; see
// docs/operations.md). Cover with the organisation's logo (when it has one) and name, a summary in words, the chart drawn
// by ECharts on the server (renderToSVGString, ssr) and embedded as SVG, the period comparison,
// the top posts with their text, and the definitions. Written in Roboto (the TTF files that ship
// with pdfmake, embedded as a subset), so Polish, Turkish, €, curly quotes and … print as typed;
// characters Roboto has no glyph for (emoji) are written as "?" rather than as an empty box.
import { eq } from 'drizzle-orm';
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { FigureTotals, MetricsOverview, MetricsQuery } from '../../contracts/metrics';
import { organisations } from '../../db/schema';
import { pdfmake } from '../audit/audit-pdf';
import type { Authorized } from '../org-scope';
import { findLogo } from '../organisation/organisation-logo';
import { loadOverview } from './load-overview';

echarts.use([LineChart, GridComponent, LegendComponent, SVGRenderer]);

const PALETTE = ['#0072B2', '#D55E00'];

const TEXTS = {
  nl: {
    title: 'Rapport sociale media',
    period: (a: string, b: string) => `Periode ${a} t/m ${b}`,
    compared: (a: string, b: string) => `vergeleken met ${a} t/m ${b}`,
    made: 'Gemaakt op',
    noLogo: '',
    summary: 'Samenvatting',
    summaryText: (org: string, o: MetricsOverview, f: Fmt) =>
      `${org} plaatste in deze periode ${f.n(o.totals.posts)} gemeten berichten, die samen ${f.n(o.totals.engagements)} interacties kregen ` +
      `(${change(o.totals.engagements, o.previousTotals.engagements, f, 'nl')}). ` +
      (o.totals.rateFollowers !== null ? `De interactiegraad ten opzichte van de volgers was ${f.p(o.totals.rateFollowers)}. ` : '') +
      (o.channels[0] ? `De meeste interacties kwamen via ${o.channels[0].name}. ` : '') +
      (o.bestTimes.advice[0]
        ? `Het beste moment om te plaatsen was tot nu toe ${weekdayName(o.bestTimes.advice[0].weekday, 'nl')} rond ${o.bestTimes.advice[0].hour}:00 uur.`
        : 'Voor advies over het beste moment zijn nog te weinig berichten gemeten.'),
    chart: 'Interacties per publicatiedag',
    thisPeriod: 'Deze periode',
    previous: 'Vergeleken periode',
    comparison: 'Vergelijking van de perioden',
    figure: 'Cijfer',
    rows: {
      posts: 'Berichten',
      engagements: 'Interacties',
      rateFollowers: 'Interactiegraad (volgers)',
      rateImpressions: 'Interactiegraad (weergaven)',
      impressions: 'Weergaven',
    },
    top: 'Best ontvangen berichten',
    engagementsOf: (n: string, ch: string) => `${n} interacties · ${ch}`,
    definitions: 'Zo rekenen we',
    defs: [
      ['Interacties', 'Likes + reposts + reacties + citaten, voor zover het netwerk ze geeft.'],
      ['Interactiegraad (volgers)', 'Interacties gedeeld door het aantal volgers van het kanaal op het moment van meten.'],
      ['Interactiegraad (weergaven)', 'Interacties gedeeld door weergaven, alleen waar het netwerk weergaven geeft.'],
      ['Doorlooptijd', 'De tijd van het eerste concept tot publicatie (verstreken tijd, geen werktijd).'],
    ],
    unknown: 'niet bekend',
  },
  en: {
    title: 'Social media report',
    period: (a: string, b: string) => `Period ${a} to ${b}`,
    compared: (a: string, b: string) => `compared with ${a} to ${b}`,
    made: 'Made on',
    noLogo: '',
    summary: 'Summary',
    summaryText: (org: string, o: MetricsOverview, f: Fmt) =>
      `In this period ${org} published ${f.n(o.totals.posts)} measured posts, which received ${f.n(o.totals.engagements)} engagements ` +
      `(${change(o.totals.engagements, o.previousTotals.engagements, f, 'en')}). ` +
      (o.totals.rateFollowers !== null ? `The engagement rate against followers was ${f.p(o.totals.rateFollowers)}. ` : '') +
      (o.channels[0] ? `Most engagements came through ${o.channels[0].name}. ` : '') +
      (o.bestTimes.advice[0]
        ? `The best time to post so far was ${weekdayName(o.bestTimes.advice[0].weekday, 'en')} around ${o.bestTimes.advice[0].hour}:00.`
        : 'Too few posts were measured yet to advise a best time.'),
    chart: 'Engagements per day of publication',
    thisPeriod: 'This period',
    previous: 'Compared period',
    comparison: 'Period comparison',
    figure: 'Figure',
    rows: {
      posts: 'Posts',
      engagements: 'Engagements',
      rateFollowers: 'Engagement rate (followers)',
      rateImpressions: 'Engagement rate (impressions)',
      impressions: 'Impressions',
    },
    top: 'Best received posts',
    engagementsOf: (n: string, ch: string) => `${n} engagements · ${ch}`,
    definitions: 'How we count',
    defs: [
      ['Engagements', 'Likes + reposts + replies + quotes, as far as the network gives them.'],
      ['Engagement rate (followers)', "Engagements divided by the channel's followers at the time of measuring."],
      ['Engagement rate (impressions)', 'Engagements divided by impressions, only where the network gives impressions.'],
      ['Lead time', 'The time from the first draft to publication (elapsed time, not working time).'],
    ],
    unknown: 'not known',
  },
} as const;

interface Fmt {
  n(v: number): string;
  p(v: number): string;
}

function change(now: number, before: number, f: Fmt, lang: 'nl' | 'en'): string {
  if (before === 0) return lang === 'nl' ? 'de vergeleken periode had er geen' : 'the compared period had none';
  const pct = (now - before) / before;
  return lang === 'nl'
    ? `${pct >= 0 ? '+' : ''}${f.p(pct)} ten opzichte van de vergeleken periode`
    : `${pct >= 0 ? '+' : ''}${f.p(pct)} against the compared period`;
}

function weekdayName(n: number, lang: 'nl' | 'en'): string {
  const date = new Date(Date.UTC(2024, 0, n)); // 1 January 2024 was a Monday
  return date.toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB', { weekday: 'long', timeZone: 'UTC' });
}

/** Characters Roboto cannot draw (emoji, pictographs, other scripts) become "?". */
export const printable = (s: string) =>
  s.replace(/[^\t\n\r\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Common}\p{M}]|(?![©®™])\p{Extended_Pictographic}/gu, (c) =>
    /[\u200d\ufe0f]/.test(c) ? '' : '?',
  );

/** The chart as SVG, drawn by ECharts without a browser. */
export function reportChartSvg(o: MetricsOverview, labels: { now: string; before: string }): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 500, height: 220 });
  chart.setOption({
    animation: false,
    color: PALETTE,
    legend: { top: 0 },
    grid: { left: 40, right: 10, top: 30, bottom: 24 },
    xAxis: { type: 'category', data: o.days.map((d) => d.date.slice(5)) },
    yAxis: { type: 'value' },
    series: [
      { type: 'line', name: labels.now, data: o.days.map((d) => d.engagements), symbol: 'circle', lineStyle: { type: 'solid' } },
      {
        type: 'line',
        name: labels.before,
        data: o.days.map((_, i) => o.previousDays[i]?.engagements ?? null),
        symbol: 'triangle',
        lineStyle: { type: 'dashed' },
      },
    ],
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

export async function reportPdf(scope: Authorized<'metrics.read'>, q: MetricsQuery, lang: 'nl' | 'en'): Promise<Buffer> {
  const t = TEXTS[lang];
  const [org] = await scope.db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, scope.orgId));
  const logo = await findLogo(scope);
  const o = await loadOverview(scope, q);
  const locale = lang === 'nl' ? 'nl-NL' : 'en-GB';
  const f: Fmt = {
    n: (v) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(v),
    p: (v) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(v),
  };
  const cell = (key: keyof typeof t.rows, totals: FigureTotals) => {
    const v = totals[key];
    return v === null ? t.unknown : key.startsWith('rate') ? f.p(v) : f.n(v);
  };
  const name = org?.name ?? '';
  const doc = {
    info: { title: `${t.title} — ${name}`, subject: t.period(o.period.from, o.period.to) },
    compress: true,
    defaultStyle: { font: 'Roboto', fontSize: 10 },
    content: [
      // The logo above the name (issue 14), fitted in a box so any shape stays on the cover.
      ...(logo ? [{ image: `data:${logo.mimeType};base64,${logo.bytes.toString('base64')}`, fit: [200, 100], margin: [0, 100, 0, 0] }] : []),
      { text: printable(name), fontSize: 26, bold: true, margin: [0, logo ? 20 : 180, 0, 12] },
      { text: t.title, fontSize: 18, margin: [0, 0, 0, 8] },
      { text: t.period(o.period.from, o.period.to) },
      { text: t.compared(o.previous.from, o.previous.to) },
      { text: `${t.made} ${new Date().toISOString().slice(0, 10)}`, margin: [0, 8, 0, 0], pageBreak: 'after' },
      { text: t.summary, fontSize: 14, bold: true, margin: [0, 0, 0, 6] },
      { text: printable(t.summaryText(name, o, f)), margin: [0, 0, 0, 12] },
      { text: t.chart, fontSize: 14, bold: true, margin: [0, 0, 0, 6] },
      { svg: reportChartSvg(o, { now: t.thisPeriod, before: t.previous }), width: 500, margin: [0, 0, 0, 12] },
      { text: t.comparison, fontSize: 14, bold: true, margin: [0, 0, 0, 6] },
      {
        table: {
          headerRows: 1,
          widths: ['*', 120, 120],
          body: [
            [t.figure, t.thisPeriod, t.previous].map((text) => ({ text, bold: true })),
            ...(Object.keys(t.rows) as (keyof typeof t.rows)[]).map((k) => [t.rows[k], cell(k, o.totals), cell(k, o.previousTotals)]),
          ],
        },
        layout: 'lightHorizontalLines',
        margin: [0, 0, 0, 12],
      },
      { text: t.top, fontSize: 14, bold: true, margin: [0, 0, 0, 6] },
      ...o.top.map((p, i) => ({
        stack: [
          { text: printable(`${i + 1}. ${p.text}`) },
          { text: printable(t.engagementsOf(f.n(p.engagements), p.channels.join(', '))), color: '#555555', fontSize: 9 },
        ],
        margin: [0, 0, 0, 6],
      })),
      { text: t.definitions, fontSize: 14, bold: true, margin: [0, 12, 0, 6] },
      ...t.defs.map(([term, text]) => ({ text: [{ text: `${term}: `, bold: true }, text], margin: [0, 0, 0, 4] })),
    ],
  };
  return pdfmake().createPdf(doc).getBuffer();
}
