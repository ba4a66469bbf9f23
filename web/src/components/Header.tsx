import { Link, NavLink, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { can } from '../lib/permissions';
import { useCrisis } from '../hooks/useCrisis';
import { useSession } from '../hooks/useSession';
import { LanguageSwitch } from './LanguageSwitch';
import { NotificationBell } from './NotificationBell';
import { OrgSwitcher } from './OrgSwitcher';
import { UserMenu } from './UserMenu';

export function Header() {
  const { t } = useTranslation();
  const { session, membership } = useSession();
  const role = membership?.role;
  const { pathname } = useLocation();
  const crisisActive = useCrisis().active;
  // The calendar and the composer have their own "new post" entry; avoid two links with one name.
  const showNew = role && can(role, 'post.write') && !pathname.startsWith('/calendar') && pathname !== '/posts/new';
  return (
    <header className="site-header">
      <div className="header-bar">
        <Link to={session ? '/calendar' : '/login'} className="brand">
          <span className="brand-mark" aria-hidden="true">
            +
          </span>
          {t('app.name')}
        </Link>
        <div className="header-tools">
          {session && session.memberships.length > 1 ? <OrgSwitcher /> : null}
          {session && membership && session.memberships.length === 1 ? <span className="org-name">{membership.organisation.name}</span> : null}
          <LanguageSwitch />
          {session && membership ? <NotificationBell /> : null}
          {session ? <UserMenu /> : null}
        </div>
      </div>
      {session && membership ? (
        <nav className="main-nav" aria-label={t('nav.label')}>
          <ul>
            <li>
              <NavLink to="/calendar">{t('nav.calendar')}</NavLink>
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
            {showNew ? (
              <li className="nav-new">
                <NavLink to="/posts/new" className="button button-primary">
                  {t('nav.newPost')}
                </NavLink>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
    </header>
  );
}
