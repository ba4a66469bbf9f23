import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { orgPath } from '../api';
import { currentLanguage } from '../i18n';
import { LiveContext } from '../hooks/useLive';
import { useCrisis } from '../hooks/useCrisis';
import { useSession } from '../hooks/useSession';

const DEFAULT_POLL_MS = 4000;

/**
 * Follows the organisation's changes without reload: asks GET /changes with the last version as
 * If-None-Match (an unchanged answer is an empty 304) every few seconds, only while the tab is
 * visible, and at once when it becomes visible again. Pages that show live data reload when the
 * version changes (useApiData with `live`). The server answers from a per-organisation cache, so
 * many open tabs cost no more database work than one.
 */
export function LiveProvider({ children }: { children: ReactNode }) {
  const { membership } = useSession();
  const orgId = membership?.organisation.id ?? null;
  const [version, setVersion] = useState<string | null>(null);
  const crisis = useCrisis();
  const refreshCrisis = crisis.refresh;

  useEffect(() => {
    setVersion(null);
    if (!orgId) return;
    let etag: string | null = null;
    let pollMs = DEFAULT_POLL_MS;
    let timer: number | undefined;
    let stopped = false;
    const controller = new AbortController();
    const ask = async () => {
      window.clearTimeout(timer);
      if (document.visibilityState !== 'hidden') {
        try {
          const res = await fetch(orgPath(orgId, '/changes'), {
            headers: { Accept: 'application/json', 'Accept-Language': currentLanguage(), ...(etag ? { 'If-None-Match': etag } : {}) },
            credentials: 'same-origin',
            signal: controller.signal,
          });
          if (res.status === 200) {
            const body = (await res.json()) as { version: string; pollMs: number };
            const first = etag === null;
            etag = res.headers.get('etag');
            pollMs = body.pollMs || DEFAULT_POLL_MS;
            setVersion(body.version);
            if (!first) void refreshCrisis();
          }
        } catch {
          // Offline or stopped: ask again at the next turn.
        }
      }
      if (!stopped) timer = window.setTimeout(() => void ask(), pollMs);
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') void ask();
    };
    document.addEventListener('visibilitychange', onVisible);
    void ask();
    return () => {
      stopped = true;
      controller.abort();
      window.clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [orgId, refreshCrisis]);

  const value = useMemo(() => ({ version }), [version]);
  return <LiveContext.Provider value={value}>{children}</LiveContext.Provider>;
}
