import type { Home } from '../../../src/contracts/home';
import { orgPath } from '../api';
import { useApiData } from './useApiData';

/** How many posts wait for this person (the menu's count), kept live; null until known. */
export function useWaitingCount(orgId: string | null): number | null {
  const home = useApiData<Home>(orgId ? orgPath(orgId, '/home') : null, { live: true });
  return home.data?.waiting ?? null;
}
