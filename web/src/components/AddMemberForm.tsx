import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiRequestError, orgPath } from '../api';
import { useAnnounce } from '../hooks/useAnnounce';
import { ROLES } from '../lib/permissions';
import type { Member, Role } from '../types';
import { ErrorMessage } from './ErrorMessage';
import { FieldError } from './FieldError';

/** Admin: add a person with e-mail, name, role and (for a new account) an initial password. */
export function AddMemberForm({ orgId, onAdded }: { orgId: string; onAdded: (member: Member) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const announce = useAnnounce();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('contributor');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const fieldError = (path: string) => (error instanceof ApiRequestError ? error.field(path) : undefined);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body: { email: string; name: string; role: Role; password?: string } = { email: email.trim(), name: name.trim(), role };
      if (password) body.password = password;
      const member = await api.post<Member>(orgPath(orgId, '/members'), body);
      onAdded(member);
      announce(t('people.added', { name: member.name }));
      setEmail('');
      setName('');
      setPassword('');
      setRole('contributor');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const input = (key: string, label: string, value: string, set: (v: string) => void, type: string, autoComplete: string, hint?: string) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        type={type}
        value={value}
        autoComplete={autoComplete}
        aria-invalid={fieldError(key) ? true : undefined}
        aria-describedby={`${id}-${key}-hint ${id}-${key}-error`}
        onChange={(e) => set(e.target.value)}
      />
      {hint ? (
        <p id={`${id}-${key}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-${key}-error`} message={fieldError(key)} />
    </div>
  );

  return (
    <form className="stack-form" onSubmit={submit} noValidate>
      {input('email', t('people.email'), email, setEmail, 'email', 'off')}
      {input('name', t('people.name'), name, setName, 'text', 'off')}
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
      {input('password', t('people.password'), password, setPassword, 'password', 'new-password', t('people.passwordHint'))}
      <ErrorMessage error={error} />
      <button type="submit" className="button button-primary" disabled={busy}>
        {t('people.addSubmit')}
      </button>
    </form>
  );
}
