import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { api, orgPath } from '../api';
import { CrisisContext, type CrisisValue } from '../hooks/useCrisis';
import { useSession } from '../hooks/useSession';
import type { CrisisState, Organisation } from '../types';

const POLL_MS = 30_000;

interface State {
  orgId: string | null;
  since: string | null;
  by: string | null;
}

/**
 * Keeps the organisation's crisis mode current for every page: from the session at first, then
 * GET /api/orgs/{orgId} every 30 seconds (and when the tab becomes visible again). Who switched
 * it on comes from GET /crisis, asked only when the switch-on moment changes.
 */
export function CrisisProvider({ children }: { children: ReactNode }) {
  const { membership } = useSession();
  const orgId = membership?.organisation.id ?? null;
  const initialSince = membership?.organisation.pausedAt ?? null;
  const [state, setState] = useState<State>({ orgId, since: initialSince, by: null });
  const byFor = useRef<string | null>(null); // the `since` whose name we asked for

  // Another organisation (or logging out): start again from the session's answer.
  if (state.orgId !== orgId) {
    byFor.current = null;
    setState({ orgId, since: initialSince, by: null });
  }

  const apply = useCallback(
    (crisis: CrisisState) => {
      byFor.current = crisis.since;
      setState({ orgId, since: crisis.active ? crisis.since : null, by: crisis.active ? crisis.by : null });
    },
    [orgId],
  );

  const loadName = useCallback(async (id: string, since: string) => {
    if (byFor.current === since) return;
    byFor.current = since;
    try {
      const crisis = await api.get<CrisisState>(orgPath(id, '/crisis'));
      setState((s) => (s.orgId === id && s.since === since ? { ...s, by: crisis.by } : s));
    } catch {
      byFor.current = null; // the banner shows without the name; try again next time
    }
  }, []);

  const refresh = useCallback(async () => {
    if (!orgId) return;
    try {
      const org = await api.get<Organisation>(orgPath(orgId));
      setState((s) => (s.orgId !== orgId ? s : s.since === org.pausedAt ? s : { orgId, since: org.pausedAt, by: null }));
    } catch {
      // Keep what we know; the next poll tries again.
    }
  }, [orgId]);

  useEffect(() => {
    if (orgId && state.since && state.orgId === orgId && !state.by) void loadName(orgId, state.since);
  }, [orgId, state, loadName]);

  useEffect(() => {
    if (!orgId) return;
    const timer = window.setInterval(() => {
      if (document.visibilityState !== 'hidden') void refresh();
    }, POLL_MS);
    const onVisible = () => {
      if (document.visibilityState === 'visible') void refresh();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [orgId, refresh]);

  const value = useMemo<CrisisValue>(
    () => ({ active: Boolean(state.since), since: state.since, by: state.by, refresh, apply }),
    [state.since, state.by, refresh, apply],
  );
  return <CrisisContext.Provider value={value}>{children}</CrisisContext.Provider>;
}
