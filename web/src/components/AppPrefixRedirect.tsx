import { Navigate, useLocation } from 'react-router-dom';

/** /app/… addresses lead to the same screen at the root (/app/calendar → /calendar). */
export function AppPrefixRedirect() {
  const { pathname, search } = useLocation();
  const rest = pathname.replace(/^\/app/, '');
  return <Navigate to={`${rest && rest !== '/' ? rest : '/calendar'}${search}`} replace />;
}
