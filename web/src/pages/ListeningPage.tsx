// Listening: the organisation's queries (managers write them; the server checks every field and
// its message is shown beside the field it names), each query's results newest first with more on
// request (a cursor), its volume and sentiment per hour or day as a chart with the same figures in
// a table, and the early-warning alerts with the messages behind them and, when the organisation
// itself is the subject, a way to the crisis screen. Sentiment is an indication, never a verdict.
import { type FormEvent, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import type { ListeningAlert, ListeningChart, ListeningQueryView, ListeningResult } from '../../../src/contracts/listening';
import { ApiRequestError, api, orgPath } from '../api';
import { ErrorMessage } from '../components/ErrorMessage';
import { LineChartWithTable } from '../components/LineChartWithTable';
import { Loading } from '../components/Loading';
import { useAnnounce } from '../hooks/useAnnounce';
import { useApiData } from '../hooks/useApiData';
import { usePages } from '../hooks/usePages';
import { useLanguage } from '../hooks/useLanguage';
import { useOrg } from '../hooks/useSession';
import { can } from '../lib/permissions';
import { formatInstant, instantTime } from '../lib/time';

const LIST_FIELDS = ['keywords', 'phrases', 'hashtags', 'mentions', 'orgNames', 'exclude', 'feedUrls'] as const;
type ListField = (typeof LIST_FIELDS)[number];
type Draft = { name: string; languages: ('nl' | 'en')[]; active: boolean } & Record<ListField, string>;

const emptyDraft = (): Draft => ({
  name: '',
  languages: [],
  active: true,
  keywords: '',
  phrases: '',
  hashtags: '',
  mentions: '',
  orgNames: '',
  exclude: '',
  feedUrls: '',
});
const draftOf = (q: ListeningQueryView): Draft => ({
  name: q.name,
  languages: q.languages,
  active: q.active,
  ...(Object.fromEntries(LIST_FIELDS.map((f) => [f, q[f].join('\n')])) as Record<ListField, string>),
});
const lines = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export function ListeningPage() {
  const { t } = useTranslation();
  const { org, role } = useOrg();
  const manager = can(role, 'inbox.manage');
  const queries = useApiData<ListeningQueryView[]>(orgPath(org.id, '/listening/queries'));
  const [params, setParams] = useSearchParams();
  const [editing, setEditing] = useState<ListeningQueryView | 'new' | null>(null);
  const selectedId = params.get('query') ?? queries.data?.[0]?.id ?? null;
  const selected = queries.data?.find((q) => q.id === selectedId) ?? null;

  return (
    <div className="page listening-page">
      <h1>{t('listening.title')}</h1>
      <p className="hint">{t('listening.intro')}</p>
      <section aria-labelledby="listening-queries">
        <h2 id="listening-queries">{t('listening.queries')}</h2>
        {queries.error ? <ErrorMessage error={queries.error} /> : null}
        {queries.loading && !queries.data ? <Loading /> : null}
        {queries.data && queries.data.length === 0 ? <p className="empty-state">{t('listening.noQueries')}</p> : null}
        {queries.data && queries.data.length > 0 ? (
          <ul className="plain-list listening-queries">
            {queries.data.map((q) => (
              <QueryCard
                key={q.id}
                query={q}
                selected={q.id === selectedId}
                manager={manager}
                onSelect={() => setParams({ query: q.id })}
                onEdit={() => setEditing(q)}
                onChanged={queries.reload}
              />
            ))}
          </ul>
        ) : null}
        {manager && editing === null ? (
          <button type="button" className="button button-primary" onClick={() => setEditing('new')}>
            {t('listening.new')}
          </button>
        ) : null}
        {manager && editing !== null ? (
          <QueryForm
            key={editing === 'new' ? 'new' : editing.id}
            query={editing === 'new' ? null : editing}
            onDone={(saved) => {
              setEditing(null);
              queries.reload();
              if (saved) setParams({ query: saved.id });
            }}
          />
        ) : null}
      </section>
      {selected ? <QueryDetail key={selected.id} query={selected} /> : null}
      <Alerts highlight={params.get('alert')} />
    </div>
  );
}

function termsOf(q: ListeningQueryView): string {
  return [...q.keywords, ...q.phrases.map((p) => `"${p}"`), ...q.hashtags, ...q.mentions, ...q.orgNames].join(', ');
}

function QueryCard({
  query: q,
  selected,
  manager,
  onSelect,
  onEdit,
  onChanged,
}: {
  query: ListeningQueryView;
  selected: boolean;
  manager: boolean;
  onSelect(): void;
  onEdit(): void;
  onChanged(): void;
}) {
  const { t } = useTranslation();
  const { org } = useOrg();
  const announce = useAnnounce();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const act = async (what: 'run' | 'delete') => {
    if (what === 'delete' && !window.confirm(t('listening.confirmDelete', { name: q.name }))) return;
    setBusy(true);
    setError(null);
    try {
      if (what === 'run') await api.post(orgPath(org.id, `/listening/queries/${q.id}/run`));
      else await api.delete(orgPath(org.id, `/listening/queries/${q.id}`));
      announce(t(what === 'run' ? 'listening.ran' : 'listening.deleted', { name: q.name }));
      onChanged();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const failing = q.sources.filter((s) => s.lastError);
  return (
    <li className="card listening-query" aria-current={selected ? 'true' : undefined}>
      <h3>
        {q.name} {q.active ? null : <span className="badge badge-inactive">{t('listening.paused')}</span>}{' '}
        {q.aboutOrganisation ? <span className="badge">{t('listening.aboutOrganisation')}</span> : null}
      </h3>
      <p className="small">{termsOf(q)}</p>
      {q.exclude.length ? <p className="small muted">{t('listening.excluding', { terms: q.exclude.join(', ') })}</p> : null}
      <p className="small muted">
        {q.sources.length ? t('listening.sources', { sources: q.sources.map((s) => s.label).join(', ') }) : t('listening.noSources')}
      </p>
      {failing.map((s) => (
        <p key={s.key} className="notice notice-warning small">
          {t('listening.sourceFailing', { source: s.label, error: s.lastError })}
        </p>
      ))}
      <div className="button-row">
        <button type="button" className="button button-small" onClick={onSelect} aria-pressed={selected}>
          {t('listening.showResults')}
        </button>
        {manager ? (
          <>
            <button type="button" className="button button-small" onClick={onEdit}>
              {t('listening.edit')}
            </button>
            <button type="button" className="button button-small" disabled={busy} onClick={() => void act('run')}>
              {t('listening.runNow')}
            </button>
            <button type="button" className="button button-small button-danger-outline" disabled={busy} onClick={() => void act('delete')}>
              {t('listening.delete')}
            </button>
          </>
        ) : null}
      </div>
      <ErrorMessage error={error} />
    </li>
  );
}

function QueryForm({ query, onDone }: { query: ListeningQueryView | null; onDone(saved: ListeningQueryView | null): void }) {
  const { t } = useTranslation();
  const { org } = useOrg();
  const id = useId();
  const announce = useAnnounce();
  const [draft, setDraft] = useState<Draft>(query ? draftOf(query) : emptyDraft());
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  // The server names the field ("hashtags.0"): its message goes beside that field.
  const fieldErrors = new Map<string, string>();
  if (error instanceof ApiRequestError) for (const d of error.details) fieldErrors.set(d.path.split('.')[0]!, d.message);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const body = { name: draft.name, languages: draft.languages, active: draft.active, ...Object.fromEntries(LIST_FIELDS.map((f) => [f, lines(draft[f])])) };
    try {
      const saved = query
        ? await api.put<ListeningQueryView>(orgPath(org.id, `/listening/queries/${query.id}`), body)
        : await api.post<ListeningQueryView>(orgPath(org.id, '/listening/queries'), body);
      announce(t('listening.saved', { name: saved.name }));
      onDone(saved);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const field = (name: 'name' | ListField, multi: boolean) => {
    const err = fieldErrors.get(name);
    return (
      <div className="field" key={name}>
        <label htmlFor={`${id}-${name}`}>{t(`listening.field.${name}`)}</label>
        {multi ? (
          <textarea
            id={`${id}-${name}`}
            rows={2}
            value={draft[name]}
            aria-invalid={err ? true : undefined}
            aria-describedby={`${id}-${name}-help${err ? ` ${id}-${name}-error` : ''}`}
            onChange={(e) => setDraft({ ...draft, [name]: e.target.value })}
          />
        ) : (
          <input
            id={`${id}-${name}`}
            type="text"
            value={draft[name]}
            aria-invalid={err ? true : undefined}
            aria-describedby={`${id}-${name}-help${err ? ` ${id}-${name}-error` : ''}`}
            onChange={(e) => setDraft({ ...draft, [name]: e.target.value })}
          />
        )}
        <p id={`${id}-${name}-help`} className="hint">
          {t(`listening.help.${name}`)}
        </p>
        {err ? (
          <p id={`${id}-${name}-error`} className="field-error">
            {err}
          </p>
        ) : null}
      </div>
    );
  };
  const langErr = fieldErrors.get('languages');
  return (
    <form className="card stack-form listening-form" onSubmit={(e) => void save(e)} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{query ? t('listening.editTitle', { name: query.name }) : t('listening.newTitle')}</h3>
      {field('name', false)}
      {LIST_FIELDS.map((f) => field(f, true))}
      <fieldset aria-describedby={langErr ? `${id}-languages-error` : undefined}>
        <legend>{t('listening.field.languages')}</legend>
        {(['nl', 'en'] as const).map((l) => (
          <label key={l} className="inline-field">
            <input
              type="checkbox"
              checked={draft.languages.includes(l)}
              onChange={(e) => setDraft({ ...draft, languages: e.target.checked ? [...draft.languages, l] : draft.languages.filter((x) => x !== l) })}
            />{' '}
            {t(`listening.lang.${l}`)}
          </label>
        ))}
        <p className="hint">{t('listening.help.languages')}</p>
        {langErr ? (
          <p id={`${id}-languages-error`} className="field-error">
            {langErr}
          </p>
        ) : null}
      </fieldset>
      <label className="inline-field">
        <input type="checkbox" checked={draft.active} onChange={(e) => setDraft({ ...draft, active: e.target.checked })} /> {t('listening.field.active')}
      </label>
      <ErrorMessage error={error} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('listening.save')}
        </button>
        <button type="button" className="button" onClick={() => onDone(null)}>
          {t('listening.cancel')}
        </button>
      </div>
    </form>
  );
}

function SentimentBadge({ r }: { r: Pick<ListeningResult, 'sentiment' | 'sentimentScore'> }) {
  const { t } = useTranslation();
  return (
    <span className={`badge listening-sentiment listening-sentiment-${r.sentiment}`} title={t('listening.sentimentHint')}>
      {t(`listening.sentiment.${r.sentiment}`)}
    </span>
  );
}

function ResultItem({ r }: { r: ListeningResult }) {
  const { t } = useTranslation();
  const { org } = useOrg();
  const [language] = useLanguage();
  return (
    <li className="card listening-result">
      <p className="small muted">
        <SentimentBadge r={r} /> {t(`listening.source.${r.source}`, { defaultValue: r.source })} · {r.author.name ?? r.author.handle ?? ''} ·{' '}
        <time dateTime={r.writtenAt}>{formatInstant(r.writtenAt, org.timeZone, language)}</time>
      </p>
      {r.title ? <p className="listening-result-title">{r.title}</p> : null}
      <p>{r.text}</p>
      {r.url ? (
        <p className="small">
          <a href={r.url} target="_blank" rel="noopener noreferrer">
            {t('listening.open')}
            <span className="visually-hidden"> {t('listening.newWindow')}</span>
          </a>
        </p>
      ) : null}
    </li>
  );
}

function QueryDetail({ query }: { query: ListeningQueryView }) {
  const { t } = useTranslation();
  const { org } = useOrg();
  const [language] = useLanguage();
  const [bucket, setBucket] = useState<'hour' | 'day'>('hour');
  const chart = useApiData<ListeningChart>(orgPath(org.id, `/listening/queries/${query.id}/chart?bucket=${bucket}&span=${bucket === 'hour' ? 24 : 30}`));
  const results = usePages<ListeningResult>(orgPath(org.id, `/listening/queries/${query.id}/results?limit=20`), 'list');
  const series = useMemo(() => {
    const points = chart.data?.points ?? [];
    return {
      categories: points.map((p) =>
        bucket === 'hour' ? instantTime(p.at, org.timeZone) : formatInstant(p.at, org.timeZone, language).replace(/,\s*\d{2}:\d{2}$/, ''),
      ),
      series: [
        { name: t('listening.chartTotal'), values: points.map((p) => p.total) },
        { name: t('listening.chartNegative'), values: points.map((p) => p.negative) },
        { name: t('listening.chartPositive'), values: points.map((p) => p.positive) },
      ],
      total: points.reduce((n, p) => n + p.total, 0),
      negative: points.reduce((n, p) => n + p.negative, 0),
    };
  }, [chart.data, org.timeZone, language, bucket, t]);
  return (
    <section aria-labelledby="listening-detail">
      <h2 id="listening-detail">{t('listening.resultsOf', { name: query.name })}</h2>
      <fieldset className="inline-field">
        <legend className="visually-hidden">{t('listening.bucket')}</legend>
        {(['hour', 'day'] as const).map((b) => (
          <label key={b} className="inline-field">
            <input type="radio" name="listening-bucket" checked={bucket === b} onChange={() => setBucket(b)} /> {t(`listening.by.${b}`)}
          </label>
        ))}
      </fieldset>
      {chart.error ? <ErrorMessage error={chart.error} /> : null}
      {chart.data ? (
        <LineChartWithTable
          title={t(bucket === 'hour' ? 'listening.chartHours' : 'listening.chartDays')}
          categories={series.categories}
          series={series.series}
          summary={t('listening.chartSummary', { total: series.total, negative: series.negative })}
        />
      ) : null}
      <p className="hint">{t('listening.sentimentHint')}</p>
      <ErrorMessage error={results.error} />
      {results.loading && results.items.length === 0 ? <Loading /> : null}
      {!results.loading && !results.error && results.items.length === 0 ? <p className="empty-state">{t('listening.noResults')}</p> : null}
      <ul className="plain-list listening-results">
        {results.items.map((r) => (
          <ResultItem key={r.id} r={r} />
        ))}
      </ul>
      {results.hasMore ? (
        <button type="button" className="button" onClick={results.loadMore}>
          {t('listening.more')}
        </button>
      ) : null}
    </section>
  );
}

function Alerts({ highlight }: { highlight: string | null }) {
  const { t } = useTranslation();
  const { org } = useOrg();
  const alerts = usePages<ListeningAlert>(orgPath(org.id, '/listening/alerts?limit=10'), 'list');
  return (
    <section aria-labelledby="listening-alerts">
      <h2 id="listening-alerts">{t('listening.alerts')}</h2>
      <ErrorMessage error={alerts.error} />
      {!alerts.loading && !alerts.error && alerts.items.length === 0 ? <p className="empty-state">{t('listening.noAlerts')}</p> : null}
      <ul className="plain-list">
        {alerts.items.map((a) => (
          <AlertItem key={a.id} alert={a} open={a.id === highlight} />
        ))}
      </ul>
      {alerts.hasMore ? (
        <button type="button" className="button" onClick={alerts.loadMore}>
          {t('listening.moreAlerts')}
        </button>
      ) : null}
    </section>
  );
}

function AlertItem({ alert: a, open }: { alert: ListeningAlert; open: boolean }) {
  const { t } = useTranslation();
  const { org } = useOrg();
  const [language] = useLanguage();
  return (
    <li className={`card listening-alert${a.suggestCrisisMode ? ' notice-warning' : ''}`}>
      <h3>
        {a.query.name}: <time dateTime={a.hour}>{formatInstant(a.hour, org.timeZone, language, true)}</time>
      </h3>
      <p>
        {t('listening.alertFigures', { total: a.total, negative: a.negative, median: Math.round(a.baselineMedian * 10) / 10 })}{' '}
        {a.reasons.map((r) => t(`listening.reason.${r}`)).join(', ')}
      </p>
      {a.suggestCrisisMode ? (
        <p className="notice notice-warning">
          {t('listening.suggestCrisis')} <Link to="/crisis">{t('listening.toCrisis')}</Link>
        </p>
      ) : null}
      <details open={open}>
        <summary>{t('listening.alertItems', { count: a.items.length })}</summary>
        <ul className="plain-list">
          {a.items.map((r) => (
            <ResultItem key={r.id} r={r} />
          ))}
        </ul>
      </details>
    </li>
  );
}
