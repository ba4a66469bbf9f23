import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { errorMessage, orgPath } from '../api';
import { CampaignAftercareSection } from '../components/CampaignAftercareSection';
import { CampaignExecutionSection } from '../components/CampaignExecutionSection';
import { CampaignPreparationSection } from '../components/CampaignPreparationSection';
import { CAREFUL_PHASES, type CarefulPhase, CampaignSteps } from '../components/CampaignSteps';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { useApiData } from '../hooks/useApiData';
import { afterSaves, useCampaignSave } from '../hooks/useCampaignSave';
import { useOrg } from '../hooks/useSession';
import { can } from '../lib/permissions';
import type { CampaignView } from '../types';

/**
 * One phase of the careful route: the worksheet's questions for it, each saved when left, the
 * three phases' progress as steps, and the way on to the next phase (or closing the campaign).
 */
export function CampaignPhasePage({ phase }: { phase: CarefulPhase }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { org, role } = useOrg();
  const navigate = useNavigate();
  const campaign = useApiData<CampaignView>(orgPath(org.id, `/campaigns/${id}`));
  const { setData } = campaign;
  const onSaved = useCallback((c: CampaignView) => setData(c), [setData]);
  const { state, save } = useCampaignSave(org.id, id, onSaved);
  const { reload } = campaign;
  // A field left by the click that opened this page may still be saving: show it once it is.
  useEffect(() => {
    void afterSaves(id).then((waited) => waited && reload());
  }, [id, reload]);
  const [moving, setMoving] = useState(false);
  const write = can(role, 'post.write');
  const c = campaign.data;

  if (campaign.error) return <ErrorMessage error={campaign.error} />;
  if (!c) return <Loading />;

  const next = CAREFUL_PHASES[CAREFUL_PHASES.indexOf(phase) + 1];
  const moveTo = async (to: CampaignView['phase']) => {
    setMoving(true);
    if (await save({ phase: to })) navigate(to === 'closed' ? `/campaigns/${c.id}/aftercare` : `/campaigns/${c.id}/${to}`);
    setMoving(false);
  };

  return (
    <div className="page campaign-phase-page">
      <p className="breadcrumb">
        <Link to="/campaigns">{t('campaigns.title')}</Link> · <Link to={`/campaigns/${c.id}/overview`}>{t('campaigns.toOverview')}</Link>
      </p>
      <h1>
        {t(`campaigns.phase.${phase}`)}: {c.name}
      </h1>
      <p className="muted">
        {t(`campaigns.phaseIntro.${phase}`)} {c.phase === 'closed' ? <strong>{t('campaigns.closedNote')}</strong> : null}
      </p>
      <CampaignSteps campaign={c} current={phase} />
      <p className={`save-status${state.kind === 'error' ? ' is-error' : ''}`} role="status" aria-live="polite" data-testid="save-status">
        {state.kind === 'saving' ? t('campaigns.saving') : null}
        {state.kind === 'saved' ? t('campaigns.saved') : null}
        {state.kind === 'error' ? t('campaigns.saveFailed', { message: errorMessage(state.error) }) : null}
      </p>
      <fieldset className="campaign-worksheet" disabled={!write}>
        <legend className="visually-hidden">{t(`campaigns.phase.${phase}`)}</legend>
        {phase === 'preparation' ? <CampaignPreparationSection campaign={c} state={state} save={save} /> : null}
        {phase === 'execution' ? <CampaignExecutionSection campaign={c} state={state} save={save} onChanged={campaign.reload} /> : null}
        {phase === 'aftercare' ? <CampaignAftercareSection campaign={c} state={state} save={save} /> : null}
      </fieldset>
      {write ? (
        <div className="button-row campaign-next">
          {next && c.phase !== 'closed' ? (
            <button type="button" className="button button-primary" disabled={moving} onClick={() => void moveTo(next)}>
              {t('campaigns.toNext', { phase: t(`campaigns.phase.${next}`) })}
            </button>
          ) : null}
          {next ? (
            <Link className="button" to={`/campaigns/${c.id}/${next}`}>
              {t('campaigns.viewNext', { phase: t(`campaigns.phase.${next}`) })}
            </Link>
          ) : null}
          {phase === 'aftercare' && c.phase !== 'closed' ? (
            <button type="button" className="button button-primary" disabled={moving} onClick={() => void moveTo('closed')}>
              {t('campaigns.close')}
            </button>
          ) : null}
          {phase === 'aftercare' && c.phase === 'closed' ? (
            <button type="button" className="button" disabled={moving} onClick={() => void moveTo('aftercare')}>
              {t('campaigns.reopen')}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
