import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ApiRequestError, api, orgPath } from '../api';
import { ErrorMessage } from '../components/ErrorMessage';
import { FieldError } from '../components/FieldError';
import { Loading } from '../components/Loading';
import { usePages } from '../hooks/usePages';
import { useOrg } from '../hooks/useSession';
import { can } from '../lib/permissions';
import type { CampaignView } from '../types';

/** Where a campaign opens: the page of the phase it is in (a closed one at its aftercare); a quick one at its overview. */
export const campaignHome = (c: Pick<CampaignView, 'id' | 'phase' | 'route'>) =>
  c.route === 'quick' ? `/campaigns/${c.id}/overview` : `/campaigns/${c.id}/${c.phase === 'closed' ? 'aftercare' : c.phase}`;

/** The organisation's campaigns, newest first, a page at a time; a careful campaign starts here. */
export function CampaignsPage() {
  const { t } = useTranslation();
  const { org, role } = useOrg();
  const navigate = useNavigate();
  const id = useId();
  const list = usePages<CampaignView>(orgPath(org.id, '/campaigns?limit=20'), 'list');
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const nameError = error instanceof ApiRequestError ? error.field('name') : undefined;

  const start = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const made = await api.post<CampaignView>(orgPath(org.id, '/campaigns'), { name: name.trim(), route: 'careful' });
      navigate(`/campaigns/${made.id}/preparation`);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <div className="page campaigns-page">
      <h1>{t('campaigns.title')}</h1>
      <p className="muted">{t('campaigns.intro')}</p>
      {can(role, 'post.write') ? (
        <section className="card" aria-labelledby={`${id}-start`}>
          <h2 id={`${id}-start`}>{t('campaigns.startTitle')}</h2>
          <p className="hint">{t('campaigns.startHint')}</p>
          <form onSubmit={(e) => void start(e)} noValidate className="field-row">
            <div className="field field-grow">
              <label htmlFor={`${id}-name`}>{t('campaigns.field.name')}</label>
              <input
                id={`${id}-name`}
                type="text"
                value={name}
                required
                maxLength={200}
                aria-invalid={nameError ? true : undefined}
                aria-describedby={nameError ? `${id}-name-error` : undefined}
                onChange={(e) => setName(e.target.value)}
              />
              <FieldError id={`${id}-name-error`} message={nameError} />
            </div>
            <div className="field">
              <button type="submit" className="button button-primary" disabled={busy}>
                {t('campaigns.start')}
              </button>
            </div>
          </form>
          {error && !nameError ? <ErrorMessage error={error} /> : null}
          <p>
            <Link to="/campaigns/quick">{t('campaigns.toQuick')}</Link> · <Link to="/campaigns/templates">{t('campaigns.toTemplates')}</Link>
          </p>
        </section>
      ) : null}

      <section className="card" aria-labelledby={`${id}-list`}>
        <h2 id={`${id}-list`}>{t('campaigns.listTitle')}</h2>
        {list.error ? <ErrorMessage error={list.error} /> : null}
        {list.loading && list.items.length === 0 ? <Loading /> : null}
        {!list.loading && !list.error && list.items.length === 0 ? <p className="empty-state">{t('campaigns.empty')}</p> : null}
        <ul className="campaign-list">
          {list.items.map((c) => {
            const phase = c.phase === 'closed' ? null : c.progress[c.phase];
            return (
              <li key={c.id} className="campaign-row">
                <span className="campaign-colour" style={{ background: c.colour }} aria-hidden="true" />
                <div>
                  <Link to={campaignHome(c)} className="campaign-name">
                    {c.name}
                  </Link>
                  {c.hashtag ? <span className="muted"> {c.hashtag}</span> : null}
                  {c.route === 'careful' ? (
                    <>
                      {' · '}
                      <Link to={`/campaigns/${c.id}/overview`} aria-label={t('campaigns.overviewOf', { name: c.name })}>
                        {t('campaigns.toOverview')}
                      </Link>
                    </>
                  ) : null}
                  <p className="small">
                    {t(`campaigns.route.${c.route}`)} · {t(`campaigns.phase.${c.phase}`)}
                    {phase ? ` · ${t('campaigns.progress', { filled: phase.filled, total: phase.total })}` : null}
                    {c.eventLocal ? ` · ${t('campaigns.eventOn', { when: c.eventLocal.replace('T', ' ') })}` : null}
                  </p>
                  {phase ? <progress max={phase.total} value={phase.filled} aria-label={t('campaigns.progressOf', { name: c.name })} /> : null}
                </div>
              </li>
            );
          })}
        </ul>
        {list.hasMore ? (
          <button type="button" className="button" onClick={list.loadMore} disabled={list.loading}>
            {t('campaigns.more')}
          </button>
        ) : null}
      </section>
    </div>
  );
}
