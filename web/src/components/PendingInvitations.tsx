import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorMessage, orgPath } from '../api';
import { useAnnounce } from '../hooks/useAnnounce';
import { useLanguage } from '../hooks/useLanguage';
import { formatInstant } from '../lib/time';
import type { Invitation } from '../types';

/** Admin: invitations not yet accepted, each with its validity and a withdraw button. */
export function PendingInvitations({
  orgId,
  timeZone,
  invitations,
  onWithdrawn,
}: {
  orgId: string;
  timeZone: string;
  invitations: Invitation[];
  onWithdrawn: (id: string) => void;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const announce = useAnnounce();
  const [busy, setBusy] = useState<string | null>(null);

  const withdraw = async (invitation: Invitation) => {
    setBusy(invitation.id);
    try {
      await api.delete(orgPath(orgId, `/invitations/${invitation.id}`));
      onWithdrawn(invitation.id);
      announce(t('access.withdrawn', { email: invitation.email }));
    } catch (err) {
      announce(errorMessage(err), 'error');
    } finally {
      setBusy(null);
    }
  };

  if (invitations.length === 0) return <p className="muted">{t('access.pendingEmpty')}</p>;
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{t('people.email')}</th>
          <th scope="col">{t('people.role')}</th>
          <th scope="col">{t('access.validUntil')}</th>
          <th scope="col">{t('people.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {invitations.map((invitation) => (
          <tr key={invitation.id}>
            <th scope="row" data-label={t('people.email')}>
              {invitation.email}
            </th>
            <td data-label={t('people.role')}>{t(`roles.${invitation.role}`)}</td>
            <td data-label={t('access.validUntil')}>{invitation.expired ? t('access.expired') : formatInstant(invitation.expiresAt, timeZone, language)}</td>
            <td data-label={t('people.actions')}>
              <button
                type="button"
                className="button button-small button-danger-outline"
                disabled={busy === invitation.id}
                aria-label={t('access.withdrawLabel', { email: invitation.email })}
                onClick={() => void withdraw(invitation)}
              >
                {t('access.withdraw')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
