// A campaign on one page, as PDF (the measuring report's machinery: pdfmake, a chart drawn by
// ECharts on the server as SVG): its name and period, the goal against the result in a sentence,
// the totals, its posts with their figures, the count of reactions and the look back. One page by
// design: the post list is cut at POSTS_SHOWN (saying how many more there are) and long texts are
// shortened, so a board member gets the one sheet they asked for.
import { BarChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { sql } from 'drizzle-orm';
import type { GOAL_METRICS } from '../../contracts/campaign';
import { pdfmake } from '../audit/audit-pdf';
import { printable } from '../metrics/report-pdf';
import type { Authorized } from '../org-scope';
import { type CampaignResults, campaignResults } from './campaign-results';
import { CampaignAftercare } from '../../contracts/campaign';
import { findCampaign } from './campaigns';

echarts.use([BarChart, GridComponent, SVGRenderer]);

const POSTS_SHOWN = 8;
const LOOK_BACK_CHARS = 900;
const EXCERPT_CHARS = 90;

type Metric = (typeof GOAL_METRICS)[number];
type Lang = 'nl' | 'en';

const METRIC_WORDS: Record<Lang, Record<Metric, string>> = {
  nl: {
    engagements: 'interacties',
    likes: 'likes',
    reposts: 'reposts',
    replies: 'reacties',
    impressions: 'weergaven',
    reach: 'bereik',
    clicks: 'klikken',
    videoViews: 'videoweergaven',
    inboxItems: 'berichten in de inbox',
  },
  en: {
    engagements: 'engagements',
    likes: 'likes',
    reposts: 'reposts',
    replies: 'replies',
    impressions: 'impressions',
    reach: 'reach',
    clicks: 'clicks',
    videoViews: 'video views',
    inboxItems: 'inbox messages',
  },
};

const TEXTS = {
  nl: {
    title: 'Campagne-overzicht',
    period: (a: string, b: string) => `Periode ${a} t/m ${b}`,
    event: (d: string) => `Moment: ${d}`,
    noPeriod: 'Geen periode ingesteld',
    goal: 'Doel en resultaat',
    totals: 'Totalen',
    figure: 'Cijfer',
    value: 'Waarde',
    posts: 'Berichten en hun cijfers',
    noPosts: 'Er staan nog geen berichten in deze campagne.',
    more: (n: number) => `En nog ${n} ${n === 1 ? 'bericht' : 'berichten'}.`,
    notPublished: 'niet gepubliceerd',
    reactions: 'Reacties in de inbox',
    lookBack: 'Terugblik',
    noLookBack: 'Nog geen terugblik geschreven.',
    goalBar: 'Doel',
    resultBar: 'Resultaat',
    made: 'Gemaakt op',
    unknown: 'niet bekend',
    rows: {
      posts: 'Berichten',
      engagements: 'Interacties',
      likes: 'Likes',
      reposts: 'Reposts',
      replies: 'Reacties',
      impressions: 'Weergaven',
      clicks: 'Klikken',
    },
  },
  en: {
    title: 'Campaign summary',
    period: (a: string, b: string) => `Period ${a} to ${b}`,
    event: (d: string) => `Event: ${d}`,
    noPeriod: 'No period set',
    goal: 'Goal and result',
    totals: 'Totals',
    figure: 'Figure',
    value: 'Value',
    posts: 'Posts and their figures',
    noPosts: 'There are no posts in this campaign yet.',
    more: (n: number) => `And ${n} more ${n === 1 ? 'post' : 'posts'}.`,
    notPublished: 'not published',
    reactions: 'Reactions in the inbox',
    lookBack: 'Looking back',
    noLookBack: 'No look back written yet.',
    goalBar: 'Goal',
    resultBar: 'Result',
    made: 'Made on',
    unknown: 'not known',
    rows: { posts: 'Posts', engagements: 'Engagements', likes: 'Likes', reposts: 'Reposts', replies: 'Replies', impressions: 'Impressions', clicks: 'Clicks' },
  },
} as const;

/** The goal against the result in one sentence (the overview page says the same in the web app's words). */
export function goalSentence(r: Pick<CampaignResults, 'metric' | 'target' | 'actual' | 'verdict'>, lang: Lang): string {
  const n = (v: number) => new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1 }).format(v);
  const what = r.metric ? METRIC_WORDS[lang][r.metric] : '';
  const target = r.target ?? 0;
  if (r.verdict === 'no_goal') return lang === 'nl' ? 'Voor deze campagne is geen meetbaar doel gesteld.' : 'This campaign has no measurable goal.';
  if (r.verdict === 'no_figures')
    return lang === 'nl'
      ? `Het doel is ${n(target)} ${what}; er zijn nog geen cijfers gemeten.`
      : `The goal is ${n(target)} ${what}; no figures have been measured yet.`;
  const actual = r.actual ?? 0;
  if (r.verdict === 'reached')
    return lang === 'nl'
      ? `Doel gehaald: ${n(actual)} ${what}, het doel was ${n(target)}.`
      : `Goal reached: ${n(actual)} ${what} against a goal of ${n(target)}.`;
  return lang === 'nl'
    ? `Doel nog niet gehaald: ${n(actual)} van de beoogde ${n(target)} ${what}.`
    : `Goal not reached yet: ${n(actual)} of the intended ${n(target)} ${what}.`;
}

