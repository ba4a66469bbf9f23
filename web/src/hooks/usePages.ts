import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../api';
import { useLiveTick } from './useLive';

export interface Pages<T> {
  items: T[];
  /** True while a page is on its way. */
  loading: boolean;
  error: unknown;
  /** True when the server has more pages than were loaded (list mode only). */
  hasMore: boolean;
  /** Loads the next page (list mode). */
  loadMore(): void;
  reload(): void;
  /** Changes the loaded items in place (an item marked read, made into a draft) without loading again. */
  update(change: (items: T[]) => T[]): void;
}

const withCursor = (path: string, cursor: string | null) =>
  cursor === null ? path : `${path}${path.includes('?') ? '&' : '?'}cursor=${encodeURIComponent(cursor)}`;

/** One page of a list endpoint (posts, media). */
interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * Pages of a list endpoint (GET /posts, /media). `all`: follows nextCursor until the whole range is loaded (the calendar
 * draws a complete period); `list`: one page at a time, the next when loadMore() is called.
 * A null path loads nothing.
 */
export function usePages<T>(path: string | null, mode: 'all' | 'list', options: { live?: boolean } = {}): Pages<T> {
  const [items, setItems] = useState<T[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [loading, setLoading] = useState(path !== null);
  const [error, setError] = useState<unknown>(null);
  const [tick, setTick] = useState(0);
  const controller = useRef<AbortController | null>(null);
  // `live` (whole ranges only): load again when the organisation's live-state version changes.
  const liveTick = useLiveTick(Boolean(options.live) && mode === 'all');

  const fetchFrom = useCallback(
    async (cursor: string | null, signal: AbortSignal, append: boolean) => {
      if (path === null) return;
      setLoading(true);
      setError(null);
      try {
        let collected: T[] = [];
        let at = cursor;
        do {
          const page = await api.get<Page<T>>(withCursor(path, at), signal);
          if (signal.aborted) return;
          collected = collected.concat(page.items);
          at = page.nextCursor;
        } while (mode === 'all' && at !== null);
        setItems((before) => (append ? before.concat(collected) : collected));
        setNext(at);
      } catch (err) {
        if (!signal.aborted) setError(err);
      } finally {
        if (!signal.aborted) setLoading(false);
      }
    },
    [path, mode],
  );

  useEffect(() => {
    if (path === null) {
      setItems([]);
      setNext(null);
      setLoading(false);
      return;
    }
    const c = new AbortController();
    controller.current = c;
    void fetchFrom(null, c.signal, false);
    return () => c.abort();
  }, [path, fetchFrom, tick, liveTick]);

  const loadMore = useCallback(() => {
    if (next === null || loading || !controller.current) return;
    void fetchFrom(next, controller.current.signal, true);
  }, [next, loading, fetchFrom]);

  const reload = useCallback(() => setTick((n) => n + 1), []);
  const update = useCallback((change: (items: T[]) => T[]) => setItems(change), []);
  return { items, loading, error, hasMore: next !== null, loadMore, reload, update };
}
