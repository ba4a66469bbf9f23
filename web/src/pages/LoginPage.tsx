import { useId, useRef, useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../api';
import { ErrorMessage } from '../components/ErrorMessage';
import { FieldError } from '../components/FieldError';
import { Loading } from '../components/Loading';
import { useSession } from '../hooks/useSession';
import { returnFocusSoon } from '../lib/focus';

export function LoginPage() {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const location = useLocation();
  const { session, loading, expired, login } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const from = (location.state as { from?: string } | null)?.from;
  const target = from?.startsWith('/') && !from.startsWith('/login') ? from : '/';

  if (loading) return <Loading />;
  if (session && !busy) return <Navigate to={target} replace />;

  const fieldError = (path: string) => (error instanceof ApiRequestError ? error.field(path) : undefined);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!email.trim() || !password) {
      setError(new Error(t('login.missing')));
      (email.trim() ? passwordRef : emailRef).current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await login(email.trim(), password);
      navigate(target, { replace: true });
    } catch (err) {
      setError(err);
      setBusy(false);
      // The disabled button lost focus: go to the field to correct (the error is announced as an alert).
      const emailWrong = err instanceof ApiRequestError && Boolean(err.field('email'));
      returnFocusSoon(() => (emailWrong ? emailRef.current : passwordRef.current));
    }
  };

  return (
    <div className="page login-page">
      <div className="card login-card">
        <h1>{t('login.title')}</h1>
        <p className="muted">{t('login.intro')}</p>
        {expired && !error ? <p className="notice notice-warning">{t('errors.sessionExpired')}</p> : null}
        <form onSubmit={submit} noValidate className="stack-form">
          <div className="field">
            <label htmlFor={`${id}-email`}>{t('login.email')}</label>
            <input
              id={`${id}-email`}
              ref={emailRef}
              type="email"
              autoComplete="username"
              value={email}
              required
              aria-invalid={fieldError('email') ? true : undefined}
              aria-describedby={`${id}-email-error`}
              onChange={(e) => setEmail(e.target.value)}
            />
            <FieldError id={`${id}-email-error`} message={fieldError('email')} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-password`}>{t('login.password')}</label>
            <input
              id={`${id}-password`}
              ref={passwordRef}
              type="password"
              autoComplete="current-password"
              value={password}
              required
              aria-invalid={fieldError('password') ? true : undefined}
              aria-describedby={`${id}-password-error`}
              onChange={(e) => setPassword(e.target.value)}
            />
            <FieldError id={`${id}-password-error`} message={fieldError('password')} />
          </div>
          <ErrorMessage error={error} />
          <button type="submit" className="button button-primary button-wide" disabled={busy}>
            {busy ? t('login.busy') : t('login.submit')}
          </button>
          <p className="hint">{t('account.forgotHint')}</p>
        </form>
      </div>
    </div>
  );
}
