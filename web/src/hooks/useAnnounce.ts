import { createContext, useContext } from 'react';

export type AnnounceKind = 'status' | 'error';
export type Announce = (message: string, kind?: AnnounceKind) => void;

export const AnnounceContext = createContext<Announce>(() => undefined);

/** Announce a save result or error in the aria-live region (and show it briefly). */
export function useAnnounce(): Announce {
  return useContext(AnnounceContext);
}
