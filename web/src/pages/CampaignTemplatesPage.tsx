import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { CampaignView } from '../../../src/contracts/campaign';
import type { CampaignTemplateView } from '../../../src/contracts/campaign-quick';
import { api, ApiRequestError, orgPath } from '../api';
import { Confirm } from '../components/Confirm';
import { ErrorMessage } from '../components/ErrorMessage';
import { FieldError } from '../components/FieldError';
import { Loading } from '../components/Loading';
import { useAnnounce } from '../hooks/useAnnounce';
import { usePages } from '../hooks/usePages';
import { useOrg } from '../hooks/useSession';
import { can } from '../lib/permissions';

/** The organisation's campaign templates: start a campaign from one, rename or delete it. */
export function CampaignTemplatesPage() {
  const { t } = useTranslation();
  const { org, role } = useOrg();
  const write = can(role, 'post.write');
  const pages = usePages<CampaignTemplateView>(orgPath(org.id, '/campaign-templates?limit=25'), 'list');
  const heading = useRef<HTMLHeadingElement>(null);

  return (
    <div className="page campaign-templates-page">
      <h1 ref={heading} tabIndex={-1}>
        {t('templates.title')}
      </h1>
      <p className="muted">{t('templates.intro')}</p>
      {write ? (
        <p>
          <Link to="/campaigns/quick">{t('templates.toQuick')}</Link>
        </p>
      ) : null}
      {pages.error ? <ErrorMessage error={pages.error} /> : null}
      {pages.loading && pages.items.length === 0 ? <Loading /> : null}
      {!pages.loading && !pages.error && pages.items.length === 0 ? <p className="empty-state">{t('templates.empty')}</p> : null}
      <ul className="template-list">
        {pages.items.map((tpl) => (
          <TemplateRow
            key={tpl.id}
            template={tpl}
            write={write}
            onChanged={(next) => pages.update((items) => items.map((x) => (x.id === next.id ? next : x)))}
            onRemoved={() => {
              pages.update((items) => items.filter((x) => x.id !== tpl.id));
            }}
            fallbackFocus={() => heading.current}
          />
        ))}
      </ul>
      {pages.hasMore ? (
        <button type="button" className="button" disabled={pages.loading} onClick={() => pages.loadMore()}>
          {t('templates.more')}
        </button>
      ) : null}
    </div>
  );
}

function TemplateRow({
  template,
  write,
  onChanged,
  onRemoved,
  fallbackFocus,
}: {
  template: CampaignTemplateView;
  write: boolean;
  onChanged: (t: CampaignTemplateView) => void;
  onRemoved: () => void;
  fallbackFocus: () => HTMLElement | null;
}) {
  const { t } = useTranslation();
  const { org } = useOrg();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(template.name);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const renameButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const path = orgPath(org.id, `/campaign-templates/${template.id}`);
  const c = template.content;
  const id = `tpl-${template.id}`;

  const act = async (fn: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const start = () =>
    act(async () => {
      if (template.route === 'quick') {
        navigate(`/campaigns/quick?template=${template.id}`);
        return;
      }
      const made = await api.post<CampaignView>(orgPath(org.id, '/campaigns'), { name: template.name, templateId: template.id });
      announce(t('templates.started', { name: made.name }));
      navigate(`/campaigns/${made.id}/overview`);
    });

  return (
    <li className="card template-row" data-testid="template-row" data-name={template.name}>
      {renaming ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void act(async () => {
              onChanged(await api.patch<CampaignTemplateView>(path, { name }));
              setRenaming(false);
              announce(t('templates.renamed', { name }));
              setTimeout(() => renameButton.current?.focus());
            });
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-name`}>{t('templates.name')}</label>
            <input
              id={`${id}-name`}
              value={name}
              maxLength={200}
              autoFocus
              aria-describedby={`${id}-name-error`}
              aria-invalid={error instanceof ApiRequestError ? true : undefined}
              onChange={(e) => setName(e.target.value)}
            />
            <FieldError id={`${id}-name-error`} message={error instanceof ApiRequestError ? error.message : undefined} />
          </div>
          <div className="button-row">
            <button type="submit" className="button button-primary button-small" disabled={busy}>
              {t('templates.save')}
            </button>
            <button
              type="button"
              className="button button-small"
              onClick={() => {
                setRenaming(false);
                setName(template.name);
                setError(null);
                setTimeout(() => renameButton.current?.focus());
              }}
            >
              {t('templates.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <>
          <h2 className="template-name">{template.name}</h2>
          <p className="small">
            {t(`templates.route.${template.route}`)}
            {c.hashtag ? ` · ${c.hashtag}` : ''}
            {c.goalMetric && c.goalTarget != null ? ` · ${t('templates.goal', { target: c.goalTarget, metric: t(`templates.metric.${c.goalMetric}`) })}` : ''}
          </p>
          {c.preparation?.goal ? <p>{c.preparation.goal}</p> : null}
          {c.preparation?.audience ? (
            <p className="small">
              <span className="muted">{t('templates.audience')}:</span> {c.preparation.audience}
            </p>
          ) : null}
          {!renaming && !(error instanceof ApiRequestError && renaming) ? <ErrorMessage error={error} /> : null}
          {write ? (
            <div className="button-row">
              <button type="button" className="button button-primary button-small" disabled={busy} onClick={() => void start()}>
                {t('templates.start')}
                <span className="visually-hidden">: {template.name}</span>
              </button>
              <button ref={renameButton} type="button" className="button button-small" onClick={() => setRenaming(true)}>
                {t('templates.rename')}
                <span className="visually-hidden">: {template.name}</span>
              </button>
              <button ref={deleteButton} type="button" className="button button-small" onClick={() => setAsking(true)}>
                {t('templates.delete')}
                <span className="visually-hidden">: {template.name}</span>
              </button>
            </div>
          ) : null}
          {asking ? (
            <Confirm
              question={t('templates.deleteQuestion', { name: template.name })}
              yes={t('templates.deleteYes')}
              no={t('templates.cancel')}
              busy={busy}
              returnFocusTo={deleteButton}
              fallbackFocus={fallbackFocus}
              onNo={() => setAsking(false)}
              onYes={() =>
                void act(async () => {
                  await api.delete(path);
                  setAsking(false);
                  announce(t('templates.deleted', { name: template.name }));
                  onRemoved();
                })
              }
            />
          ) : null}
        </>
      )}
    </li>
  );
}
