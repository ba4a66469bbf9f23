import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorMessage, orgPath } from '../api';
import { useAnnounce } from '../hooks/useAnnounce';
import { useLanguage } from '../hooks/useLanguage';
import { ROLES } from '../lib/permissions';
import { formatInstant } from '../lib/time';
import type { Member, Role } from '../types';
import { Confirm } from './Confirm';
import { OneTimeLink } from './OneTimeLink';

export function MemberRow({
  member,
  orgId,
  orgName,
  timeZone,
  isSelf,
  manage,
  onChanged,
  onRemoved,
}: {
  member: Member;
  orgId: string;
  orgName: string;
  timeZone: string;
  isSelf: boolean;
  manage: boolean;
  onChanged: (member: Member) => void;
  onRemoved: (userId: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const announce = useAnnounce();
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [language] = useLanguage();
  const [resetLink, setResetLink] = useState<{ link: string; expiresAt: string } | null>(null);
  const resetButton = useRef<HTMLButtonElement>(null);
  const removeButton = useRef<HTMLButtonElement>(null);

  const makeResetLink = async () => {
    setBusy(true);
    try {
      const answer = await api.post<{ link: string; expiresAt: string }>(orgPath(orgId, `/members/${member.userId}/password-reset`));
      setResetLink(answer);
      announce(t('access.resetMade', { name: member.name }));
    } catch (err) {
      announce(errorMessage(err), 'error');
    } finally {
      setBusy(false);
    }
  };

  const changeRole = async (role: Role) => {
    setBusy(true);
    try {
      const answer = await api.patch<Member | undefined>(orgPath(orgId, `/members/${member.userId}`), { role });
      const updated = answer && typeof answer === 'object' && 'userId' in answer ? answer : { ...member, role };
      onChanged(updated);
      announce(t('people.roleChanged', { name: member.name, role: t(`roles.${updated.role}`) }));
    } catch (err) {
      announce(errorMessage(err), 'error');
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    setBusy(true);
    try {
      await api.delete(orgPath(orgId, `/members/${member.userId}`));
      onRemoved(member.userId);
      announce(t('people.removed', { name: member.name }));
    } catch (err) {
      announce(errorMessage(err), 'error');
      setBusy(false);
      setConfirming(false);
    }
  };

  return (
    <tr>
      <th scope="row" data-label={t('people.name')}>
        {member.name} {isSelf ? <span className="muted">({t('people.you')})</span> : null}
      </th>
      <td data-label={t('people.email')}>{member.email}</td>
      <td data-label={t('people.role')}>
        {manage ? (
          <>
            <label htmlFor={`${id}-role`} className="visually-hidden">
              {t('people.roleOf', { name: member.name })}
            </label>
            <select id={`${id}-role`} value={member.role} disabled={busy} onChange={(e) => void changeRole(e.target.value as Role)}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`roles.${r}`)}
                </option>
              ))}
            </select>
          </>
        ) : (
          t(`roles.${member.role}`)
        )}
      </td>
      {manage ? (
        <td data-label={t('people.actions')}>
          {resetLink ? (
            <OneTimeLink
              label={t('access.resetLinkLabel', { name: member.name })}
              link={resetLink.link}
              hint={t('access.resetHint', { name: member.name, until: formatInstant(resetLink.expiresAt, timeZone, language) })}
              onClose={() => {
                setResetLink(null);
                requestAnimationFrame(() => resetButton.current?.focus());
              }}
            />
          ) : (
            <button
              ref={resetButton}
              type="button"
              className="button button-small"
              disabled={busy}
              onClick={() => void makeResetLink()}
              aria-label={t('access.resetLabel', { name: member.name })}
            >
              {t('access.reset')}
            </button>
          )}{' '}
          {isSelf ? null : confirming ? (
            <Confirm
              question={t('people.removeConfirm', { name: member.name, org: orgName })}
              yes={t('people.confirmRemove')}
              no={t('people.keep')}
              busy={busy}
              onYes={() => void remove()}
              onNo={() => setConfirming(false)}
              returnFocusTo={removeButton}
            />
          ) : (
            <button
              ref={removeButton}
              type="button"
              className="button button-small button-danger-outline"
              onClick={() => setConfirming(true)}
              aria-label={t('people.removeLabel', { name: member.name })}
            >
              {t('people.remove')}
            </button>
          )}
        </td>
      ) : null}
    </tr>
  );
}
