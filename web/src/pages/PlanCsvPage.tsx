import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { DateTime } from 'luxon';
import { api, orgPath } from '../api';
import { ErrorMessage } from '../components/ErrorMessage';
import { useAnnounce } from '../hooks/useAnnounce';
import { useOrg } from '../hooks/useSession';
import { can } from '../lib/permissions';
import type { ImportResult } from '../../../src/contracts/post-bulk';

/** The plan as a spreadsheet: import planned posts from CSV (checked first, all or nothing) and export a period. */
export function PlanCsvPage() {
  const { t } = useTranslation();
  const id = useId();
  const announce = useAnnounce();
  const { org, role } = useOrg();
  const zone = org.timeZone;
  const [csv, setCsv] = useState('');
  const [checked, setChecked] = useState<ImportResult | null>(null);
  const [created, setCreated] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const today = DateTime.now().setZone(zone);
  const [from, setFrom] = useState(today.toISODate() ?? '');
  const [to, setTo] = useState(today.plus({ months: 3 }).toISODate() ?? '');

  const send = async (dryRun: boolean) => {
    setBusy(true);
    setError(null);
    try {
      const result = await api.post<ImportResult>(orgPath(org.id, '/posts/import'), { csv, dryRun });
      if (dryRun) {
        setChecked(result);
        announce(
          result.problems.length ? t('planCsv.problemsFound', { count: result.problems.length }) : t('planCsv.allGood', { count: result.rows }),
          result.problems.length ? 'error' : 'status',
        );
      } else {
        setChecked(null);
        setCsv('');
        setCreated(result.created.length);
        announce(t('planCsv.imported', { count: result.created.length }));
      }
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const exportQuery = new URLSearchParams();
  const start = DateTime.fromISO(from, { zone });
  const end = DateTime.fromISO(to, { zone });
  if (start.isValid) exportQuery.set('from', start.startOf('day').toUTC().toISO() ?? '');
  if (end.isValid) exportQuery.set('to', end.endOf('day').toUTC().toISO() ?? '');
  const ready = checked !== null && checked.problems.length === 0 && checked.rows > 0;

  return (
    <div className="page plan-csv-page">
      <p className="back-link">
        <Link to="/calendar">
          <span aria-hidden="true">← </span>
          {t('detail.backToCalendar')}
        </Link>
      </p>
      <h1>{t('planCsv.title')}</h1>

      {can(role, 'post.write') ? (
        <section className="card" aria-labelledby={`${id}-import`}>
          <h2 id={`${id}-import`}>{t('planCsv.importTitle')}</h2>
          <p className="hint">{t('planCsv.importHint', { zone })}</p>
          <pre className="csv-example">{t('planCsv.example')}</pre>
          <div className="field">
            <label htmlFor={`${id}-file`}>{t('planCsv.file')}</label>
            <input
              id={`${id}-file`}
              type="file"
              accept=".csv,text/csv"
              onChange={async (e) => {
                const file = e.target.files?.[0];
                if (!file) return;
                setCsv(await file.text());
                setChecked(null);
                setCreated(null);
              }}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-text`}>{t('planCsv.paste')}</label>
            <textarea
              id={`${id}-text`}
              rows={6}
              value={csv}
              onChange={(e) => {
                setCsv(e.target.value);
                setChecked(null);
                setCreated(null);
              }}
            />
          </div>
          <div className="button-row">
            <button type="button" className="button" disabled={busy || !csv.trim()} onClick={() => void send(true)}>
              {t('planCsv.check')}
            </button>
            <button type="button" className="button button-primary" disabled={busy || !ready} onClick={() => void send(false)}>
              {ready ? t('planCsv.importCount', { count: checked.rows }) : t('planCsv.import')}
            </button>
          </div>
          {checked && checked.problems.length > 0 ? (
            <div className="import-problems" data-testid="import-problems">
              <p role="alert">{t('planCsv.nothingStored', { count: checked.problems.length })}</p>
              <table>
                <caption className="visually-hidden">{t('planCsv.problemsCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('planCsv.row')}</th>
                    <th scope="col">{t('planCsv.column')}</th>
                    <th scope="col">{t('planCsv.problem')}</th>
                  </tr>
                </thead>
                <tbody>
                  {checked.problems.map((p, i) => (
                    <tr key={`${p.row}-${p.field}-${i}`}>
                      <td>{t('planCsv.rowNumber', { row: p.row })}</td>
                      <td>{t(`planCsv.fields.${p.field}`)}</td>
                      <td>{p.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          {ready ? <p className="notice notice-success">{t('planCsv.allGood', { count: checked.rows })}</p> : null}
          {created !== null ? (
            <p className="notice notice-success" data-testid="import-done">
              {t('planCsv.imported', { count: created })} <Link to="/calendar?view=list&status=draft">{t('planCsv.showDrafts')}</Link>
            </p>
          ) : null}
          <ErrorMessage error={error} />
        </section>
      ) : null}

      <section className="card" aria-labelledby={`${id}-export`}>
        <h2 id={`${id}-export`}>{t('planCsv.exportTitle')}</h2>
        <p className="hint">{t('planCsv.exportHint', { zone })}</p>
        <div className="inline-fields">
          <div className="inline-field">
            <label htmlFor={`${id}-from`}>{t('planCsv.from')}</label>
            <input id={`${id}-from`} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
          </div>
          <div className="inline-field">
            <label htmlFor={`${id}-to`}>{t('planCsv.to')}</label>
            <input id={`${id}-to`} type="date" value={to} onChange={(e) => setTo(e.target.value)} />
          </div>
        </div>
        <p>
          <a className="button" href={orgPath(org.id, `/plan.csv?${exportQuery.toString()}`)} download="zorgpost-plan.csv">
            {t('planCsv.download')}
          </a>
        </p>
      </section>
    </div>
  );
}
