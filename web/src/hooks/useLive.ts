import { createContext, useContext, useEffect, useRef, useState } from 'react';

/** The organisation's live-state version as the web app last saw it; changes when anything changed. */
export const LiveContext = createContext<{ version: string | null }>({ version: null });

/** The live-state version (LiveProvider asks the server every few seconds while the tab is visible). */
export function useLiveVersion(): string | null {
  return useContext(LiveContext).version;
}

/**
 * A counter that goes up each time the organisation changed after this component first saw its
 * state (the first version to arrive is the state just loaded, not a change). 0 when not `live`.
 */
export function useLiveTick(live: boolean): number {
  const version = useLiveVersion();
  const seen = useRef<string | null>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (!live || version === null) return;
    if (seen.current !== null && seen.current !== version) setTick((n) => n + 1);
    seen.current = version;
  }, [live, version]);
  return tick;
}
