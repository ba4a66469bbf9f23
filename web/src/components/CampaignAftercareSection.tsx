import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api, orgPath } from '../api';
import { useApiData } from '../hooks/useApiData';
import type { SaveState } from '../hooks/useCampaignSave';
import { useOrg } from '../hooks/useSession';
import { can } from '../lib/permissions';
import type { CampaignPatchInput, CampaignResultsView, CampaignView, InboxTemplate, Member } from '../types';
import { AutoChecks, AutoField } from './CampaignFields';
import { ErrorMessage } from './ErrorMessage';

type Save = (patch: CampaignPatchInput, field?: string) => Promise<boolean>;

/** The goal against the measured figures, in one sentence. */
export function ResultSentence({ results }: { results: CampaignResultsView }) {
  const { t } = useTranslation();
  const metric = results.metric ? t(`campaigns.unit.${results.metric}`) : '';
  const actual = results.actual === null ? '' : Math.round(results.actual).toLocaleString();
  const target = results.target === null ? '' : results.target.toLocaleString();
  return (
    <p className={`campaign-verdict verdict-${results.verdict}`} data-testid="campaign-verdict">
      {t(`campaigns.verdict.${results.verdict}`, { actual, target, metric })}
    </p>
  );
}

/** Aftercare: who answers reactions and how, with which reply templates; was the goal reached; look back and announce the next. */
export function CampaignAftercareSection({ campaign: c, state, save }: { campaign: CampaignView; state: SaveState; save: Save }) {
  const { t } = useTranslation();
  const { org, role } = useOrg();
  const navigate = useNavigate();
  const id = useId();
  const members = useApiData<Member[]>(orgPath(org.id, '/members'));
  const templates = useApiData<{ templates: InboxTemplate[] }>(orgPath(org.id, '/inbox/templates'));
  const results = useApiData<CampaignResultsView>(orgPath(org.id, `/campaigns/${c.id}/results`));
  const [nextError, setNextError] = useState<unknown>(null);
  const after = c.aftercare;
  const text = (f: 'howToAnswer' | 'lookBack' | 'nextAnnouncement', hint?: string) => (
    <AutoField
      label={t(`campaigns.field.${f}`)}
      hint={hint}
      value={after[f] ?? ''}
      type="textarea"
      field="aftercare"
      state={state}
      onSave={(v) => void save({ aftercare: { [f]: v } }, 'aftercare')}
    />
  );

  return (
    <>
      <section className="card" aria-labelledby={`${id}-answer`}>
        <h2 id={`${id}-answer`}>{t('campaigns.section.answering')}</h2>
        <AutoChecks
          legend={t('campaigns.field.responders')}
          hint={t('campaigns.hint.responders', { hashtag: c.hashtag ?? t('campaigns.itsPosts') })}
          options={(members.data ?? []).map((m) => ({ id: m.userId, label: m.name }))}
          chosen={after.responders ?? []}
          empty={t('campaigns.noMembers')}
          onSave={(responders) => void save({ aftercare: { responders } }, 'aftercare')}
        />
        {text('howToAnswer')}
        <AutoChecks
          legend={t('campaigns.field.replyTemplateIds')}
          options={(templates.data?.templates ?? []).map((tp) => ({ id: tp.id, label: tp.name }))}
          chosen={after.replyTemplateIds ?? []}
          empty={t('campaigns.noTemplates')}
          onSave={(replyTemplateIds) => void save({ aftercare: { replyTemplateIds } }, 'aftercare')}
        />
      </section>

      <section className="card" aria-labelledby={`${id}-goal`}>
        <h2 id={`${id}-goal`}>{t('campaigns.section.result')}</h2>
        {results.error ? <ErrorMessage error={results.error} /> : null}
        {results.data ? (
          <>
            <ResultSentence results={results.data} />
            <p className="small">{t('campaigns.resultDetail', { posts: results.data.publishedPosts, inbox: results.data.inboxItems })}</p>
          </>
        ) : null}
        <button type="button" className="button button-small" onClick={results.reload}>
          {t('campaigns.refreshResults')}
        </button>
      </section>

      <section className="card" aria-labelledby={`${id}-look`}>
        <h2 id={`${id}-look`}>{t('campaigns.section.lookBack')}</h2>
        {text('lookBack')}
        {text('nextAnnouncement')}
        {can(role, 'post.write') ? (
          <>
            <button
              type="button"
              className="button"
              onClick={() =>
                void startNextCampaign(org.id, c, t('campaigns.nextName', { name: c.name }).slice(0, 200))
                  .then((made) => navigate(`/campaigns/${made.id}/preparation`))
                  .catch(setNextError)
              }
            >
              {t('campaigns.startNext')}
            </button>
            <ErrorMessage error={nextError} />
          </>
        ) : null}
      </section>
    </>
  );
}

/** Starts a new campaign from this one's name and hashtag (the worksheet's "announce the next"). */
export async function startNextCampaign(orgId: string, c: CampaignView, name: string): Promise<CampaignView> {
  return api.post<CampaignView>(orgPath(orgId, '/campaigns'), { name, hashtag: c.hashtag, colour: c.colour, route: 'careful' });
}
