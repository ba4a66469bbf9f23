import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, orgPath } from '../api';
import { useAnnounce } from '../hooks/useAnnounce';
import { useOrg } from '../hooks/useSession';
import { can } from '../lib/permissions';
import type { MediaPeople } from '../types';
import { ErrorMessage } from './ErrorMessage';
import { type PeopleTags, PeopleTagger } from './PeopleTagger';

/** Tagging the people an attached image shows, after upload (loads the current tags when opened). */
export function MediaPeopleEditor({ mediaId, onSaved }: { mediaId: string; onSaved?: () => void }) {
  const { t } = useTranslation();
  const { org, role } = useOrg();
  const announce = useAnnounce();
  const [tags, setTags] = useState<PeopleTags | null>(null);
  const [error, setError] = useState<unknown>(null);
  if (!can(role, 'media.write') || !can(role, 'consent.read')) return null;
  const load = async () => {
    try {
      const current = await api.get<MediaPeople>(orgPath(org.id, `/media/${mediaId}/people`));
      setTags({ showsPeople: current.showsPeople, personIds: current.people.map((p) => p.id) });
    } catch (err) {
      setError(err);
    }
  };
  const save = async () => {
    if (!tags) return;
    try {
      await api.put(orgPath(org.id, `/media/${mediaId}/people`), tags);
      announce(t('consent.tagsSaved'));
      onSaved?.();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <details onToggle={(e) => (e.currentTarget.open && !tags ? void load() : undefined)}>
      <summary>{t('consent.tagEdit')}</summary>
      {tags ? (
        <>
          <PeopleTagger value={tags} onChange={setTags} />
          <button type="button" className="button button-small" onClick={() => void save()}>
            {t('consent.tagSave')}
          </button>
        </>
      ) : null}
      <ErrorMessage error={error} />
    </details>
  );
}
