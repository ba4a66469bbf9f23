import { useRef } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api';
import { useAnnounce } from '../hooks/useAnnounce';
import { useSession } from '../hooks/useSession';

/** The person's name with log out and log out everywhere. */
export function UserMenu() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const { session, membership, logout } = useSession();
  const detailsRef = useRef<HTMLDetailsElement>(null);
  if (!session) return null;

  const run = async (everywhere: boolean) => {
    detailsRef.current?.removeAttribute('open');
    try {
      await logout(everywhere);
      announce(t(everywhere ? 'header.loggedOutAll' : 'header.loggedOut'));
    } catch (err) {
      announce(errorMessage(err), 'error');
    }
    navigate('/login');
  };

  return (
    <details className="user-menu" ref={detailsRef}>
      {/* The name comes from the visible text (WCAG 2.5.3): the avatar letter is hidden from it. */}
      <summary>
        <span className="avatar" aria-hidden="true">
          {session.user.name.slice(0, 1).toUpperCase()}
        </span>
        <span className="user-name">{session.user.name}</span>
        <span className="visually-hidden">{t('a11y.userMenuSuffix')}</span>
      </summary>
      <div className="menu-panel">
        <p className="muted">{t('header.loggedInAs', { email: session.user.email })}</p>
        {membership ? <p className="muted">{t(`roles.${membership.role}`)}</p> : null}
        <Link to="/account/password" className="button" onClick={() => detailsRef.current?.removeAttribute('open')}>
          {t('account.changePassword')}
        </Link>
        <button type="button" className="button" onClick={() => void run(false)}>
          {t('header.logout')}
        </button>
        <button type="button" className="button" onClick={() => void run(true)} aria-describedby="logout-all-hint">
          {t('header.logoutAll')}
        </button>
        <p id="logout-all-hint" className="hint">
          {t('header.logoutAllHint')}
        </p>
      </div>
    </details>
  );
}
