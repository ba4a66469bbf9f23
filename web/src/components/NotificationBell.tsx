import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router-dom';
import { api, orgPath } from '../api';
import { useOrg } from '../hooks/useSession';

const POLL_MS = 60_000;

/** The bell in the header: a link to the notifications with the unread count, refreshed each minute and on every page change. */
export function NotificationBell() {
  const { t } = useTranslation();
  const { org } = useOrg();
  const { pathname } = useLocation();
  const [unread, setUnread] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    const load = () =>
      api
        .get<{ unread: number }>(orgPath(org.id, '/notifications/unread'), controller.signal)
        .then((r) => setUnread(r.unread))
        .catch(() => {});
    void load();
    const timer = setInterval(load, POLL_MS);
    const onRead = (e: Event) => setUnread((e as CustomEvent<number>).detail);
    window.addEventListener('zorgpost:unread', onRead);
    return () => {
      controller.abort();
      clearInterval(timer);
      window.removeEventListener('zorgpost:unread', onRead);
    };
  }, [org.id, pathname]);
  return (
    <NavLink to="/notifications" className="notification-bell" aria-label={t('notifications.bell', { count: unread })}>
      <span aria-hidden="true">🔔</span>
      {unread > 0 ? (
        <span className="bell-count" aria-hidden="true">
          {unread > 99 ? '99+' : unread}
        </span>
      ) : null}
    </NavLink>
  );
}

/** Tells the bell the new unread count (after marking read on the notifications page). */
export function announceUnread(count: number): void {
  window.dispatchEvent(new CustomEvent('zorgpost:unread', { detail: count }));
}
