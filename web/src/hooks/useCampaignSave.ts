import { useCallback, useState } from 'react';
import { api, orgPath } from '../api';
import type { CampaignPatchInput, CampaignView } from '../types';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; error: unknown; field?: string };

// The saves of each campaign, one after the other, kept across its pages: a field left by a click
// on the next phase's link is still saved, and that page shows it once it is (see `afterSaves`).
const chains = new Map<string, Promise<unknown>>();
const inFlight = new Map<string, number>();

/** Waits for the campaign's saves still on their way; true when there were any. */
export async function afterSaves(campaignId: string): Promise<boolean> {
  if (!inFlight.get(campaignId)) return false;
  await chains.get(campaignId);
  return true;
}

/**
 * Saves the worksheet as you go: each field is sent on its own (PATCH merges it into the saved
 * answers), one at a time in the order given, and the campaign the server answers replaces the one shown.
 */
export function useCampaignSave(orgId: string, campaignId: string, onSaved: (c: CampaignView) => void) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const save = useCallback(
    (patch: CampaignPatchInput, field?: string): Promise<boolean> => {
      inFlight.set(campaignId, (inFlight.get(campaignId) ?? 0) + 1);
      const run = (chains.get(campaignId) ?? Promise.resolve())
        .then(async () => {
          setState({ kind: 'saving' });
          try {
            onSaved(await api.patch<CampaignView>(orgPath(orgId, `/campaigns/${campaignId}`), patch));
            setState({ kind: 'saved' });
            return true;
          } catch (error) {
            setState({ kind: 'error', error, field });
            return false;
          }
        })
        .finally(() => inFlight.set(campaignId, (inFlight.get(campaignId) ?? 1) - 1));
      chains.set(campaignId, run);
      return run;
    },
    [orgId, campaignId, onSaved],
  );
  return { state, save };
}
