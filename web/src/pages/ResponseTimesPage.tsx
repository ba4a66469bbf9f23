// Response times: the targets per category (managers change them) and, per week or month, the
// median time to the first answer and the share answered within target.
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, orgPath } from '../api';
import type { ResponseTimes } from '../../../src/contracts/inbox';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { useAnnounce } from '../hooks/useAnnounce';
import { useApiData } from '../hooks/useApiData';
import { useOrg } from '../hooks/useSession';
import { TableScroll } from '../components/TableScroll';
import { can } from '../lib/permissions';

type Target = { category: string; minutes: number; workingHours: boolean };

export function ResponseTimesPage() {
  const { t } = useTranslation();
  const { org, role } = useOrg();
  const announce = useAnnounce();
  const id = useId();
  const [period, setPeriod] = useState<'week' | 'month'>('week');
  const figures = useApiData<ResponseTimes>(orgPath(org.id, `/inbox/response-times?period=${period}&periods=8`));
  const stored = useApiData<{ targets: Target[] }>(orgPath(org.id, '/inbox/targets'));
  const [targets, setTargets] = useState<Target[]>([]);
  const [error, setError] = useState<unknown>(null);
  const manager = can(role, 'inbox.manage');
  useEffect(() => setTargets(stored.data?.targets ?? []), [stored.data]);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const saved = await api.put<{ targets: Target[] }>(orgPath(org.id, '/inbox/targets'), { targets });
      stored.setData(saved);
      announce(t('responseTimes.saved'));
    } catch (err) {
      setError(err);
    }
  };
  const set = (i: number, change: Partial<Target>) => setTargets((ts) => ts.map((x, j) => (j === i ? { ...x, ...change } : x)));
  const pct = (v: number | null) => (v === null ? '–' : `${Math.round(v * 100)}%`);

  return (
    <div className="page response-times-page">
      <h1>{t('responseTimes.title')}</h1>
      <section className="card" aria-labelledby={`${id}-figures`}>
        <h2 id={`${id}-figures`}>{t('responseTimes.figures')}</h2>
        <label>
          {t('responseTimes.period')}{' '}
          <select value={period} onChange={(e) => setPeriod(e.target.value as 'week' | 'month')}>
            <option value="week">{t('responseTimes.week')}</option>
            <option value="month">{t('responseTimes.month')}</option>
          </select>
        </label>
        {figures.loading ? <Loading /> : null}
        <ErrorMessage error={figures.error} />
        {figures.data ? (
          figures.data.rows.length ? (
            <TableScroll label={t('responseTimes.figures')}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('responseTimes.from')}</th>
                    <th scope="col">{t('responseTimes.received')}</th>
                    <th scope="col">{t('responseTimes.answered')}</th>
                    <th scope="col">{t('responseTimes.median')}</th>
                    <th scope="col">{t('responseTimes.within')}</th>
                  </tr>
                </thead>
                <tbody>
                  {figures.data.rows.map((r) => (
                    <tr key={r.start}>
                      <th scope="row">{r.start}</th>
                      <td>{r.received}</td>
                      <td>{r.answered}</td>
                      <td>{r.medianMinutes === null ? '–' : t('responseTimes.minutes', { count: Math.round(r.medianMinutes) })}</td>
                      <td>{pct(r.withinTarget)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          ) : (
            <p>{t('responseTimes.none')}</p>
          )
        ) : null}
      </section>
      <section className="card" aria-labelledby={`${id}-targets`}>
        <h2 id={`${id}-targets`}>{t('responseTimes.targets')}</h2>
        <p>{t('responseTimes.targetsHelp')}</p>
        <form onSubmit={save}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('inbox.categoryLabel')}</th>
                <th scope="col">{t('responseTimes.targetMinutes')}</th>
                <th scope="col">{t('responseTimes.workingHours')}</th>
              </tr>
            </thead>
            <tbody>
              {targets.map((x, i) => (
                <tr key={x.category}>
                  <th scope="row">{t(`inbox.category.${x.category}`)}</th>
                  <td>
                    <input
                      type="number"
                      min={0}
                      aria-label={t('responseTimes.minutesFor', { category: t(`inbox.category.${x.category}`) })}
                      value={x.minutes}
                      disabled={!manager}
                      onChange={(e) => set(i, { minutes: Number(e.target.value) })}
                    />
                  </td>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={t('responseTimes.workingHoursFor', { category: t(`inbox.category.${x.category}`) })}
                      checked={x.workingHours}
                      disabled={!manager}
                      onChange={(e) => set(i, { workingHours: e.target.checked })}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <ErrorMessage error={error} />
          {manager ? (
            <button type="submit" className="button button-primary">
              {t('responseTimes.save')}
            </button>
          ) : null}
        </form>
      </section>
    </div>
  );
}
