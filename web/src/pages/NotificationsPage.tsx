import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, orgPath } from '../api';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { announceUnread } from '../components/NotificationBell';
import { useAnnounce } from '../hooks/useAnnounce';
import { useApiData } from '../hooks/useApiData';
import { useLanguage } from '../hooks/useLanguage';
import { useOrg } from '../hooks/useSession';
import { formatInstant } from '../lib/time';
import { NOTIFICATION_KINDS, type Notification, type NotificationPage, type NotificationSettings } from '../types';
import { CalendarFeedSettings } from '../components/CalendarFeedSettings';

/** Your notifications (newest first, paged) and your notification settings. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const { org } = useOrg();
  const [language] = useLanguage();
  const announce = useAnnounce();
  const id = useId();
  const first = useApiData<NotificationPage>(orgPath(org.id, '/notifications?limit=30'));
  const [more, setMore] = useState<Notification[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    setMore([]);
    setCursor(first.data?.nextCursor ?? null);
  }, [first.data]);
  const items = [...(first.data?.items ?? []), ...more];

  const loadMore = async () => {
    if (!cursor) return;
    try {
      const page = await api.get<NotificationPage>(orgPath(org.id, `/notifications?limit=30&cursor=${cursor}`));
      setMore((m) => [...m, ...page.items]);
      setCursor(page.nextCursor);
    } catch (err) {
      setError(err);
    }
  };
  const markRead = async (ids?: string[]) => {
    try {
      const { unread } = await api.post<{ unread: number }>(orgPath(org.id, '/notifications/read'), ids ? { ids } : {});
      const now = new Date().toISOString();
      const mark = (n: Notification) => (!ids || ids.includes(n.id) ? { ...n, readAt: n.readAt ?? now } : n);
      first.setData((d) => (d ? { ...d, items: d.items.map(mark), unread } : d));
      setMore((m) => m.map(mark));
      announceUnread(unread);
      announce(t('notifications.markedRead'));
    } catch (err) {
      setError(err);
    }
  };

  return (
    <div className="page notifications-page">
      <h1>{t('notifications.title')}</h1>
      <section className="card" aria-labelledby={`${id}-list`}>
        <h2 id={`${id}-list`}>{t('notifications.listTitle', { count: first.data?.unread ?? 0 })}</h2>
        {first.error ? <ErrorMessage error={first.error} /> : null}
        {error ? <ErrorMessage error={error} /> : null}
        {first.loading && !first.data ? <Loading /> : null}
        {first.data && items.length === 0 ? <p className="muted">{t('notifications.empty')}</p> : null}
        {(first.data?.unread ?? 0) > 0 ? (
          <button type="button" className="button" onClick={() => void markRead()}>
            {t('notifications.markAllRead')}
          </button>
        ) : null}
        {items.length > 0 ? (
          <ul className="notification-list">
            {items.map((n) => (
              <li key={n.id} className={n.readAt ? 'notification is-read' : 'notification is-unread'}>
                <p>
                  {n.readAt ? null : <span className="badge">{t('notifications.new')}</span>} {n.link ? <Link to={n.link}>{n.title}</Link> : n.title}
                </p>
                {n.detail ? <p className="notification-detail">{n.detail}</p> : null}
                <p className="muted">
                  <time dateTime={n.createdAt}>{formatInstant(n.createdAt, org.timeZone, language)}</time>
                </p>
                {n.readAt ? null : (
                  <button type="button" className="button button-small" onClick={() => void markRead([n.id])}>
                    {t('notifications.markRead')}
                    <span className="visually-hidden">: {n.title}</span>
                  </button>
                )}
              </li>
            ))}
          </ul>
        ) : null}
        {cursor ? (
          <button type="button" className="button" onClick={() => void loadMore()}>
            {t('notifications.more')}
          </button>
        ) : null}
      </section>
      <NotificationSettingsForm />
      <CalendarFeedSettings />
    </div>
  );
}

function NotificationSettingsForm() {
  const { t } = useTranslation();
  const { org } = useOrg();
  const announce = useAnnounce();
  const id = useId();
  const settings = useApiData<NotificationSettings>(orgPath(org.id, '/notification-settings'));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const s = settings.data;
  const save = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const saved = await api.put<NotificationSettings>(orgPath(org.id, '/notification-settings'), {
        mutedKinds: NOTIFICATION_KINDS.filter((k) => !form.get(`kind-${k}`)),
        email: form.get('email') === 'on',
        digest: form.get('digest') === 'on',
      });
      settings.setData(saved);
      announce(t('notifications.saved'));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card" aria-labelledby={`${id}-settings`} id="settings">
      <h2 id={`${id}-settings`}>{t('notifications.settingsTitle')}</h2>
      {settings.error ? <ErrorMessage error={settings.error} /> : null}
      {settings.loading && !s ? <Loading /> : null}
      {s ? (
        <form onSubmit={(e) => void save(e)} key={JSON.stringify(s)}>
          {s.mailAvailable ? null : <p className="notice notice-info">{t('notifications.noMail')}</p>}
          <fieldset>
            <legend>{t('notifications.kindsLegend')}</legend>
            <p className="hint">{t('inboxDuty.alwaysNotified')}</p>
            {NOTIFICATION_KINDS.map((k) => (
              <div className="checkbox" key={k}>
                <input type="checkbox" id={`${id}-${k}`} name={`kind-${k}`} defaultChecked={!s.mutedKinds.includes(k)} />
                <label htmlFor={`${id}-${k}`}>{t(`notifications.kind.${k}`)}</label>
              </div>
            ))}
          </fieldset>
          <fieldset disabled={!s.mailAvailable}>
            <legend>{t('notifications.mailLegend')}</legend>
            <div className="checkbox">
              <input type="checkbox" id={`${id}-email`} name="email" defaultChecked={s.email} />
              <label htmlFor={`${id}-email`}>{t('notifications.email')}</label>
            </div>
            <div className="checkbox">
              <input type="checkbox" id={`${id}-digest`} name="digest" defaultChecked={s.digest} />
              <label htmlFor={`${id}-digest`}>{t('notifications.digest')}</label>
            </div>
          </fieldset>
          {error ? <ErrorMessage error={error} /> : null}
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('notifications.save')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
