import { useCallback, useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { api } from '../api';
import { useLiveTick } from './useLive';

export interface ApiData<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload(): void;
  setData: Dispatch<SetStateAction<T | undefined>>;
}

/**
 * GET a path and keep the answer; a null path loads nothing. Reloads when the path changes, and
 * with `live` also when the organisation's live-state version changes (quietly: the old answer
 * stays on screen until the new one is there).
 */
export function useApiData<T>(path: string | null, options: { live?: boolean } = {}): ApiData<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState<boolean>(path !== null);
  const [tick, setTick] = useState(0);
  const liveTick = useLiveTick(Boolean(options.live));
  const loaded = useRef(false);
  const seen = useRef<{ path: string | null; liveTick: number }>({ path, liveTick });

  useEffect(() => {
    if (path === null) {
      setLoading(false);
      return;
    }
    const before = seen.current;
    seen.current = { path, liveTick };
    const controller = new AbortController();
    // A live refresh of the same path keeps what is shown (no loading flash, no lost error).
    const quiet = before.path === path && before.liveTick !== liveTick && loaded.current;
    if (!quiet) {
      setLoading(true);
      setError(null);
    }
    api
      .get<T>(path, controller.signal)
      .then((answer) => {
        if (!controller.signal.aborted) {
          loaded.current = true;
          setData(answer);
        }
      })
      .catch((err: unknown) => {
        if (!controller.signal.aborted) setError(err);
      })
      .finally(() => {
        if (!controller.signal.aborted) setLoading(false);
      });
    return () => controller.abort();
  }, [path, tick, liveTick]);

  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { data, error, loading, reload, setData };
}
