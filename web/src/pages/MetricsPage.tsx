import { DateTime } from 'luxon';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import type { FigureTotals, MetricsOverview, PostRank } from '../../../src/contracts/metrics';
import { api, orgPath } from '../api';
import { ErrorMessage } from '../components/ErrorMessage';
import { LineChartWithTable } from '../components/LineChartWithTable';
import { Loading } from '../components/Loading';
import { useApiData } from '../hooks/useApiData';
import { useLanguage } from '../hooks/useLanguage';
import { useOrg } from '../hooks/useSession';
import { numberFormat, percentFormat } from '../lib/charts';
import { TableScroll } from '../components/TableScroll';
import type { Channel } from '../types';

const FIGURES = ['posts', 'engagements', 'rateFollowers', 'rateImpressions', 'impressions'] as const;

/** Figures of a period beside the compared period: totals, a chart per day, channels, labels, top posts, best times. */
export function MetricsPage() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { org } = useOrg();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const today = DateTime.now().setZone(org.timeZone).toISODate()!;
  const from = params.get('from') ?? DateTime.fromISO(today).minus({ days: 29 }).toISODate()!;
  const to = params.get('to') ?? today;
  const query = new URLSearchParams({ from, to });
  for (const key of ['compareFrom', 'compareTo', 'channelId', 'label']) {
    const v = params.get(key);
    if (v) query.set(key, v);
  }
  const overview = useApiData<MetricsOverview>(orgPath(org.id, `/metrics/overview?${query}`));
  const channels = useApiData<Channel[]>(orgPath(org.id, '/channels'));
  const subscription = useApiData<{ subscribed: boolean }>(orgPath(org.id, '/metrics/report-subscription'));
  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const n0 = numberFormat(language);
  const n1 = numberFormat(language, 1);
  const pct = percentFormat(language);
  const show = (key: (typeof FIGURES)[number], totals: FigureTotals) => {
    const v = totals[key];
    if (v === null) return t('metrics.notGiven');
    return key.startsWith('rate') ? pct.format(v) : n0.format(v);
  };
  const data = overview.data;
  const chart = useMemo(() => {
    if (!data) return null;
    return {
      categories: data.days.map((d) => DateTime.fromISO(d.date).setLocale(language).toFormat('d LLL')),
      series: [
        { name: t('metrics.thisPeriod'), values: data.days.map((d) => d.engagements) },
        { name: t('metrics.comparedPeriod'), values: data.days.map((_, i) => data.previousDays[i]?.engagements ?? null) },
      ],
    };
  }, [data, language, t]);
  const weekday = (n: number) =>
    DateTime.fromObject({ weekday: n as 1 })
      .setLocale(language)
      .toFormat('cccc');

  return (
    <div className="page metrics-page">
      <h1>{t('metrics.title')}</h1>
      <form className="card filters" aria-labelledby={`${id}-filters`} onSubmit={(e) => e.preventDefault()}>
        <h2 id={`${id}-filters`}>{t('metrics.filters')}</h2>
        <div className="field-row">
          <label>
            {t('metrics.from')}
            <input type="date" value={from} onChange={(e) => setParam('from', e.target.value)} />
          </label>
          <label>
            {t('metrics.to')}
            <input type="date" value={to} onChange={(e) => setParam('to', e.target.value)} />
          </label>
          <label>
            {t('metrics.compareFrom')}
            <input type="date" value={params.get('compareFrom') ?? ''} onChange={(e) => setParam('compareFrom', e.target.value)} />
          </label>
          <label>
            {t('metrics.compareTo')}
            <input type="date" value={params.get('compareTo') ?? ''} onChange={(e) => setParam('compareTo', e.target.value)} />
          </label>
          <label>
            {t('metrics.channel')}
            <select value={params.get('channelId') ?? ''} onChange={(e) => setParam('channelId', e.target.value)}>
              <option value="">{t('metrics.allChannels')}</option>
              {(channels.data ?? []).map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('metrics.label')}
            <input type="text" value={params.get('label') ?? ''} onChange={(e) => setParam('label', e.target.value.trim())} />
          </label>
        </div>
        <p className="button-row">
          <a className="button" href={`/api/orgs/${org.id}/metrics/export/csv?${query}`} download>
            {t('metrics.exportCsv')}
          </a>
          <a className="button" href={`/api/orgs/${org.id}/metrics/export/json?${query}`} download>
            {t('metrics.exportJson')}
          </a>
          <a className="button" href={`/api/orgs/${org.id}/metrics/report?${query}`} download>
            {t('metrics.reportPdf')}
          </a>
        </p>
        {subscription.data ? (
          <label className="checkbox">
            <input
              type="checkbox"
              checked={subscription.data.subscribed}
              onChange={async (e) =>
                subscription.setData(await api.put<{ subscribed: boolean }>(orgPath(org.id, '/metrics/report-subscription'), { subscribed: e.target.checked }))
              }
            />
            {t('metrics.monthlyReport')}
          </label>
        ) : null}
      </form>

      {overview.error ? <ErrorMessage error={overview.error} /> : null}
      {!data && overview.loading ? <Loading /> : null}
      {data ? (
        <>
          <p className="muted">
            {t('metrics.periods', { from: data.period.from, to: data.period.to, prevFrom: data.previous.from, prevTo: data.previous.to })}
          </p>
          <section className="card" aria-labelledby={`${id}-totals`}>
            <h2 id={`${id}-totals`}>{t('metrics.totals')}</h2>
            <dl className="figure-cards">
              {FIGURES.map((key) => (
                <div key={key} className="figure-card">
                  <dt>{t(`metrics.figure.${key}`)}</dt>
                  <dd>
                    <span className="figure-value">{show(key, data.totals)}</span>
                    <span className="muted small">{t('metrics.previousValue', { value: show(key, data.previousTotals) })}</span>
                  </dd>
                </div>
              ))}
            </dl>
          </section>

          {chart ? (
            <section className="card" aria-labelledby={`${id}-chart`}>
              <h2 id={`${id}-chart`}>{t('metrics.perDay')}</h2>
              <LineChartWithTable
                title={t('metrics.perDayCaption')}
                categories={chart.categories}
                series={chart.series}
                summary={t('metrics.perDaySummary', { now: n0.format(data.totals.engagements), before: n0.format(data.previousTotals.engagements) })}
              />
            </section>
          ) : null}

          <section className="card" aria-labelledby={`${id}-channels`}>
            <h2 id={`${id}-channels`}>{t('metrics.perChannel')}</h2>
            {data.channels.length === 0 ? (
              <p className="muted">{t('metrics.nothingMeasured')}</p>
            ) : (
              <TableScroll label={t('metrics.perChannel')}>
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('metrics.channel')}</th>
                      <th scope="col">{t('metrics.figure.posts')}</th>
                      <th scope="col">{t('metrics.figure.engagements')}</th>
                      <th scope="col">{t('metrics.figure.rateFollowers')}</th>
                      <th scope="col">{t('metrics.followers')}</th>
                      <th scope="col">{t('metrics.comparedEngagements')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.channels.map((c) => (
                      <tr key={c.channelId}>
                        <th scope="row">{c.name}</th>
                        <td>{n0.format(c.totals.posts)}</td>
                        <td>{n0.format(c.totals.engagements)}</td>
                        <td>{show('rateFollowers', c.totals)}</td>
                        <td>{c.followers === null ? t('metrics.notGiven') : n0.format(c.followers)}</td>
                        <td>{n0.format(c.previousTotals.engagements)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            )}
          </section>

          <section className="card" aria-labelledby={`${id}-labels`}>
            <h2 id={`${id}-labels`}>{t('metrics.perLabel')}</h2>
            <TableScroll label={t('metrics.perLabel')}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('metrics.label')}</th>
                    <th scope="col">{t('metrics.figure.posts')}</th>
                    <th scope="col">{t('metrics.figure.engagements')}</th>
                    <th scope="col">{t('metrics.comparedEngagements')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.labels.map((l) => (
                    <tr key={l.label ?? ''}>
                      <th scope="row">{l.label ?? t('metrics.noLabel')}</th>
                      <td>{n0.format(l.totals.posts)}</td>
                      <td>{n0.format(l.totals.engagements)}</td>
                      <td>{n0.format(l.previousTotals.engagements)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </section>

          <section className="card" aria-labelledby={`${id}-top`}>
            <h2 id={`${id}-top`}>{t('metrics.topPosts')}</h2>
            <RankList posts={data.top} format={n0} />
            {data.bottom.length ? (
              <>
                <h3>{t('metrics.bottomPosts')}</h3>
                <RankList posts={data.bottom} format={n0} />
              </>
            ) : null}
          </section>

          <section className="card" aria-labelledby={`${id}-times`}>
            <h2 id={`${id}-times`}>{t('metrics.bestTimes')}</h2>
            {data.bestTimes.advice.length ? (
              <ol>
                {data.bestTimes.advice.map((s) => (
                  <li key={`${s.weekday}-${s.hour}`}>
                    {t('metrics.slot', { weekday: weekday(s.weekday), hour: s.hour, mean: n1.format(s.meanEngagements), posts: s.posts })}
                  </li>
                ))}
              </ol>
            ) : (
              <p className="muted">{t('metrics.tooLittleData', { min: data.bestTimes.minPosts })}</p>
            )}
          </section>

          <section className="card" aria-labelledby={`${id}-lead`}>
            <h2 id={`${id}-lead`}>{t('metrics.leadTime')}</h2>
            <p>
              {data.leadTime.medianHours === null
                ? t('metrics.notGiven')
                : t('metrics.leadTimeValue', { hours: n1.format(data.leadTime.medianHours), posts: data.leadTime.posts })}
            </p>
            <p className="muted small">
              {t('metrics.previousValue', {
                value: data.previousLeadTime.medianHours === null ? t('metrics.notGiven') : n1.format(data.previousLeadTime.medianHours),
              })}
            </p>
          </section>

          <section className="card" aria-labelledby={`${id}-defs`}>
            <h2 id={`${id}-defs`}>{t('metrics.definitions')}</h2>
            <dl>
              {(['engagements', 'rateFollowers', 'rateImpressions', 'bestTimes', 'leadTime'] as const).map((k) => (
                <div key={k}>
                  <dt>{t(`metrics.definition.${k}.term`)}</dt>
                  <dd>{t(`metrics.definition.${k}.text`, { min: data.bestTimes.minPosts })}</dd>
                </div>
              ))}
            </dl>
          </section>
        </>
      ) : null}
    </div>
  );
}

function RankList({ posts, format }: { posts: PostRank[]; format: Intl.NumberFormat }) {
  const { t } = useTranslation();
  return (
    <ol className="rank-list">
      {posts.map((p) => (
        <li key={p.postId}>
          <Link to={`/posts/${p.postId}`}>{p.text.length > 120 ? `${p.text.slice(0, 119)}…` : p.text}</Link>{' '}
          <span className="muted small">{t('metrics.rankLine', { engagements: format.format(p.engagements), channels: p.channels.join(', ') })}</span>
        </li>
      ))}
    </ol>
  );
}
