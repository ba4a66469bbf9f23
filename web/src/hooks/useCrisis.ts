import { createContext, useContext } from 'react';
import type { CrisisState } from '../types';

export interface CrisisValue {
  active: boolean;
  /** When crisis mode was switched on (UTC ISO), or null. */
  since: string | null;
  /** Who switched it on, once known. */
  by: string | null;
  /** Ask the server now (after switching, or when a page needs fresh state). */
  refresh(): Promise<void>;
  /** Take over a crisis state the server just answered (pause, resume). */
  apply(state: CrisisState): void;
}

export const CrisisContext = createContext<CrisisValue>({
  active: false,
  since: null,
  by: null,
  refresh: async () => undefined,
  apply: () => undefined,
});

/** The organisation's crisis mode (kept fresh every 30 seconds by CrisisProvider). */
export function useCrisis(): CrisisValue {
  return useContext(CrisisContext);
}
