import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api, orgPath } from '../api';
import { Confirm } from '../components/Confirm';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { useAnnounce } from '../hooks/useAnnounce';
import { useApiData } from '../hooks/useApiData';
import { useOrg } from '../hooks/useSession';
import { can } from '../lib/permissions';
import { CONSENT_PURPOSES, type Channel, type Consent, type PersonDetail, type TakedownItem, type WithdrawResult } from '../types';

/** One person of the consent register: consents (record, withdraw with takedown), signed forms, tagged images. */
export function ConsentPersonPage() {
  const { t } = useTranslation();
  const { id: personId = '' } = useParams();
  const { org, role } = useOrg();
  const id = useId();
  const person = useApiData<PersonDetail>(orgPath(org.id, `/consent/people/${personId}`));
  const manage = can(role, 'consent.manage');
  const p = person.data;
  return (
    <div className="page consent-person-page">
      <p>
        <Link to="/consent">{t('consent.back')}</Link>
      </p>
      {person.error ? <ErrorMessage error={person.error} /> : null}
      {person.loading && !p ? <Loading /> : null}
      {p ? (
        <>
          <h1>{p.name}</h1>
          <p className="muted">{t(`consent.kind.${p.kind}`)}</p>
          <section className="card" aria-labelledby={`${id}-consents`}>
            <h2 id={`${id}-consents`}>{t('consent.consentsTitle')}</h2>
            {p.consents.length === 0 ? <p className="muted">{t('consent.noConsents')}</p> : null}
            <ul className="consent-list">
              {p.consents.map((c) => (
                <ConsentItem key={c.id} consent={c} manage={manage} onChange={person.reload} />
              ))}
            </ul>
          </section>
          {p.takedowns.length ? <OpenTakedowns person={p} /> : null}
          {manage ? <AddConsentForm person={p} onAdded={person.reload} /> : null}
          <section className="card" aria-labelledby={`${id}-files`}>
            <h2 id={`${id}-files`}>{t('consent.filesTitle')}</h2>
            {p.files.length === 0 ? <p className="muted">{t('consent.noFiles')}</p> : null}
            <ul>
              {p.files.map((f) => (
                <li key={f.id}>
                  {manage ? (
                    <a href={orgPath(org.id, `/consent/files/${f.id}`)} download={f.fileName}>
                      {f.fileName}
                    </a>
                  ) : (
                    f.fileName
                  )}{' '}
                  <span className="muted">({Math.ceil(f.sizeBytes / 1024)} kB)</span>
                </li>
              ))}
            </ul>
            {manage ? <UploadForm personId={p.id} onDone={person.reload} /> : null}
          </section>
          <section className="card" aria-labelledby={`${id}-media`}>
            <h2 id={`${id}-media`}>{t('consent.mediaTitle')}</h2>
            {p.media.length === 0 ? <p className="muted">{t('consent.noMedia')}</p> : null}
            <ul className="media-grid">
              {p.media.map((m) => (
                <li key={m.id}>
                  <img src={m.url} alt={m.altText} width={120} height={120} loading="lazy" />
                </li>
              ))}
            </ul>
          </section>
        </>
      ) : null}
    </div>
  );
}

