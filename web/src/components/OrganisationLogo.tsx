import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, orgPath } from '../api';
import { ErrorMessage } from './ErrorMessage';

/** The organisation's logo (on the cover of the board's report): an admin uploads, replaces or removes it. */
export function OrganisationLogo({ orgId, orgName }: { orgId: string; orgName: string }) {
  const { t } = useTranslation();
  const inputId = useId();
  const [version, setVersion] = useState(0);
  const [hasLogo, setHasLogo] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const url = `${orgPath(orgId, '/logo')}?v=${version}`;

  useEffect(() => {
    let live = true;
    fetch(url, { credentials: 'same-origin' })
      .then((res) => live && setHasLogo(res.ok))
      .catch(() => live && setHasLogo(false));
    return () => {
      live = false;
    };
  }, [url]);

  async function upload(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    setBusy(true);
    setError(null);
    try {
      await api.upload(orgPath(orgId, '/logo'), new FormData(form));
      form.reset();
      setStatus(t('logo.saved'));
      setVersion((v) => v + 1);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    setBusy(true);
    setError(null);
    try {
      await api.delete(orgPath(orgId, '/logo'));
      setStatus(t('logo.removed'));
      setVersion((v) => v + 1);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="logo-h">
      <h2 id="logo-h">{t('logo.title')}</h2>
      <p className="muted">{t('logo.intro')}</p>
      {hasLogo ? (
        <img className="org-logo-preview" src={url} alt={t('logo.alt', { org: orgName })} />
      ) : hasLogo === false ? (
        <p className="muted">{t('logo.none')}</p>
      ) : null}
      <form onSubmit={upload}>
        <div className="field">
          <label htmlFor={inputId}>{hasLogo ? t('logo.replace') : t('logo.choose')}</label>
          <input id={inputId} name="file" type="file" accept="image/png,image/jpeg" required aria-describedby={`${inputId}-hint`} />
          <p className="hint" id={`${inputId}-hint`}>
            {t('logo.hint')}
          </p>
        </div>
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('logo.upload')}
          </button>
          {hasLogo ? (
            <button type="button" className="button button-danger-outline" disabled={busy} onClick={() => void remove()}>
              {t('logo.remove')}
            </button>
          ) : null}
        </div>
      </form>
      <ErrorMessage error={error} />
      <p role="status" className="hint">
        {status}
      </p>
    </section>
  );
}
