import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api, orgPath } from '../api';
import { useAnnounce } from '../hooks/useAnnounce';
import { useApiData } from '../hooks/useApiData';
import type { Post, Queue } from '../types';
import { ErrorMessage } from './ErrorMessage';
import { Loading } from './Loading';

/** Puts an approved post in an evergreen queue, chosen from the organisation's queues. */
export function AddToQueue({ post, orgId }: { post: Post; orgId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const announce = useAnnounce();
  const queues = useApiData<Queue[]>(orgPath(orgId, '/queues'));
  const [chosen, setChosen] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [added, setAdded] = useState<string | null>(null);

  const list = queues.data ?? [];
  const containing = list.filter((q) => q.items.some((i) => i.postId === post.id));
  const queueId = chosen || list[0]?.id || '';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!queueId) return;
    setBusy(true);
    setError(null);
    setAdded(null);
    try {
      const updated = await api.post<Queue>(orgPath(orgId, `/queues/${queueId}/items`), { postId: post.id });
      queues.setData((all) => (all ?? []).map((q) => (q.id === updated.id ? updated : q)));
      setAdded(updated.name);
      announce(t('queues.added', { name: updated.name }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('queues.addTitle')}</h2>
      <p className="muted">{t('queues.addIntro')}</p>
      {queues.error ? <ErrorMessage error={queues.error} /> : null}
      {queues.loading && !queues.data ? <Loading /> : null}
      {queues.data && list.length === 0 ? (
        <p>
          {t('queues.empty')} <Link to="/queues">{t('queues.manage')}</Link>
        </p>
      ) : null}
      {containing.length > 0 ? <p className="hint">{t('queues.alreadyIn', { names: containing.map((q) => q.name).join(', ') })}</p> : null}
      {list.length > 0 ? (
        <form className="field-row" onSubmit={submit} noValidate>
          <div className="field">
            <label htmlFor={`${id}-queue`}>{t('queues.choose')}</label>
            <select id={`${id}-queue`} value={queueId} onChange={(e) => setChosen(e.target.value)}>
              {list.map((q) => (
                <option key={q.id} value={q.id}>
                  {q.name}
                  {q.active ? '' : ` (${t('queues.inactive')})`}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <button type="submit" className="button" disabled={busy}>
              {t('queues.add')}
            </button>
          </div>
        </form>
      ) : null}
      <ErrorMessage error={error} />
      {added ? (
        <p className="notice" role="status">
          {t('queues.added', { name: added })} <Link to="/queues">{t('queues.manage')}</Link>
        </p>
      ) : null}
    </section>
  );
}
