import { createContext, useContext } from 'react';

/** The organisation's live-state version as the web app last saw it; changes when anything changed. */
export const LiveContext = createContext<{ version: string | null }>({ version: null });

/** The live-state version (LiveProvider asks the server every few seconds while the tab is visible). */
export function useLiveVersion(): string | null {
  return useContext(LiveContext).version;
}
