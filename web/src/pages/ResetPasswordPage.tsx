import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api, ApiRequestError, errorMessage, request } from '../api';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { NewPasswordFields } from '../components/NewPasswordFields';
import { tokenFromHash } from '../lib/one-time-token';
import { newPasswordProblem, passwordErrorField } from '../lib/password';

/** Public: the page a reset link opens. A used or expired link says so; no form then. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const id = useId();
  const { hash } = useLocation();
  const token = tokenFromHash(hash);
  const [info, setInfo] = useState<{ email: string } | null>(null);
  const [linkError, setLinkError] = useState<unknown>(null);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [local, setLocal] = useState<{ field: 'new' | 'repeat'; message: string } | null>(null);
  const [done, setDone] = useState(false);
  const refs = { new: useRef<HTMLInputElement>(null), repeat: useRef<HTMLInputElement>(null) };
  const doneRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!token) return;
    request<{ email: string }>('POST', '/api/auth/reset/check', { token }, { quiet401: true }).then(setInfo, setLinkError);
  }, [token]);

  const focusLater = (target: 'new' | 'repeat') => requestAnimationFrame(() => refs[target].current?.focus());
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setLocal(null);
    const problem = newPasswordProblem(password, repeat);
    if (problem) {
      setLocal({ field: problem.field, message: t(problem.key) });
      return focusLater(problem.field);
    }
    setBusy(true);
    try {
      await api.post<void>('/api/auth/reset', { token, password });
      setDone(true);
    } catch (err) {
      if (err instanceof ApiRequestError && (err.status === 410 || err.status === 404)) setLinkError(err);
      else {
        setError(err);
        focusLater('new');
      }
    } finally {
      setBusy(false);
    }
  };

  const serverError = passwordErrorField(error) === 'new' ? errorMessage(error) : undefined;

  return (
    <div className="page login-page">
      <div className="card login-card">
        <h1>{t('reset.title')}</h1>
        {!token ? <p className="notice notice-warning">{t('reset.noToken')}</p> : null}
        {linkError ? <ErrorMessage error={linkError} /> : null}
        {token && !info && !linkError ? <Loading /> : null}
        {done ? (
          <div className="notice notice-info" ref={doneRef} tabIndex={-1}>
            <p>{t('reset.done')}</p>
            <Link to="/login" className="button button-primary">
              {t('reset.toLogin')}
            </Link>
          </div>
        ) : null}
        {info && !linkError && !done ? (
          <form className="stack-form" onSubmit={submit} noValidate>
            <p className="muted">{t('reset.intro', { email: info.email })}</p>
            {/* For password managers: the account the new password belongs to. */}
            <input type="email" autoComplete="username" value={info.email} readOnly hidden />
            <NewPasswordFields
              id={id}
              refs={refs}
              password={password}
              onPassword={setPassword}
              repeat={repeat}
              onRepeat={setRepeat}
              errors={{ new: local?.field === 'new' ? local.message : serverError, repeat: local?.field === 'repeat' ? local.message : undefined }}
            />
            {error && !serverError ? <ErrorMessage error={error} /> : null}
            <button type="submit" className="button button-primary button-wide" disabled={busy}>
              {busy ? t('account.busy') : t('reset.submit')}
            </button>
          </form>
        ) : null}
      </div>
    </div>
  );
}
