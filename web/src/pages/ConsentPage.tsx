import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { api, orgPath } from '../api';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { useApiData } from '../hooks/useApiData';
import { useOrg } from '../hooks/useSession';
import { can } from '../lib/permissions';
import { type ExpiringList, PERSON_KINDS, type PeoplePage, type PersonSummary } from '../types';

const PAGE_SIZE = 50;

/** The consent register: people (searchable, paged by name), adding a person, consents that end soon. */
export function ConsentPage() {
  const { t } = useTranslation();
  const { org, role } = useOrg();
  const id = useId();
  const [q, setQ] = useState('');
  const [search, setSearch] = useState('');
  const [cursors, setCursors] = useState<string[]>([]);
  const allowed = can(role, 'consent.read');
  const query = new URLSearchParams({ limit: String(PAGE_SIZE) });
  if (search) query.set('q', search);
  const cursor = cursors.at(-1);
  if (cursor) query.set('cursor', cursor);
  const page = useApiData<PeoplePage>(allowed ? orgPath(org.id, `/consent/people?${query}`) : null);
  const expiring = useApiData<ExpiringList>(allowed ? orgPath(org.id, '/consent/expiring?days=30') : null);
  if (!allowed) {
    return (
      <div className="page consent-page">
        <h1>{t('consent.title')}</h1>
        <p className="notice notice-info">{t('consent.notAllowed')}</p>
      </div>
    );
  }
  const items = page.data?.items ?? [];
  return (
    <div className="page consent-page">
      <h1>{t('consent.title')}</h1>
      <p className="muted">{t('consent.intro')}</p>

      <section className="card" aria-labelledby={`${id}-expiring`}>
        <h2 id={`${id}-expiring`}>{t('consent.expiringTitle')}</h2>
        {expiring.error ? <ErrorMessage error={expiring.error} /> : null}
        {expiring.data && expiring.data.items.length === 0 ? <p className="muted">{t('consent.expiringNone')}</p> : null}
        {expiring.data?.items.length ? (
          <ul>
            {expiring.data.items.map(({ consent, person }) => (
              <li key={consent.id}>
                <Link to={`/consent/${person.id}`}>{person.name}</Link>:{' '}
                {t('consent.endsOn', { date: consent.validUntil, channel: consent.channel?.name ?? t('consent.allChannels') })}
              </li>
            ))}
          </ul>
        ) : null}
        {expiring.data?.more ? <p className="muted">{t('consent.expiringMore')}</p> : null}
      </section>

      <section className="card" aria-labelledby={`${id}-people`}>
        <h2 id={`${id}-people`}>{t('consent.peopleTitle')}</h2>
        <form
          role="search"
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            setSearch(q.trim());
            setCursors([]);
          }}
        >
          <label htmlFor={`${id}-q`}>{t('consent.search')}</label>
          <input id={`${id}-q`} type="search" value={q} onChange={(e) => setQ(e.target.value)} />
          <button type="submit" className="button">
            {t('consent.searchButton')}
          </button>
        </form>
        {page.error ? <ErrorMessage error={page.error} /> : null}
        {page.loading && !page.data ? <Loading /> : null}
        {page.data && items.length === 0 ? <p className="muted">{t('consent.noPeople')}</p> : null}
        {items.length > 0 ? (
          <table className="data-table">
            <caption className="visually-hidden">{t('consent.peopleTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('consent.name')}</th>
                <th scope="col">{t('consent.kindLabel')}</th>
                <th scope="col">{t('consent.validCount')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((p) => (
                <tr key={p.id}>
                  <th scope="row" data-label={t('consent.name')}>
                    <Link to={`/consent/${p.id}`}>{p.name}</Link>
                  </th>
                  <td data-label={t('consent.kindLabel')}>{t(`consent.kind.${p.kind}`)}</td>
                  <td data-label={t('consent.validCount')}>{p.validConsents}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        <nav className="button-row" aria-label={t('consent.paging')}>
          <button type="button" className="button" disabled={cursors.length === 0} onClick={() => setCursors((c) => c.slice(0, -1))}>
            {t('consent.previous')}
          </button>
          <button
            type="button"
            className="button"
            disabled={!page.data?.nextCursor}
            onClick={() => {
              const next = page.data?.nextCursor;
              if (next) setCursors((c) => [...c, next]);
            }}
          >
            {t('consent.next')}
          </button>
        </nav>
      </section>
      {can(role, 'consent.manage') ? <AddPersonForm /> : null}
    </div>
  );
}

function AddPersonForm() {
  const { t } = useTranslation();
  const { org } = useOrg();
  const navigate = useNavigate();
  const id = useId();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const person = await api.post<PersonSummary>(orgPath(org.id, '/consent/people'), {
        name: String(form.get('name') ?? ''),
        kind: String(form.get('kind') ?? ''),
      });
      navigate(`/consent/${person.id}`);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  return (
    <section className="card" aria-labelledby={`${id}-add`}>
      <h2 id={`${id}-add`}>{t('consent.addTitle')}</h2>
      <form onSubmit={(e) => void submit(e)}>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('consent.name')}</label>
          <input id={`${id}-name`} name="name" required maxLength={200} autoComplete="off" />
        </div>
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('consent.kindLabel')}</label>
          <select id={`${id}-kind`} name="kind" defaultValue="resident">
            {PERSON_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`consent.kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        {error ? <ErrorMessage error={error} /> : null}
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('consent.add')}
        </button>
      </form>
    </section>
  );
}
