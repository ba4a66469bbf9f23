import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, orgPath } from '../api';
import { Confirm } from '../components/Confirm';
import { ErrorMessage } from '../components/ErrorMessage';
import { HeldPostItem } from '../components/HeldPostItem';
import { Loading } from '../components/Loading';
import { useAnnounce } from '../hooks/useAnnounce';
import { useApiData } from '../hooks/useApiData';
import { useCrisis } from '../hooks/useCrisis';
import { useLanguage } from '../hooks/useLanguage';
import { useOrg } from '../hooks/useSession';
import { markAlerted } from '../lib/crisis-alert';
import { returnFocusSoon } from '../lib/focus';
import { can } from '../lib/permissions';
import { formatInstant } from '../lib/time';
import type { CrisisState } from '../types';

/** Crisis mode: one switch pauses everything; resuming shows what was held back, post by post. */
export function CrisisPage() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const id = useId();
  const announce = useAnnounce();
  const { org, role } = useOrg();
  const crisis = useCrisis();
  const state = useApiData<CrisisState>(orgPath(org.id, '/crisis'));
  const mayPause = can(role, 'crisis.switch');
  const mayDecide = can(role, 'post.schedule');
  const [confirming, setConfirming] = useState<'pause' | 'resume' | null>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const switchRef = useRef<HTMLButtonElement>(null);
  // When the question closes (either answer), focus goes back to the switch, not to <body>.
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (wasConfirming.current && confirming === null) returnFocusSoon(() => switchRef.current);
    wasConfirming.current = confirming !== null;
  }, [confirming]);

  const data = state.data;
  const { apply } = crisis;
  const { reload } = state;
  // The page's answer is the freshest: share it with the banner.
  useEffect(() => {
    if (data) apply(data);
  }, [data, apply]);
  // The 30-second poll saw a change that this page does not know yet.
  useEffect(() => {
    if (data && Boolean(crisis.since) !== data.active) reload();
  }, [crisis.since]); // only when the shared state changes, not on every answer of this page

  const switchMode = async (to: 'pause' | 'resume') => {
    setBusy(true);
    setError(null);
    try {
      const body = to === 'pause' ? (reason.trim() ? { reason: reason.trim() } : {}) : {};
      const answer = await api.post<CrisisState>(orgPath(org.id, `/crisis/${to}`), body);
      // One announcement for the person who switched: this page's status, not also the banner's alert.
      if (answer.active && answer.since) markAlerted(answer.since);
      state.setData(answer);
      setConfirming(null);
      setReason('');
      announce(to === 'pause' ? t('crisis.paused') : answer.held.length > 0 ? t('crisis.resumedHeld', { count: answer.held.length }) : t('crisis.resumed'));
    } catch (err) {
      setError(err);
      void crisis.refresh();
      state.reload();
    } finally {
      setBusy(false);
    }
  };

  const onPause = (e: FormEvent) => {
    e.preventDefault();
    void switchMode('pause');
  };

  if (state.error && !data) {
    return (
      <div className="page crisis-page">
        <h1>{t('crisis.title')}</h1>
        <ErrorMessage error={state.error} />
      </div>
    );
  }
  if (!data) return <Loading />;

  const active = data.active;
  const since = data.since ? formatInstant(data.since, org.timeZone, language) : '';

  return (
    <div className="page crisis-page">
      <h1>{t('crisis.title')}</h1>
      <p className="muted">{t('crisis.intro', { org: org.name })}</p>

      <section className={`card crisis-state${active ? ' is-active' : ''}`} aria-labelledby={`${id}-state`}>
        <h2 id={`${id}-state`}>{t('crisis.stateTitle')}</h2>
        <div className="crisis-switch-row">
          {mayPause ? (
            <button
              ref={switchRef}
              type="button"
              role="switch"
              aria-checked={active}
              className={`switch${active ? ' is-on' : ''}`}
              disabled={busy}
              aria-describedby={`${id}-state-text`}
              onClick={() => setConfirming(active ? 'resume' : 'pause')}
            >
              <span className="switch-track" aria-hidden="true">
                <span className="switch-thumb" />
              </span>
              <span className="switch-label">{t('crisis.switchLabel')}</span>
              <span className="switch-state">{active ? t('crisis.on') : t('crisis.off')}</span>
            </button>
          ) : null}
          <p id={`${id}-state-text`} className="crisis-state-text" data-testid="crisis-state" data-active={active ? 'true' : 'false'}>
            {active
              ? data.by
                ? t('crisis.activeSince', { time: since, name: data.by })
                : t('crisis.activeSinceNoName', { time: since })
              : t('crisis.inactive')}
          </p>
        </div>
        {!mayPause ? <p className="hint">{t('crisis.onlyEditors')}</p> : null}

        {confirming === 'pause' ? (
          <form className="confirm crisis-confirm" onSubmit={onPause} noValidate aria-labelledby={`${id}-q`}>
            <p id={`${id}-q`}>
              <strong>{t('crisis.pauseQuestion')}</strong>
            </p>
            <div className="field">
              <label htmlFor={`${id}-reason`}>
                {t('crisis.reason')} <span className="muted">({t('common.optional')})</span>
              </label>
              <textarea
                id={`${id}-reason`}
                rows={2}
                maxLength={500}
                value={reason}
                autoFocus
                aria-describedby={`${id}-reason-hint`}
                onChange={(e) => setReason(e.target.value)}
              />
              <p id={`${id}-reason-hint`} className="hint">
                {t('crisis.reasonHint')}
              </p>
            </div>
            <div className="button-row">
              <button type="submit" className="button button-danger" disabled={busy}>
                {t('crisis.pauseYes')}
              </button>
              <button type="button" className="button" onClick={() => setConfirming(null)}>
                {t('crisis.no')}
              </button>
            </div>
          </form>
        ) : null}
        {confirming === 'resume' ? (
          <Confirm
            question={t('crisis.resumeQuestion')}
            yes={t('crisis.resumeYes')}
            no={t('crisis.no')}
            busy={busy}
            onYes={() => void switchMode('resume')}
            onNo={() => setConfirming(null)}
          />
        ) : null}
        <ErrorMessage error={error} />
      </section>

      {data.held.length > 0 || !active ? (
        <section className="card" aria-labelledby={`${id}-held`}>
          <h2 id={`${id}-held`}>{t('crisis.heldTitle', { count: data.held.length })}</h2>
          {data.held.length === 0 ? (
            <p className="muted">{t('crisis.heldEmpty')}</p>
          ) : (
            <>
              <p className="hint">{mayDecide ? t('crisis.heldIntro') : t('crisis.heldIntroReadOnly')}</p>
              <ul className="held-list">
                {data.held.map((p) => (
                  <HeldPostItem key={p.id} post={p} orgId={org.id} zone={org.timeZone} mayDecide={mayDecide} onDecided={() => state.reload()} />
                ))}
              </ul>
            </>
          )}
        </section>
      ) : null}
    </div>
  );
}
