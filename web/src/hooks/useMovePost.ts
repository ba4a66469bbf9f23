import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from './useLanguage';
import { useAnnounce } from './useAnnounce';
import { bulk } from '../lib/bulk';
import { formatLocal } from '../lib/time';

/**
 * Moves a post to another planned time with the rules of editing, and tells the person what
 * happened: moved, moved but back to draft (approval again), or refused with the server's reason.
 */
export function useMovePost(orgId: string, zone: string, onMoved: () => void) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const announce = useAnnounce();
  return useCallback(
    async (postId: string, scheduledLocal: string) => {
      try {
        const result = await bulk(orgId, { postIds: [postId], action: 'reschedule', scheduledLocal });
        const outcome = result.results[0];
        const when = formatLocal(scheduledLocal, zone, language);
        if (outcome?.outcome === 'done') {
          announce(outcome.needsApproval ? t('move.doneNeedsApproval', { when }) : t('move.done', { when }));
        } else {
          announce(t('move.refused', { reason: outcome?.error?.message ?? '' }), 'error');
        }
        return outcome ?? null;
      } catch (error) {
        announce(t('move.refused', { reason: error instanceof Error ? error.message : '' }), 'error');
        return null;
      } finally {
        onMoved();
      }
    },
    [orgId, zone, language, announce, t, onMoved],
  );
}