/** Two bars, goal and result, drawn by ECharts without a browser (patterned, so not by colour alone). */
function goalChartSvg(target: number, actual: number, labels: { goal: string; result: string }): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 500, height: 90 });
  chart.setOption({
    animation: false,
    grid: { left: 70, right: 30, top: 8, bottom: 20 },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: [labels.goal, labels.result] },
    series: [
      {
        type: 'bar',
        data: [
          { value: target, itemStyle: { color: '#ffffff', borderColor: '#0072B2', borderWidth: 2, borderType: 'dashed' } },
          { value: actual, itemStyle: { color: '#0072B2' } },
        ],
        label: { show: true, position: 'right' },
        barWidth: 18,
      },
    ],
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

type PostRow = {
  excerpt: string;
  published_at: string | null;
  scheduled_at: string | null;
  channels: string | null;
  engagements: number | null;
  measured: boolean;
};

async function campaignPostFigures(scope: Authorized<'metrics.read'>, campaignId: string): Promise<{ rows: PostRow[]; total: number }> {
  const result = await scope.db.execute(sql`
    SELECT left(p.base_text, ${EXCERPT_CHARS + 1}) AS excerpt, p.published_at, p.scheduled_at,
      (SELECT string_agg(c.name, ', ' ORDER BY c.name) FROM post_variants pv JOIN channels c ON c.id = pv.channel_id
        WHERE pv.post_id = p.id AND pv.org_id = ${scope.orgId}) AS channels,
      (SELECT sum(coalesce(l.likes, 0) + coalesce(l.reposts, 0) + coalesce(l.replies, 0) + coalesce(l.quotes, 0))::int
        FROM post_figures_latest l WHERE l.post_id = p.id AND l.org_id = ${scope.orgId}) AS engagements,
      EXISTS (SELECT 1 FROM post_figures_latest l WHERE l.post_id = p.id AND l.org_id = ${scope.orgId}) AS measured,
      count(*) OVER ()::int AS total
    FROM posts p
    WHERE p.org_id = ${scope.orgId} AND p.campaign_id = ${campaignId}
    ORDER BY coalesce(p.published_at, p.scheduled_at) ASC NULLS LAST, p.id
    LIMIT ${POSTS_SHOWN}`);
  const rows = (result as unknown as { rows: (PostRow & { total: number })[] }).rows;
  return { rows, total: rows[0]?.total ?? 0 };
}

const shorten = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);

