import { useId, useState, type CSSProperties, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api, orgPath } from '../api';
import { useAnnounce } from '../hooks/useAnnounce';
import { usePages } from '../hooks/usePages';
import { useOrg } from '../hooks/useSession';
import type { CampaignView, Post } from '../types';
import { ErrorMessage } from './ErrorMessage';

/**
 * The campaign a post is in: its name and colour, a link to the campaign's overview, and for those
 * who write posts a choice to put it in another campaign or take it out (PUT …/posts/{id}/campaign).
 */
export function PostCampaign({ post, orgId, mayChange, onChange }: { post: Post; orgId: string; mayChange: boolean; onChange: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const announce = useAnnounce();
  const campaigns = usePages<CampaignView>(mayChange ? orgPath(orgId, '/campaigns?limit=100') : null, 'all');
  const [chosen, setChosen] = useState(post.campaignId ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.put(orgPath(orgId, `/posts/${post.id}/campaign`), { campaignId: chosen || null });
      const name = campaigns.items.find((c) => c.id === chosen)?.name;
      announce(name ? t('campaignView.postMoved', { name }) : t('campaignView.postTakenOut'));
      onChange();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('campaignView.postCampaign')}</h2>
      {post.campaignId && post.campaignName ? (
        <p>
          <span className="campaign-tag" style={{ '--campaign-colour': post.campaignColour ?? undefined } as CSSProperties}>
            <span className="campaign-swatch" aria-hidden="true" />
            <Link to={`/campaigns/${post.campaignId}/overview`}>{post.campaignName}</Link>
          </span>
        </p>
      ) : (
        <p className="muted">{t('campaignView.noCampaign')}</p>
      )}
      {mayChange ? (
        <form className="field-row" onSubmit={submit} noValidate>
          <div className="field">
            <label htmlFor={`${id}-campaign`}>{t('campaignView.choose')}</label>
            <select id={`${id}-campaign`} value={chosen} onChange={(e) => setChosen(e.target.value)}>
              <option value="">{t('campaignView.none')}</option>
              {campaigns.items.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button" disabled={busy || chosen === (post.campaignId ?? '')}>
            {t('campaignView.save')}
          </button>
        </form>
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}
    </section>
  );
}

/** The composer's choice of campaign (its first value comes from the post, or from ?campaign= for a new one). */
export function CampaignField({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const { org } = useOrg();
  const campaigns = usePages<CampaignView>(orgPath(org.id, '/campaigns?limit=100'), 'all');
  return (
    <div className="field">
      <label htmlFor={`${id}-campaign`}>{t('campaignView.postCampaign')}</label>
      <select id={`${id}-campaign`} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('campaignView.none')}</option>
        {campaigns.items.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
    </div>
  );
}
