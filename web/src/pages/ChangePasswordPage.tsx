import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api, errorMessage } from '../api';
import { ErrorMessage } from '../components/ErrorMessage';
import { NewPasswordFields } from '../components/NewPasswordFields';
import { PasswordField } from '../components/PasswordField';
import { useAnnounce } from '../hooks/useAnnounce';
import { newPasswordProblem, passwordErrorField, type PasswordFieldName } from '../lib/password';

/** The logged-in person changes their password; their other sessions end, this one stays. */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  const id = useId();
  const announce = useAnnounce();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [local, setLocal] = useState<{ field: PasswordFieldName; message: string } | null>(null);
  const [done, setDone] = useState(false);
  const refs = { current: useRef<HTMLInputElement>(null), new: useRef<HTMLInputElement>(null), repeat: useRef<HTMLInputElement>(null) };
  const doneRef = useRef<HTMLParagraphElement>(null);

  const serverField = passwordErrorField(error);
  const errorFor = (field: PasswordFieldName) => (local?.field === field ? local.message : serverField === field ? errorMessage(error) : undefined);
  // After the answer has rendered, focus goes to the field with the error (or the success notice).
  const focusLater = (field: PasswordFieldName) => requestAnimationFrame(() => (field && field !== 'name' ? refs[field].current : null)?.focus());
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);
  const refuse = (field: PasswordFieldName, message: string) => {
    setLocal({ field, message });
    focusLater(field);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setLocal(null);
    if (!current) return refuse('current', t('account.missing'));
    const problem = newPasswordProblem(next, repeat);
    if (problem) return refuse(problem.field, t(problem.key));
    setBusy(true);
    try {
      await api.post<void>('/api/auth/password', { currentPassword: current, newPassword: next });
      setCurrent('');
      setNext('');
      setRepeat('');
      setDone(true);
      announce(t('account.changed'));
    } catch (err) {
      setError(err);
      setDone(false);
      focusLater(passwordErrorField(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="page account-page">
      <h1>{t('account.changePassword')}</h1>
      <p className="muted">{t('account.intro')}</p>
      <section className="card">
        {done ? (
          <p className="notice notice-info" ref={doneRef} tabIndex={-1}>
            {t('account.changed')}
          </p>
        ) : null}
        <form className="stack-form" onSubmit={submit} noValidate>
          <PasswordField
            ref={refs.current}
            id={`${id}-current`}
            label={t('account.current')}
            value={current}
            onChange={setCurrent}
            autoComplete="current-password"
            error={errorFor('current')}
          />
          <NewPasswordFields
            id={id}
            refs={refs}
            password={next}
            onPassword={setNext}
            repeat={repeat}
            onRepeat={setRepeat}
            errors={{ new: errorFor('new'), repeat: errorFor('repeat') }}
          />
          {error && !serverField ? <ErrorMessage error={error} /> : null}
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={busy}>
              {busy ? t('account.busy') : t('account.submit')}
            </button>
            <Link to="/calendar" className="button">
              {t('account.back')}
            </Link>
          </div>
        </form>
      </section>
    </div>
  );
}
