import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { orgPath } from '../api';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { useApiData } from '../hooks/useApiData';
import { useLanguage } from '../hooks/useLanguage';
import { useOrg } from '../hooks/useSession';
import { can } from '../lib/permissions';
import { formatInstant } from '../lib/time';
import type { AuditChain, AuditEvent, AuditPage as AuditPageData, Member } from '../types';

const PAGE_SIZE = 50;
// The families of actions an admin can narrow the list to (the API filters on the prefix).
const FILTERS = ['', 'post.', 'guard.', 'auth.', 'member.', 'channel.', 'crisis.', 'consent.', 'checklist.', 'dsr.'] as const;

/** The organisation's audit trail for admins: who did what, newest first, and whether the chain holds. */
export function AuditPage() {
  const { t } = useTranslation();
  const { org, role } = useOrg();
  const allowed = can(role, 'audit.read');
  const id = useId();
  const [filter, setFilter] = useState<(typeof FILTERS)[number]>('');
  // Person, post and period live in the address, so a filtered view can be linked to (a post links here).
  const [params, setParams] = useSearchParams();
  const actorId = params.get('person') ?? '';
  const postId = params.get('post') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  // The cursors of the pages before this one: going back pops, going on pushes.
  const [cursors, setCursors] = useState<number[]>([]);
  const cursor = cursors.at(-1);
  const filterQuery = new URLSearchParams();
  if (filter) filterQuery.set('action', filter);
  if (actorId) filterQuery.set('actorId', actorId);
  if (postId) filterQuery.set('postId', postId);
  if (from) filterQuery.set('from', from);
  // The "to" day is included: the API's `to` is exclusive, so ask up to the next day.
  if (to) filterQuery.set('to', nextDay(to));
  const query = new URLSearchParams(filterQuery);
  query.set('limit', String(PAGE_SIZE));
  if (cursor !== undefined) query.set('cursor', String(cursor));
  const members = useApiData<Member[]>(allowed ? orgPath(org.id, '/members') : null);
  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
    setCursors([]);
  };
  const exportHref = (format: string) => orgPath(org.id, `/audit/export?${new URLSearchParams([['format', format], ...filterQuery])}`);
  const page = useApiData<AuditPageData>(allowed ? orgPath(org.id, `/audit?${query}`) : null);
  const chain = useApiData<AuditChain>(allowed ? orgPath(org.id, '/audit/verify') : null);

  if (!allowed) {
    return (
      <div className="page audit-page">
        <h1>{t('audit.title')}</h1>
        <p className="notice notice-info">{t('audit.onlyAdmin')}</p>
      </div>
    );
  }

  const items = page.data?.items ?? [];
  const pageNumber = cursors.length + 1;
  return (
    <div className="page audit-page">
      <h1>{t('audit.title')}</h1>
      <p className="muted">{t('audit.intro', { org: org.name })}</p>
      <p className="button-row">
        <Link to="/settings/checklist">{t('checklist.settingsTitle')}</Link>
        <Link to="/settings/approvals">{t('chainSettings.title')}</Link>
        <Link to="/privacy-request">{t('dsr.title')}</Link>
      </p>

      <section className="card" aria-labelledby={`${id}-chain`}>
        <h2 id={`${id}-chain`}>{t('audit.chainTitle')}</h2>
        {chain.error ? <ErrorMessage error={chain.error} /> : null}
        {chain.loading && !chain.data ? <Loading /> : null}
        {chain.data ? <ChainStatus chain={chain.data} /> : null}
        <p className="hint">{t('audit.chainHint')}</p>
        <button type="button" className="button" onClick={() => chain.reload()} disabled={chain.loading}>
          {t('audit.verifyAgain')}
        </button>
      </section>

      <section className="card" aria-labelledby={`${id}-list`}>
        <h2 id={`${id}-list`}>{t('audit.listTitle')}</h2>
        <div className="field">
          <label htmlFor={`${id}-filter`}>{t('audit.filterLabel')}</label>
          <select
            id={`${id}-filter`}
            value={filter}
            onChange={(e) => {
              setFilter(e.target.value as (typeof FILTERS)[number]);
              setCursors([]);
            }}
          >
            {FILTERS.map((f) => (
              <option key={f} value={f}>
                {t(`audit.filter.${f ? f.slice(0, -1) : 'all'}`, { defaultValue: t(`auditFilters.kind_${f.slice(0, -1)}`) })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-person`}>{t('auditFilters.person')}</label>
          <select id={`${id}-person`} value={actorId} onChange={(e) => setParam('person', e.target.value)}>
            <option value="">{t('auditFilters.everyone')}</option>
            {(members.data ?? []).map((m) => (
              <option key={m.userId} value={m.userId}>
                {m.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-from`}>{t('auditFilters.from')}</label>
          <input id={`${id}-from`} type="date" value={from} onChange={(e) => setParam('from', e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>{t('auditFilters.to')}</label>
          <input id={`${id}-to`} type="date" value={to} onChange={(e) => setParam('to', e.target.value)} />
        </div>
        {postId ? (
          <p className="notice notice-info">
            {t('auditFilters.onePost')} <Link to={`/posts/${postId}`}>{t('audit.viewPost')}</Link>{' '}
            <button type="button" className="button" onClick={() => setParam('post', '')}>
              {t('auditFilters.allPosts')}
            </button>
          </p>
        ) : null}
        {page.error ? <ErrorMessage error={page.error} /> : null}
        {page.loading && !page.data ? <Loading /> : null}
        {page.data && items.length === 0 ? <p className="muted">{t('audit.empty')}</p> : null}
        {items.length > 0 ? (
          <table className="data-table audit-table">
            <caption>{t('audit.caption', { page: pageNumber })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.seq')}</th>
                <th scope="col">{t('audit.when')}</th>
                <th scope="col">{t('audit.what')}</th>
                <th scope="col">{t('audit.who')}</th>
                <th scope="col">{t('audit.details')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((e) => (
                <AuditRow key={e.seq} event={e} zone={org.timeZone} />
              ))}
            </tbody>
          </table>
        ) : null}
        <p className="button-row">
          <a className="button" href={exportHref('csv')} download>
            {t('audit.exportCsv')}
          </a>
          <a className="button" href={exportHref('jsonl')} download>
            {t('auditFilters.exportJsonl')}
          </a>
          <a className="button" href={exportHref('pdf')} download>
            {t('auditFilters.exportPdf')}
          </a>
        </p>
        <nav className="button-row" aria-label={t('audit.paging')}>
          <button type="button" className="button" disabled={cursors.length === 0 || page.loading} onClick={() => setCursors((c) => c.slice(0, -1))}>
            {t('audit.newer')}
          </button>
          <span className="muted" aria-live="polite">
            {t('audit.pageNumber', { page: pageNumber })}
          </span>
          <button
            type="button"
            className="button"
            disabled={!page.data?.nextCursor || page.loading}
            onClick={() => {
              const next = page.data?.nextCursor;
              if (next) setCursors((c) => [...c, next]);
            }}
          >
            {t('audit.older')}
          </button>
        </nav>
      </section>
    </div>
  );
}

function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function ChainStatus({ chain }: { chain: AuditChain }) {
  const { t } = useTranslation();
  if (chain.intact) {
    return (
      <p className="notice notice-info" role="status">
        {t('audit.chainIntact', { count: chain.checked })}
      </p>
    );
  }
  return (
    <div className="notice notice-error" role="alert">
      <p>
        <strong>{t('audit.chainBroken', { seq: chain.brokenAtSeq ?? '?' })}</strong>
      </p>
      <p>{t(`audit.problem.${chain.problem ?? 'hash_mismatch'}`)}</p>
    </div>
  );
}

function AuditRow({ event, zone }: { event: AuditEvent; zone: string }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { postId, ...rest } = event.detail;
  const others = Object.entries(rest);
  return (
    <tr>
      <th scope="row" data-label={t('audit.seq')}>
        {event.seq}
      </th>
      <td data-label={t('audit.when')}>
        <time dateTime={event.at}>{formatInstant(event.at, zone, language)}</time>
      </td>
      <td data-label={t('audit.what')}>
        {/* Actions other parts of Zorgpost add later still show, as their code. */}
        {t(`auditAction.${event.action}`, {
          defaultValue: t(`auditActionMore.${event.action.replace(/\./g, '_')}`, {
            defaultValue: t(`auditActionFlow.${event.action.replace(/\./g, '_')}`, { defaultValue: event.action }),
          }),
        })}
      </td>
      <td data-label={t('audit.who')}>{event.actor ? event.actor.name || t('audit.formerMember') : t('audit.system')}</td>
      <td data-label={t('audit.details')}>
        {typeof postId === 'string' ? <Link to={`/posts/${postId}`}>{t('audit.viewPost')}</Link> : null}
        {others.length > 0 ? (
          <ul className="audit-detail">
            {others.map(([key, value]) => (
              <li key={key}>
                <code>{key}</code>: {typeof value === 'string' ? value : JSON.stringify(value)}
              </li>
            ))}
          </ul>
        ) : null}
      </td>
    </tr>
  );
}
