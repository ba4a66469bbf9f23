import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { OAuthChoices } from '../../../src/contracts/channel-oauth';
import { api, orgPath } from '../api';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { useAnnounce } from '../hooks/useAnnounce';
import { useApiData } from '../hooks/useApiData';
import { useOrg } from '../hooks/useSession';
import type { Channel } from '../types';

/**
 * Back from Facebook or LinkedIn: the login gave access to several pages, the person picks the one
 * this channel publishes to (src/features/channels/oauth-connect.ts keeps them for ten minutes).
 */
export function ChooseAccountPage() {
  const { t } = useTranslation();
  const { org } = useOrg();
  const id = useId();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const pick = new URLSearchParams(window.location.search).get('pick') ?? '';
  const offer = useApiData<OAuthChoices>(pick ? orgPath(org.id, `/channels/oauth/choices?pick=${encodeURIComponent(pick)}`) : null);
  const [choice, setChoice] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const type = offer.data ? t(`channelType.${offer.data.type}`, { defaultValue: offer.data.type }) : '';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!choice) {
      setMissing(true);
      document.getElementById(`${id}-choice-0`)?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const channel = await api.post<Channel>(orgPath(org.id, '/channels/oauth/choose'), { pick, choiceId: choice });
      announce(t('channels.added', { name: channel.name }));
      navigate(`/channels?connected=${channel.id}`);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <div className="page choose-account-page">
      <h1>{offer.data ? t('channels.chooseTitle', { type }) : t('channels.chooseTitlePlain')}</h1>
      {!pick ? (
        <p className="notice notice-error" role="alert">
          {t('channels.chooseMissing')}
        </p>
      ) : null}
      {offer.loading && !offer.data ? <Loading /> : null}
      <ErrorMessage error={offer.error} />
      {offer.data ? (
        <section className="card">
          <form className="stack-form" onSubmit={submit} noValidate>
            <fieldset aria-describedby={`${id}-hint${missing ? ` ${id}-missing` : ''}`}>
              <legend>{t('channels.chooseLegend', { name: offer.data.name })}</legend>
              <p id={`${id}-hint`} className="hint">
                {t('channels.chooseHint', { type })}
              </p>
              <ul className="choice-list">
                {offer.data.choices.map((c, i) => (
                  <li key={c.id}>
                    <label className="choice">
                      <input
                        id={`${id}-choice-${i}`}
                        type="radio"
                        name="choice"
                        value={c.id}
                        checked={choice === c.id}
                        onChange={() => {
                          setChoice(c.id);
                          setMissing(false);
                        }}
                      />{' '}
                      <span>{c.label}</span>
                      {c.detail ? <span className="muted"> ({t('channels.chooseVia', { page: c.detail })})</span> : null}
                    </label>
                  </li>
                ))}
              </ul>
              {missing ? (
                <p id={`${id}-missing`} className="field-error" role="alert">
                  {t('channels.chooseRequired')}
                </p>
              ) : null}
            </fieldset>
            <ErrorMessage error={error} />
            <button type="submit" className="button button-primary" disabled={busy}>
              {busy ? t('channels.connecting') : t('channels.chooseSubmit')}
            </button>
          </form>
        </section>
      ) : null}
      <p>
        <Link to="/channels">{t('channels.chooseBack')}</Link>
      </p>
    </div>
  );
}
