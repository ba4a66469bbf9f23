import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { request, setCsrfToken, setUnauthorizedHandler } from '../api';
import { SessionContext, type SessionValue } from '../hooks/useSession';
import type { Session } from '../types';

const ORG_KEY = 'zorgpost.organisation';

function readStoredOrg(): string | null {
  try {
    return localStorage.getItem(ORG_KEY);
  } catch {
    return null;
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(null);
  const [loading, setLoading] = useState(true);
  const [expired, setExpired] = useState(false);
  const [orgId, setOrgId] = useState<string | null>(readStoredOrg);

  const apply = useCallback((next: Session | null) => {
    setCsrfToken(next?.csrfToken ?? null);
    setSession(next);
  }, []);

  const refresh = useCallback(async () => {
    try {
      apply(await request<Session>('GET', '/api/auth/session', undefined, { quiet401: true }));
    } catch {
      apply(null);
    }
  }, [apply]);

  useEffect(() => {
    void refresh().finally(() => setLoading(false));
  }, [refresh]);

  useEffect(() => {
    setUnauthorizedHandler(() => {
      setSession((current) => {
        if (current) setExpired(true);
        return null;
      });
      setCsrfToken(null);
    });
    return () => setUnauthorizedHandler(null);
  }, []);

  const login = useCallback(
    async (email: string, password: string) => {
      const answer = await request<Session>('POST', '/api/auth/login', { email, password }, { quiet401: true });
      setExpired(false);
      apply(answer);
    },
    [apply],
  );

  const logout = useCallback(
    async (everywhere = false) => {
      try {
        await request<void>('POST', everywhere ? '/api/auth/logout-all' : '/api/auth/logout', {}, { quiet401: true });
      } finally {
        setExpired(false);
        apply(null);
      }
    },
    [apply],
  );

  const selectOrganisation = useCallback((id: string) => {
    setOrgId(id);
    try {
      localStorage.setItem(ORG_KEY, id);
    } catch {
      // Not stored; the choice lasts for this page.
    }
  }, []);

  const membership = useMemo(() => {
    if (!session) return null;
    return session.memberships.find((m) => m.organisation.id === orgId) ?? session.memberships[0] ?? null;
  }, [session, orgId]);

  const value = useMemo<SessionValue>(
    () => ({ session, loading, expired, membership, login, logout, selectOrganisation, refresh }),
    [session, loading, expired, membership, login, logout, selectOrganisation, refresh],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
