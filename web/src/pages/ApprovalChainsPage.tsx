import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, orgPath } from '../api';
import { ErrorMessage } from '../components/ErrorMessage';
import { FieldError } from '../components/FieldError';
import { Loading } from '../components/Loading';
import { useAnnounce } from '../hooks/useAnnounce';
import { useApiData } from '../hooks/useApiData';
import { useOrg } from '../hooks/useSession';
import { can, ROLES } from '../lib/permissions';
import type { ApprovalChains, ApprovalStep, Channel } from '../types';

/** Roles whose members may review: the ones a step can name. */
const REVIEW_ROLES = ROLES.filter((r) => can(r, 'post.review'));

const newStep = (): ApprovalStep => ({ roles: ['approver'], people: [], mode: 'any', includesTime: false });

/**
 * Admins set the organisation's approval chain and, where a channel needs another, that channel's
 * own: ordered steps, each approved by members of roles or named people, any one or all of them.
 */
export function ApprovalChainsPage() {
  const { t } = useTranslation();
  const { org, role } = useOrg();
  const id = useId();
  const announce = useAnnounce();
  const allowed = can(role, 'org.manage');
  const loaded = useApiData<ApprovalChains>(allowed ? orgPath(org.id, '/approval-chains') : null);
  const channels = useApiData<Channel[]>(allowed ? orgPath(org.id, '/channels') : null);
  const [channelId, setChannelId] = useState<string>('');
  const [steps, setSteps] = useState<ApprovalStep[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [stepErrors, setStepErrors] = useState<Record<number, string>>({});

  // The chain of the chosen scope, as stored (none stored: the default is shown as empty).
  const stored = (data: ApprovalChains, which: string) => data.chains.find((c) => (c.channelId ?? '') === which)?.steps ?? [];
  useEffect(() => {
    if (loaded.data && steps === null) setSteps(stored(loaded.data, channelId));
  }, [loaded.data, steps, channelId]);

  if (!allowed) {
    return (
      <div className="page">
        <h1>{t('chainSettings.title')}</h1>
        <p className="notice notice-info">{t('chainSettings.onlyAdmin')}</p>
      </div>
    );
  }
  if (loaded.error) return <ErrorMessage error={loaded.error} />;
  if (!loaded.data || !steps) return <Loading />;
  const reviewers = loaded.data.reviewers;

  const change = (i: number, patch: Partial<ApprovalStep>) => setSteps(steps.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const toggle = <T,>(list: T[], value: T, on: boolean) => (on ? [...list, value] : list.filter((v) => v !== value));
  const move = (i: number, by: -1 | 1) => {
    const next = [...steps];
    const [s] = next.splice(i, 1);
    next.splice(i + by, 0, s!);
    setSteps(next);
    announce(t('chainSettings.moved', { position: i + by + 1 }));
  };
  const chooseScope = (which: string) => {
    setChannelId(which);
    setSteps(stored(loaded.data!, which));
    setStepErrors({});
    setError(null);
  };

  const save = async (e: FormEvent | null, next = steps) => {
    e?.preventDefault();
    const problems: Record<number, string> = {};
    next.forEach((s, i) => {
      if (s.roles.length + s.people.length === 0) problems[i] = t('chainSettings.stepNeedsSomeone', { n: i + 1 });
    });
    setStepErrors(problems);
    if (Object.keys(problems).length) {
      announce(Object.values(problems)[0]!);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const saved = await api.put<ApprovalChains>(orgPath(org.id, '/approval-chains'), { channelId: channelId || null, steps: next });
      loaded.setData(saved);
      setSteps(stored(saved, channelId));
      announce(next.length ? t('chainSettings.saved') : t('chainSettings.reset'));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const channelName = channels.data?.find((c) => c.id === channelId)?.name;
  return (
    <div className="page chain-settings-page">
      <h1>{t('chainSettings.title')}</h1>
      <p className="muted">{t('chainSettings.intro')}</p>
      <p className="button-row">
        <Link to="/settings/checklist">{t('checklist.settingsTitle')}</Link>
      </p>

      <div className="field">
        <label htmlFor={`${id}-scope`}>{t('chainSettings.scope')}</label>
        <select id={`${id}-scope`} value={channelId} onChange={(e) => chooseScope(e.target.value)}>
          <option value="">{t('chainSettings.scopeOrg')}</option>
          {(channels.data ?? []).map((c) => (
            <option key={c.id} value={c.id}>
              {t('chainSettings.scopeChannel', { name: c.name })}
            </option>
          ))}
        </select>
        <p className="hint">{t('chainSettings.scopeHint')}</p>
      </div>

      {steps.length === 0 ? (
        <p className="notice notice-info" data-testid="chain-default">
          {channelId ? t('chainSettings.channelDefault', { name: channelName ?? '' }) : t('chainSettings.orgDefault')}
        </p>
      ) : null}

      <form onSubmit={(e) => void save(e)} noValidate>
        <ol className="chain-steps">
          {steps.map((step, i) => (
            <li key={`${i}-${steps.length}`} className="card">
              <fieldset aria-describedby={`${id}-${i}-error`}>
                <legend>{t('chainSettings.stepLegend', { n: i + 1 })}</legend>
                <fieldset className="choice-group">
                  <legend>{t('chainSettings.roles')}</legend>
                  {REVIEW_ROLES.map((r) => (
                    <label key={r} className="checkbox-field">
                      <input type="checkbox" checked={step.roles.includes(r)} onChange={(e) => change(i, { roles: toggle(step.roles, r, e.target.checked) })} />{' '}
                      {t(`roles.${r}`)}
                    </label>
                  ))}
                </fieldset>
                <fieldset className="choice-group">
                  <legend>{t('chainSettings.people')}</legend>
                  {reviewers.length === 0 ? <p className="hint">{t('chainSettings.noReviewers')}</p> : null}
                  {reviewers.map((p) => (
                    <label key={p.id} className="checkbox-field">
                      <input
                        type="checkbox"
                        checked={step.people.includes(p.id)}
                        onChange={(e) => change(i, { people: toggle(step.people, p.id, e.target.checked) })}
                      />{' '}
                      {p.name} <span className="muted">({t(`roles.${p.role}`)})</span>
                    </label>
                  ))}
                </fieldset>
                <fieldset className="choice-group">
                  <legend>{t('chainSettings.mode')}</legend>
                  {(['any', 'all'] as const).map((m) => (
                    <label key={m} className="checkbox-field">
                      <input type="radio" name={`${id}-${i}-mode`} checked={step.mode === m} onChange={() => change(i, { mode: m })} />{' '}
                      {t(`chainSettings.mode_${m}`)}
                    </label>
                  ))}
                </fieldset>
                <label className="checkbox-field">
                  <input type="checkbox" checked={step.includesTime} onChange={(e) => change(i, { includesTime: e.target.checked })} />{' '}
                  {t('chainSettings.includesTime')}
                </label>
                <p className="hint">{t('chainSettings.includesTimeHint')}</p>
                <FieldError id={`${id}-${i}-error`} message={stepErrors[i]} />
              </fieldset>
              <div className="button-row">
                <button type="button" className="button" disabled={i === 0} onClick={() => move(i, -1)}>
                  {t('chainSettings.up', { n: i + 1 })}
                </button>
                <button type="button" className="button" disabled={i === steps.length - 1} onClick={() => move(i, 1)}>
                  {t('chainSettings.down', { n: i + 1 })}
                </button>
                <button type="button" className="button button-danger-outline" onClick={() => setSteps(steps.filter((_, j) => j !== i))}>
                  {t('chainSettings.remove', { n: i + 1 })}
                </button>
              </div>
            </li>
          ))}
        </ol>
        <p className="hint">{t('chainSettings.expiryHint')}</p>
        <div className="button-row">
          <button type="button" className="button" disabled={steps.length >= 10} onClick={() => setSteps([...steps, newStep()])}>
            {t('chainSettings.add')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('chainSettings.save')}
          </button>
          {loaded.data.chains.some((c) => (c.channelId ?? '') === channelId) ? (
            <button type="button" className="button" disabled={busy} onClick={() => void save(null, [])}>
              {channelId ? t('chainSettings.useOrgChain') : t('chainSettings.useDefault')}
            </button>
          ) : null}
        </div>
        <ErrorMessage error={error} />
      </form>
    </div>
  );
}
