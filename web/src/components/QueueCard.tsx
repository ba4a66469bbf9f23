import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api, errorMessage, orgPath } from '../api';
import { useAnnounce } from '../hooks/useAnnounce';
import { useLanguage } from '../hooks/useLanguage';
import { slotsText } from '../lib/queue';
import { shortText } from '../lib/text';
import { formatInstant, formatLocal } from '../lib/time';
import type { Queue } from '../types';
import { QueueForm, type QueueInput } from './QueueForm';

/** One evergreen queue: its weekly slots, its posts and the copies planned in the coming weeks. */
export function QueueCard({
  queue,
  orgId,
  zone,
  manage,
  onChanged,
}: {
  queue: Queue;
  orgId: string;
  zone: string;
  manage: boolean;
  onChanged: (q: Queue) => void;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const id = useId();
  const announce = useAnnounce();
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);

  // Back on the "Edit" button once the form closes, so keyboard users keep their place.
  useEffect(() => {
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  const save = async (input: QueueInput) => {
    const updated = await api.put<Queue>(orgPath(orgId, `/queues/${queue.id}`), input);
    onChanged(updated);
    setEditing(false);
    announce(t('queues.saved', { name: updated.name }));
  };

  const remove = async (postId: string) => {
    setBusy(postId);
    try {
      const updated = await api.delete<Queue>(orgPath(orgId, `/queues/${queue.id}/items/${postId}`));
      onChanged(updated);
      announce(t('queues.removed', { name: updated.name }));
    } catch (err) {
      announce(errorMessage(err), 'error');
    } finally {
      setBusy(null);
    }
  };

  return (
    <li className="card queue-card" data-testid="queue-item">
      <div className="channel-head">
        <h2 id={`${id}-h`}>{queue.name}</h2>
        <span className={`badge ${queue.active ? 'badge-active' : 'badge-inactive'}`}>{queue.active ? t('queues.active') : t('queues.inactive')}</span>
      </div>
      <p>
        <span className="label-inline">{t('queues.slots')}:</span>{' '}
        {queue.slots.length > 0 ? slotsText(t, queue.slots) : <span className="muted">{t('queues.noSlots')}</span>}
      </p>

      {manage ? (
        editing ? (
          <section className="card-inner" aria-label={t('queues.editTitle', { name: queue.name })}>
            <QueueForm
              initial={{ name: queue.name, slots: queue.slots, active: queue.active }}
              zone={zone}
              submitLabel={t('queues.save')}
              onSubmit={save}
              onCancel={() => setEditing(false)}
              autoFocus
            />
          </section>
        ) : (
          <p>
            <button ref={editButton} type="button" className="button" onClick={() => setEditing(true)}>
              {t('queues.edit')}
              <span className="visually-hidden"> {queue.name}</span>
            </button>
          </p>
        )
      ) : null}

      <h3>{t('queues.posts')}</h3>
      {queue.items.length === 0 ? (
        <p className="muted">{t('queues.noPosts')}</p>
      ) : (
        <ul className="queue-posts">
          {queue.items.map((item) => (
            <li key={item.postId}>
              <Link to={`/posts/${item.postId}`}>{shortText(item.baseText, 100)}</Link>
              <span className="muted small">
                {' · '}
                {item.lastUsedAt ? t('queues.lastUsed', { time: formatInstant(item.lastUsedAt, zone, language) }) : t('queues.neverUsed')}
              </span>
              {manage ? (
                <>
                  {' '}
                  <button type="button" className="link-button" disabled={busy === item.postId} onClick={() => void remove(item.postId)}>
                    {t('queues.removePost')}
                    <span className="visually-hidden">: {shortText(item.baseText, 40)}</span>
                  </button>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}

      <h3>{t('queues.upcoming')}</h3>
      {queue.upcoming.length === 0 ? (
        <p className="muted">{t('queues.noUpcoming')}</p>
      ) : (
        <ul className="queue-upcoming" data-testid="queue-upcoming">
          {queue.upcoming.map((u) => (
            <li key={u.postId}>
              <Link to={`/posts/${u.postId}`}>
                <time dateTime={u.scheduledLocal}>{formatLocal(u.scheduledLocal, zone, language)}</time>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
