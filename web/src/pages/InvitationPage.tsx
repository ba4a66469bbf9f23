import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api, ApiRequestError, errorMessage, request } from '../api';
import { ErrorMessage } from '../components/ErrorMessage';
import { FieldError } from '../components/FieldError';
import { Loading } from '../components/Loading';
import { NewPasswordFields } from '../components/NewPasswordFields';
import { useAnnounce } from '../hooks/useAnnounce';
import { useSession } from '../hooks/useSession';
import { tokenFromHash } from '../lib/one-time-token';
import { newPasswordProblem, passwordErrorField } from '../lib/password';
import type { Role } from '../types';

type InvitationInfo = { organisationId: string; organisation: string; email: string; role: Role; expiresAt: string };
type Field = 'name' | 'new' | 'repeat';

/**
 * Public: the page an invitation link opens. Someone new chooses a name and password; someone
 * with an account logs in (and comes back here) to accept. Nothing here says whether an account
 * exists: both ways are offered.
 */
export function InvitationPage() {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const { hash } = useLocation();
  const token = tokenFromHash(hash);
  const { session, loading, refresh, logout, selectOrganisation } = useSession();
  const [info, setInfo] = useState<InvitationInfo | null>(null);
  const [linkError, setLinkError] = useState<unknown>(null);
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [local, setLocal] = useState<{ field: Field; message: string } | null>(null);
  const refs = { name: useRef<HTMLInputElement>(null), new: useRef<HTMLInputElement>(null), repeat: useRef<HTMLInputElement>(null) };

  useEffect(() => {
    if (!token) return;
    request<InvitationInfo>('POST', '/api/invitations/check', { token }, { quiet401: true }).then(setInfo, setLinkError);
  }, [token]);

  const focusLater = (field: Field | null) => requestAnimationFrame(() => (field ? refs[field].current?.focus() : undefined));

  const joined = async (invitation: InvitationInfo) => {
    await refresh();
    selectOrganisation(invitation.organisationId);
    announce(t('invite.joined', { org: invitation.organisation }));
    navigate('/', { replace: true });
  };

  const fail = (err: unknown) => {
    if (err instanceof ApiRequestError && (err.status === 410 || err.status === 404)) return setLinkError(err);
    setError(err);
    const field = passwordErrorField(err);
    focusLater(field === 'current' ? null : field);
  };

  const create = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setLocal(null);
    const refuse = (field: Field, message: string) => {
      setLocal({ field, message });
      focusLater(field);
    };
    if (!name.trim()) return refuse('name', t('account.missing'));
    const problem = newPasswordProblem(password, repeat);
    if (problem) return refuse(problem.field, t(problem.key));
    setBusy(true);
    try {
      await api.post('/api/invitations/accept', { token, name: name.trim(), password });
      await joined(info!);
    } catch (err) {
      fail(err);
      setBusy(false);
    }
  };

  const accept = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.post('/api/invitations/join', { token });
      await joined(info!);
    } catch (err) {
      fail(err);
      setBusy(false);
    }
  };

  const serverField = passwordErrorField(error);
  const errorFor = (field: Field) => (local?.field === field ? local.message : serverField === field ? errorMessage(error) : undefined);
  const sameAddress = session && info && session.user.email.toLowerCase() === info.email.toLowerCase();

  return (
    <div className="page login-page">
      <div className="card login-card">
        <h1>{t('invite.title')}</h1>
        {!token ? <p className="notice notice-warning">{t('reset.noToken')}</p> : null}
        {linkError ? <ErrorMessage error={linkError} /> : null}
        {(token && !info && !linkError) || loading ? <Loading /> : null}
        {info && !linkError && !loading ? (
          <>
            <p>{t('invite.intro', { org: info.organisation, role: t(`roles.${info.role}`), email: info.email })}</p>
            {session ? (
              sameAddress ? (
                <div className="stack-form">
                  <p className="muted">{t('invite.acceptIntro', { email: session.user.email })}</p>
                  {error ? <ErrorMessage error={error} /> : null}
                  <button type="button" className="button button-primary button-wide" disabled={busy} onClick={() => void accept()}>
                    {t('invite.accept')}
                  </button>
                </div>
              ) : (
                <div className="notice notice-warning">
                  <p>{t('invite.otherAccount', { email: session.user.email, invited: info.email })}</p>
                  <button type="button" className="button" onClick={() => void logout(false)}>
                    {t('invite.logout')}
                  </button>
                </div>
              )
            ) : (
              <>
                <section aria-labelledby={`${id}-new-h`}>
                  <h2 id={`${id}-new-h`}>{t('invite.newTitle')}</h2>
                  <p className="muted">{t('invite.newIntro')}</p>
                  <form className="stack-form" onSubmit={create} noValidate>
                    <input type="email" autoComplete="username" value={info.email} readOnly hidden />
                    <div className="field">
                      <label htmlFor={`${id}-name`}>{t('invite.name')}</label>
                      <input
                        ref={refs.name}
                        id={`${id}-name`}
                        type="text"
                        autoComplete="name"
                        value={name}
                        required
                        aria-invalid={errorFor('name') ? true : undefined}
                        aria-describedby={errorFor('name') ? `${id}-name-error` : undefined}
                        onChange={(e) => setName(e.target.value)}
                      />
                      <FieldError id={`${id}-name-error`} message={errorFor('name')} />
                    </div>
                    <NewPasswordFields
                      id={id}
                      refs={refs}
                      password={password}
                      onPassword={setPassword}
                      repeat={repeat}
                      onRepeat={setRepeat}
                      errors={{ new: errorFor('new'), repeat: errorFor('repeat') }}
                    />
                    {error && !serverField ? <ErrorMessage error={error} /> : null}
                    <button type="submit" className="button button-primary button-wide" disabled={busy}>
                      {t('invite.create')}
                    </button>
                  </form>
                </section>
                <section aria-labelledby={`${id}-login-h`}>
                  <h2 id={`${id}-login-h`}>{t('invite.haveAccountTitle')}</h2>
                  <p className="muted">{t('invite.haveAccount')}</p>
                  <Link className="button" to="/login" state={{ from: `/invite${hash}` }}>
                    {t('invite.login')}
                  </Link>
                </section>
              </>
            )}
          </>
        ) : null}
      </div>
    </div>
  );
}