/** Removals from the networks after a withdrawal that are not done: retried by Zorgpost, or given up. */
function OpenTakedowns({ person }: { person: PersonDetail }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="card" aria-labelledby={`${id}-takedowns`} data-testid="open-takedowns">
      <h2 id={`${id}-takedowns`}>{t('takedowns.title')}</h2>
      <ul className="consent-list">
        {person.takedowns.map((d) => (
          <li key={d.id} className="consent">
            <strong>{d.channel.name}</strong>:{' '}
            {d.status === 'failed' ? t('takedowns.failed', { attempts: d.attempts }) : t('takedowns.pending', { attempts: d.attempts })}{' '}
            {d.lastError ? <span className="muted">({d.lastError})</span> : null} <Link to={`/posts/${d.postId}`}>{t('takedowns.viewPost')}</Link>
            {d.externalUrl ? (
              <>
                {' · '}
                <a href={d.externalUrl}>{t('takedowns.onNetwork', { channel: d.channel.name })}</a>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function ConsentItem({ consent, manage, onChange }: { consent: Consent; manage: boolean; onChange: () => void }) {
  const { t } = useTranslation();
  const { org } = useOrg();
  const announce = useAnnounce();
  const opener = useRef<HTMLButtonElement>(null);
  const [takedown, setTakedown] = useState<TakedownItem[] | null>(null);
  const [result, setResult] = useState<WithdrawResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const start = async () => {
    setError(null);
    try {
      setTakedown((await api.get<{ items: TakedownItem[] }>(orgPath(org.id, `/consent/consents/${consent.id}/takedown`))).items);
    } catch (err) {
      setError(err);
    }
  };
  const withdraw = async () => {
    setBusy(true);
    try {
      const done = await api.post<WithdrawResult>(orgPath(org.id, `/consent/consents/${consent.id}/withdraw`), { confirm: true });
      setResult(done);
      setTakedown(null);
      announce(t('consent.withdrawn', { count: done.removed.length }));
      onChange();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <li className={`consent consent-${consent.state}`}>
      <p>
        <strong>{t(`consent.purpose.${consent.purpose}`)}</strong> · {consent.channel?.name ?? t('consent.allChannels')} ·{' '}
        {t('consent.period', { from: consent.validFrom, until: consent.validUntil ?? t('consent.noEnd') })} ·{' '}
        <span className="badge">{t(`consent.state.${consent.state}`)}</span>
      </p>
      {consent.recordedBy ? <p className="muted">{t('consent.recordedBy', { name: consent.recordedBy.name })}</p> : null}
      {error ? <ErrorMessage error={error} /> : null}
      {manage && !consent.withdrawnAt && !takedown ? (
        <button type="button" className="button" ref={opener} onClick={() => void start()}>
          {t('consent.withdraw')}
        </button>
      ) : null}
      {takedown ? (
        <div className="takedown">
          {takedown.length ? (
            <>
              <p>{t('consent.takedownIntro', { count: takedown.length })}</p>
              <ul>
                {takedown.map((item) => (
                  <li key={item.variantId}>
                    <Link to={`/posts/${item.postId}`}>{t('consent.takedownPost', { channel: item.channel.name })}</Link>
                    {item.externalUrl ? (
                      <>
                        {' '}
                        (<a href={item.externalUrl}>{t('consent.onNetwork')}</a>)
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>{t('consent.takedownNone')}</p>
          )}
          <Confirm
            question={takedown.length ? t('consent.confirmTakedown', { count: takedown.length }) : t('consent.confirmWithdraw')}
            yes={takedown.length ? t('consent.yesTakedown') : t('consent.yesWithdraw')}
            no={t('consent.cancel')}
            busy={busy}
            onYes={() => void withdraw()}
            onNo={() => setTakedown(null)}
            returnFocusTo={opener}
          />
        </div>
      ) : null}
      {result ? (
        <div role="status">
          <p>{t('consent.withdrawn', { count: result.removed.length })}</p>
          {result.failed.length ? (
            <ul className="notice notice-error">
              {result.failed.map((f) => (
                <li key={f.variantId}>
                  {f.retrying
                    ? t('takedowns.retrying', { channel: f.channel.name, reason: f.reason })
                    : t('consent.takedownFailed', { channel: f.channel.name, reason: f.reason })}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}

function AddConsentForm({ person, onAdded }: { person: PersonDetail; onAdded: () => void }) {
  const { t } = useTranslation();
  const { org } = useOrg();
  const id = useId();
  const channels = useApiData<Channel[]>(orgPath(org.id, '/channels'));
  const [error, setError] = useState<unknown>(null);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const formEl = e.currentTarget;
    const form = new FormData(formEl);
    setError(null);
    try {
      await api.post(orgPath(org.id, `/consent/people/${person.id}/consents`), {
        channelId: form.get('channelId') || null,
        purpose: form.get('purpose'),
        validFrom: form.get('validFrom'),
        validUntil: form.get('validUntil') || null,
        fileId: form.get('fileId') || null,
      });
      formEl.reset();
      onAdded();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section className="card" aria-labelledby={`${id}-add`}>
      <h2 id={`${id}-add`}>{t('consent.addConsent')}</h2>
      <form onSubmit={(e) => void submit(e)}>
        <div className="field">
          <label htmlFor={`${id}-channel`}>{t('consent.channel')}</label>
          <select id={`${id}-channel`} name="channelId">
            <option value="">{t('consent.allChannels')}</option>
            {(channels.data ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-purpose`}>{t('consent.purposeLabel')}</label>
          <select id={`${id}-purpose`} name="purpose">
            {CONSENT_PURPOSES.map((p) => (
              <option key={p} value={p}>
                {t(`consent.purpose.${p}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-from`}>{t('consent.validFrom')}</label>
          <input id={`${id}-from`} name="validFrom" type="date" required defaultValue={new Date().toISOString().slice(0, 10)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-until`}>{t('consent.validUntil')}</label>
          <input id={`${id}-until`} name="validUntil" type="date" aria-describedby={`${id}-until-hint`} />
          <p className="hint" id={`${id}-until-hint`}>
            {t('consent.validUntilHint')}
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-file`}>{t('consent.form')}</label>
          <select id={`${id}-file`} name="fileId">
            <option value="">{t('consent.noForm')}</option>
            {person.files.map((f) => (
              <option key={f.id} value={f.id}>
                {f.fileName}
              </option>
            ))}
          </select>
        </div>
        {error ? <ErrorMessage error={error} /> : null}
        <button type="submit" className="button button-primary">
          {t('consent.record')}
        </button>
      </form>
    </section>
  );
}

function UploadForm({ personId, onDone }: { personId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const { org } = useOrg();
  const id = useId();
  const [error, setError] = useState<unknown>(null);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const formEl = e.currentTarget;
    setError(null);
    try {
      await api.upload(orgPath(org.id, `/consent/people/${personId}/files`), new FormData(formEl));
      formEl.reset();
      onDone();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)}>
      <div className="field">
        <label htmlFor={`${id}-upload`}>{t('consent.upload')}</label>
        <input id={`${id}-upload`} name="file" type="file" accept="application/pdf,image/jpeg,image/png" required />
      </div>
      {error ? <ErrorMessage error={error} /> : null}
      <button type="submit" className="button">
        {t('consent.uploadButton')}
      </button>
    </form>
  );
}
