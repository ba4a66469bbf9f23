import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiRequestError, orgPath } from '../api';
import { useAnnounce } from '../hooks/useAnnounce';
import { useLanguage } from '../hooks/useLanguage';
import { ROLES } from '../lib/permissions';
import { formatInstant } from '../lib/time';
import type { Invitation, Role } from '../types';
import { ErrorMessage } from './ErrorMessage';
import { FieldError } from './FieldError';
import { OneTimeLink } from './OneTimeLink';

/**
 * Admin: invite an e-mail address with a role. The answer is the same whether the address has an
 * account; the link is shown once, to pass on.
 */
export function InviteForm({ orgId, timeZone, onInvited }: { orgId: string; timeZone: string; onInvited: (invitation: Invitation) => void }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const id = useId();
  const announce = useAnnounce();
  const emailRef = useRef<HTMLInputElement>(null);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('contributor');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [created, setCreated] = useState<{ invitation: Invitation; link: string } | null>(null);

  const emailError = error instanceof ApiRequestError ? (error.field('email') ?? (error.code === 'member_exists' ? error.message : undefined)) : undefined;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setCreated(null);
    try {
      const answer = await api.post<{ invitation: Invitation; link: string }>(orgPath(orgId, '/invitations'), { email: email.trim(), role });
      onInvited(answer.invitation);
      setCreated(answer);
      announce(t('access.invited', { email: answer.invitation.email }));
      setEmail('');
      setRole('contributor');
    } catch (err) {
      setError(err);
      requestAnimationFrame(() => emailRef.current?.focus());
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <p className="muted">{t('access.inviteIntro')}</p>
      {created ? (
        <OneTimeLink
          label={t('access.linkLabel', { email: created.invitation.email })}
          link={created.link}
          hint={t('access.linkHint', { email: created.invitation.email, until: formatInstant(created.invitation.expiresAt, timeZone, language) })}
          onClose={() => {
            setCreated(null);
            emailRef.current?.focus();
          }}
        />
      ) : null}
      <form className="stack-form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-email`}>{t('people.email')}</label>
          <input
            ref={emailRef}
            id={`${id}-email`}
            type="email"
            value={email}
            autoComplete="off"
            required
            aria-invalid={emailError ? true : undefined}
            aria-describedby={emailError ? `${id}-email-error` : undefined}
            onChange={(e) => setEmail(e.target.value)}
          />
          <FieldError id={`${id}-email-error`} message={emailError} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-role`}>{t('people.role')}</label>
          <select id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value as Role)} aria-describedby={`${id}-role-hint`}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
          <p id={`${id}-role-hint`} className="hint">
            {t(`roleDescriptions.${role}`)}
          </p>
        </div>
        {error && !emailError ? <ErrorMessage error={error} /> : null}
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('access.inviteSubmit')}
        </button>
      </form>
    </>
  );
}