export async function campaignSummaryPdf(scope: Authorized<'metrics.read'>, campaignId: string, lang: Lang): Promise<{ pdf: Buffer; name: string }> {
  const t = TEXTS[lang];
  const c = await findCampaign(scope, campaignId);
  const [results, posts] = await Promise.all([campaignResults(scope, c.id), campaignPostFigures(scope, c.id)]);
  const locale = lang === 'nl' ? 'nl-NL' : 'en-GB';
  const n = (v: number | null) => (v === null ? t.unknown : new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(v));
  const day = (d: Date) => d.toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: scope.timeZone });
  const moment = (d: Date) =>
    d.toLocaleString(locale, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: scope.timeZone });
  const dateOf = (iso: string) => day(new Date(`${iso}T12:00:00Z`));
  const period = c.startsOn || c.endsOn ? t.period(c.startsOn ? dateOf(c.startsOn) : '…', c.endsOn ? dateOf(c.endsOn) : '…') : t.noPeriod;
  const aftercare = CampaignAftercare.safeParse(c.aftercare);
  const lookBack = (aftercare.success && aftercare.data.lookBack) || '';
  const totals = results.totals;
  const rows = Object.keys(t.rows) as (keyof typeof t.rows)[];
  const chart =
    results.target !== null && results.actual !== null
      ? [{ svg: goalChartSvg(results.target, results.actual, { goal: t.goalBar, result: t.resultBar }), width: 500, margin: [0, 0, 0, 6] }]
      : [];
  const heading = (text: string) => ({ text, fontSize: 12, bold: true, margin: [0, 8, 0, 4] });
  const doc = {
    info: { title: `${t.title} — ${c.name}`, subject: period },
    compress: true,
    pageSize: 'A4',
    pageMargins: [40, 36, 40, 36],
    defaultStyle: { font: 'Roboto', fontSize: 9 },
    content: [
      { text: t.title, fontSize: 10, color: '#555555' },
      {
        columns: [
          { canvas: [{ type: 'rect', x: 0, y: 4, w: 12, h: 18, color: c.colour }], width: 18 },
          { text: printable(c.name), fontSize: 20, bold: true },
        ],
        margin: [0, 2, 0, 2],
      },
      { text: [period, c.eventAt ? ` · ${t.event(moment(c.eventAt))}` : '', c.hashtag ? ` · ${c.hashtag}` : ''].join('') },
      heading(t.goal),
      { text: printable(goalSentence(results, lang)), bold: true, margin: [0, 0, 0, 4] },
      ...chart,
      {
        columns: [
          {
            width: 200,
            stack: [
              heading(t.totals),
              {
                table: {
                  headerRows: 1,
                  widths: ['*', 60],
                  body: [[t.figure, t.value].map((text) => ({ text, bold: true })), ...rows.map((k) => [t.rows[k], n(totals[k])])],
                },
                layout: 'lightHorizontalLines',
              },
            ],
          },
          {
            width: '*',
            stack: [
              heading(t.posts),
              ...(posts.rows.length ? [] : [{ text: t.noPosts }]),
              ...posts.rows.map((p) => ({
                stack: [
                  { text: printable(shorten(p.excerpt.replace(/\s+/g, ' '), EXCERPT_CHARS)) },
                  {
                    text: printable(
                      [
                        p.published_at
                          ? moment(new Date(p.published_at))
                          : p.scheduled_at
                            ? `${moment(new Date(p.scheduled_at))} (${t.notPublished})`
                            : t.notPublished,
                        p.channels ?? '',
                        p.measured ? `${n(p.engagements ?? 0)} ${METRIC_WORDS[lang].engagements}` : '',
                      ]
                        .filter(Boolean)
                        .join(' · '),
                    ),
                    color: '#555555',
                    fontSize: 8,
                  },
                ],
                margin: [0, 0, 0, 4],
              })),
              ...(posts.total > posts.rows.length ? [{ text: t.more(posts.total - posts.rows.length), italics: true }] : []),
            ],
            margin: [12, 0, 0, 0],
          },
        ],
      },
      { text: `${t.reactions}: ${n(results.inboxItems)}`, margin: [0, 8, 0, 0] },
      heading(t.lookBack),
      { text: lookBack ? printable(shorten(lookBack, LOOK_BACK_CHARS)) : t.noLookBack },
      { text: `${t.made} ${day(new Date())}`, fontSize: 8, color: '#555555', margin: [0, 10, 0, 0] },
    ],
  };
  return { pdf: await pdfmake().createPdf(doc).getBuffer(), name: c.name };
}
