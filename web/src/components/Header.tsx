import { useEffect, useId, useState } from 'react';
import { Link, NavLink, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { can } from '../lib/permissions';
import { useCrisis } from '../hooks/useCrisis';
import { useWaitingCount } from '../hooks/useHomeCounts';
import { useInboxUnread } from '../hooks/useInboxUnread';
import { useSession } from '../hooks/useSession';
import { LanguageSwitch } from './LanguageSwitch';
import { NotificationBell } from './NotificationBell';
import { OrgSwitcher } from './OrgSwitcher';
import { UserMenu } from './UserMenu';

/**
 * The site header. On a phone (≤ 700 px) it is one small row — brand, "new post" and a Menu
 * button (aria-expanded) that opens the navigation and the tools; on wider screens everything shows.
 */
export function Header() {
  const { t } = useTranslation();
  const menuId = useId();
  const { session, membership } = useSession();
  const role = membership?.role;
  const { pathname } = useLocation();
  const crisisActive = useCrisis().active;
  const [open, setOpen] = useState(false);
  const waiting = useWaitingCount(session && membership ? membership.organisation.id : null);
  const unread = useInboxUnread(session && membership ? membership.organisation.id : null);
  // The calendar and the composer have their own "new post" entry; avoid two links with one name.
  const showNew = role && can(role, 'post.write') && !pathname.startsWith('/calendar') && pathname !== '/posts/new';

  // A chosen page closes the menu.
  useEffect(() => setOpen(false), [pathname]);

  const newPost = (className: string) =>
    showNew ? (
      <NavLink to="/posts/new" className={`button button-primary ${className}`}>
        {t('nav.newPost')}
      </NavLink>
    ) : null;

  return (
    <header className={`site-header${open ? ' menu-open' : ''}`}>
      <div className="header-bar">
        <Link to={session ? '/' : '/login'} className="brand">
          <span className="brand-mark" aria-hidden="true">
            +
          </span>
          <span className="brand-name">{t('app.name')}</span>
        </Link>
        {session && membership ? (
          <div className="phone-bar">
            {newPost('phone-only')}
            <button type="button" className="button menu-toggle" aria-expanded={open} aria-controls={menuId} onClick={() => setOpen((o) => !o)}>
              {t('menu.toggle')}
              {waiting ? (
                <>
                  {' '}
                  <span className="count-badge is-waiting" aria-hidden="true">
                    {waiting}
                  </span>
                  <span className="visually-hidden">, {t('menu.waiting', { count: waiting })}</span>
                </>
              ) : null}
            </button>
          </div>
        ) : null}
        <div className={`header-tools${session && membership ? ' collapsible' : ''}`}>
          {session && session.memberships.length > 1 ? <OrgSwitcher /> : null}
          {session && membership && session.memberships.length === 1 ? <span className="org-name">{membership.organisation.name}</span> : null}
          <LanguageSwitch />
          {session && membership ? <NotificationBell /> : null}
          {session ? <UserMenu /> : null}
        </div>
      </div>
      {session && membership ? (
        <nav className="main-nav collapsible" id={menuId} aria-label={t('nav.label')}>
          <ul>
            <li>
              <NavLink to="/" end>
                {t('home.nav')}
                {waiting ? (
                  <>
                    {' '}
                    <span className="count-badge is-waiting" data-testid="nav-waiting" aria-hidden="true">
                      {waiting}
                    </span>
                    <span className="visually-hidden">, {t('home.navWaiting', { count: waiting })}</span>
                  </>
                ) : null}
              </NavLink>
            </li>
            <li>
              <NavLink to="/inbox">
                {t('inbox.nav')}
                {unread ? (
                  <>
                    {' '}
                    <span className="count-badge" data-testid="nav-inbox-unread" aria-hidden="true">
                      {unread >= 1000 ? '999+' : unread}
                    </span>
                    <span className="visually-hidden">, {t('inbox.navUnread', { count: unread })}</span>
                  </>
                ) : null}
              </NavLink>
            </li>
            <li>
              <NavLink to="/calendar">{t('nav.calendar')}</NavLink>
            </li>
            <li>
              <NavLink to="/campaigns">{t('campaigns.nav')}</NavLink>
            </li>
            <li>
              <NavLink to="/reading">{t('reading.nav')}</NavLink>
            </li>
            <li>
              <NavLink to="/figures">{t('metrics.nav')}</NavLink>
            </li>
            <li>
              <NavLink to="/listening">{t('listening.nav')}</NavLink>
            </li>
            <li>
              <NavLink to="/people">{t('nav.people')}</NavLink>
            </li>
            <li>
              <NavLink to="/channels">{t('nav.channels')}</NavLink>
            </li>
            <li>
              <NavLink to="/queues">{t('nav.queues')}</NavLink>
            </li>
            <li>
              <NavLink to="/settings/privacy">{t('nav.privacy')}</NavLink>
            </li>
            {role && can(role, 'consent.read') ? (
              <li>
                <NavLink to="/consent">{t('consent.nav')}</NavLink>
              </li>
            ) : null}
            {role && can(role, 'crisis.switch') ? (
              <li>
                <NavLink to="/crisis" className={crisisActive ? 'nav-crisis is-on' : 'nav-crisis'}>
                  {t('nav.crisis')}
                  {crisisActive ? <span className="nav-crisis-state"> ({t('crisis.on')})</span> : null}
                </NavLink>
              </li>
            ) : null}
            {role && can(role, 'audit.read') ? (
              <li>
                <NavLink to="/audit">{t('audit.nav')}</NavLink>
              </li>
            ) : null}
            {showNew ? <li className="nav-new">{newPost('wide-only')}</li> : null}
          </ul>
        </nav>
      ) : null}
    </header>
  );
}
