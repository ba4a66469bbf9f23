import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, orgPath } from '../api';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { QueueCard } from '../components/QueueCard';
import { QueueForm, type QueueInput } from '../components/QueueForm';
import { useAnnounce } from '../hooks/useAnnounce';
import { useApiData } from '../hooks/useApiData';
import { useOrg } from '../hooks/useSession';
import { can } from '../lib/permissions';
import type { Queue } from '../types';

/** Evergreen queues: timeless posts that come back in fixed weekly slots. Editors and admins change them. */
export function QueuesPage() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { org, role } = useOrg();
  const manage = can(role, 'post.schedule');
  const queues = useApiData<Queue[]>(orgPath(org.id, '/queues'));
  const [formKey, setFormKey] = useState(0);
  const list = queues.data ?? [];

  const replace = (updated: Queue) => queues.setData((all) => (all ?? []).map((q) => (q.id === updated.id ? updated : q)));

  const create = async (input: QueueInput) => {
    const created = await api.post<Queue>(orgPath(org.id, '/queues'), input);
    queues.setData((all) => [...(all ?? []), created].sort((a, b) => a.name.localeCompare(b.name)));
    setFormKey((k) => k + 1);
    announce(t('queues.created', { name: created.name }));
  };

  return (
    <div className="page queues-page">
      <h1>{t('queues.title')}</h1>
      <p className="muted">{t('queues.intro')}</p>

      {queues.error ? <ErrorMessage error={queues.error} /> : null}
      {queues.loading && !queues.data ? <Loading /> : null}
      {queues.data && list.length === 0 ? <p className="empty-state">{t('queues.empty')}</p> : null}
      {list.length > 0 ? (
        <ul className="queue-list">
          {list.map((q) => (
            <QueueCard key={q.id} queue={q} orgId={org.id} zone={org.timeZone} manage={manage} onChanged={replace} />
          ))}
        </ul>
      ) : null}

      {manage ? (
        <section className="card" aria-labelledby="new-queue-h">
          <h2 id="new-queue-h">{t('queues.create')}</h2>
          <QueueForm
            key={formKey}
            initial={{ name: '', slots: [], active: true }}
            zone={org.timeZone}
            submitLabel={t('queues.createSubmit')}
            onSubmit={create}
          />
        </section>
      ) : (
        <p className="hint">{t('queues.onlyEditors')}</p>
      )}
    </div>
  );
}
