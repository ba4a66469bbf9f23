import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import type { CampaignView } from '../types';

export const CAREFUL_PHASES = ['preparation', 'execution', 'aftercare'] as const;
export type CarefulPhase = (typeof CAREFUL_PHASES)[number];

/** The three phases as steps: each a link with how far its questions are answered (filled of total, from the server). */
export function CampaignSteps({ campaign, current }: { campaign: CampaignView; current?: CarefulPhase }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('campaigns.stepsLabel')} className="campaign-steps">
      <ol>
        {CAREFUL_PHASES.map((phase, i) => {
          const p = campaign.progress[phase];
          return (
            <li key={phase} className={campaign.phase === phase ? 'is-active-phase' : undefined}>
              <NavLink to={`/campaigns/${campaign.id}/${phase}`} aria-current={current === phase ? 'page' : undefined}>
                <span className="campaign-step-name">
                  {i + 1}. {t(`campaigns.phase.${phase}`)}
                </span>
                <progress max={p.total} value={p.filled} aria-hidden="true" />
                <span className="campaign-step-count" data-testid={`progress-${phase}`}>
                  {t('campaigns.progress', { filled: p.filled, total: p.total })}
                </span>
              </NavLink>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
