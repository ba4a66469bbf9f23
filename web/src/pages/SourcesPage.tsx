import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, orgPath } from '../api';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { SourceForm } from '../components/SourceForm';
import { SourceRow } from '../components/SourceRow';
import { useAnnounce } from '../hooks/useAnnounce';
import { useApiData } from '../hooks/useApiData';
import { useOrg } from '../hooks/useSession';
import { can } from '../lib/permissions';
import type { Source, SourceList } from '../types';

/**
 * The organisation's trusted sources: the one list the privacy check trusts links to, and the
 * feeds whose news lands on the reading list. Admins edit it; everyone sees it and its feeds' state.
 */
export function SourcesPage() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { org, role } = useOrg();
  const manage = can(role, 'org.manage');
  const list = useApiData<SourceList>(orgPath(org.id, '/sources'));
  const [formKey, setFormKey] = useState(0);
  const items = list.data?.items ?? [];
  const sorted = (all: Source[]) => [...all].sort((a, b) => a.name.localeCompare(b.name, 'nl', { sensitivity: 'base' }));
  const replace = (s: Source) => list.setData((d) => (d ? { ...d, items: sorted(d.items.map((x) => (x.id === s.id ? s : x))) } : d));
  const remove = (id: string) => list.setData((d) => (d ? { ...d, items: d.items.filter((x) => x.id !== id) } : d));

  return (
    <div className="page sources-page">
      <h1>{t('sources.title')}</h1>
      <p className="muted">{t('sources.intro', { org: org.name })}</p>
      <p>
        <Link to="/reading">{t('sources.toReading')}</Link>
      </p>
      {!manage ? <p className="notice notice-info">{t('sources.onlyAdmin')}</p> : null}
      {list.error ? <ErrorMessage error={list.error} /> : null}
      {list.loading && !list.data ? <Loading /> : null}

      {list.data ? (
        <section className="card" aria-labelledby="sources-list-h">
          <h2 id="sources-list-h">{t('sources.listTitle', { count: items.length })}</h2>
          {items.length === 0 ? <p className="empty-state">{t('sources.empty')}</p> : null}
          <ul className="source-list">
            {items.map((s) => (
              <SourceRow key={s.id} source={s} manage={manage} onChanged={replace} onRemoved={remove} />
            ))}
          </ul>
          <details className="built-in-domains">
            <summary>{t('sources.builtInTitle', { count: list.data.builtIn.length })}</summary>
            <p className="hint">{t('sources.builtInIntro')}</p>
            <p className="small break-anywhere">{list.data.builtIn.join(', ')}</p>
          </details>
        </section>
      ) : null}

      {manage && list.data ? (
        <section className="card" aria-labelledby="sources-add-h">
          <h2 id="sources-add-h">{t('sources.addTitle')}</h2>
          <SourceForm
            key={formKey}
            initial={{ name: '', domain: '', feedUrl: '' }}
            submitLabel={t('sources.add')}
            onSubmit={async (fields) => {
              const made = await api.post<Source>(orgPath(org.id, '/sources'), fields);
              list.setData((d) => (d ? { ...d, items: sorted([...d.items, made]) } : d));
              setFormKey((k) => k + 1);
              announce(t('sources.added', { name: made.name }));
            }}
          />
        </section>
      ) : null}
    </div>
  );
}
