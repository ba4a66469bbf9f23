import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useSession } from '../hooks/useSession';
import { Loading } from './Loading';

/** Routes behind the login: waits for the session, sends visitors to /login. */
export function RequireAuth() {
  const { t } = useTranslation();
  const { session, loading, membership } = useSession();
  const location = useLocation();
  if (loading) return <Loading />;
  if (!session) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  if (!membership) {
    return (
      <div className="page">
        <p className="notice">{t('app.noMembership')}</p>
      </div>
    );
  }
  return <Outlet />;
}
