import { useId } from 'react';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../hooks/useAnnounce';
import { useSession } from '../hooks/useSession';

/** Shown when the person belongs to several organisations. */
export function OrgSwitcher() {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const { session, membership, selectOrganisation } = useSession();
  if (!session || !membership) return null;
  return (
    <div className="org-switch">
      <label htmlFor={id}>{t('header.organisation')}</label>
      <select
        id={id}
        value={membership.organisation.id}
        onChange={(e) => {
          const next = session.memberships.find((m) => m.organisation.id === e.target.value);
          if (!next) return;
          selectOrganisation(next.organisation.id);
          announce(t('header.orgSwitched', { name: next.organisation.name }));
          navigate('/calendar');
        }}
      >
        {session.memberships.map((m) => (
          <option key={m.organisation.id} value={m.organisation.id}>
            {m.organisation.name}
          </option>
        ))}
      </select>
    </div>
  );
}
