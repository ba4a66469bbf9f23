import { useCallback, useRef, useState } from 'react';
import { api, orgPath } from '../api';
import type { CampaignPatchInput, CampaignView } from '../types';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; error: unknown; field?: string };

/**
 * Saves the worksheet as you go: each field is sent on its own (PATCH merges it into the saved
 * answers), one at a time in the order given, and the campaign the server answers replaces the one shown.
 */
export function useCampaignSave(orgId: string, campaignId: string, onSaved: (c: CampaignView) => void) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const save = useCallback(
    (patch: CampaignPatchInput, field?: string): Promise<boolean> => {
      const run = chain.current.then(async () => {
        setState({ kind: 'saving' });
        try {
          onSaved(await api.patch<CampaignView>(orgPath(orgId, `/campaigns/${campaignId}`), patch));
          setState({ kind: 'saved' });
          return true;
        } catch (error) {
          setState({ kind: 'error', error, field });
          return false;
        }
      });
      chain.current = run;
      return run;
    },
    [orgId, campaignId, onSaved],
  );
  return { state, save };
}
