import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiRequestError, api, orgPath } from '../api';
import { useOrg } from '../hooks/useSession';
import type { CampaignView } from '../types';
import { ErrorMessage } from './ErrorMessage';
import { FieldError } from './FieldError';

/** Saves a campaign as a template the organisation can start the next one from (its answers, not its dates or people). */
export function SaveAsTemplate({ campaign }: { campaign: Pick<CampaignView, 'id' | 'name'> }) {
  const { t } = useTranslation();
  const { org } = useOrg();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(campaign.name);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const nameError = error instanceof ApiRequestError ? error.field('name') : undefined;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const made = await api.post<{ name: string }>(orgPath(org.id, `/campaigns/${campaign.id}/template`), { name: name.trim() });
      setSaved(made.name);
      setOpen(false);
    } catch (err) {
      setError(err);
    }
    setBusy(false);
  };

  return (
    <div className="save-as-template">
      <p role="status" aria-live="polite">
        {saved ? (
          <>
            {t('campaignView.templateSaved', { name: saved })} <Link to="/campaigns/templates">{t('campaignView.toTemplates')}</Link>
          </>
        ) : null}
      </p>
      {open ? (
        <form onSubmit={(e) => void submit(e)} noValidate className="field-row">
          <div className="field field-grow">
            <label htmlFor={`${id}-name`}>{t('campaignView.templateName')}</label>
            <input
              id={`${id}-name`}
              type="text"
              value={name}
              required
              maxLength={200}
              aria-invalid={nameError ? true : undefined}
              aria-describedby={nameError ? `${id}-error` : undefined}
              onChange={(e) => setName(e.target.value)}
            />
            <FieldError id={`${id}-error`} message={nameError} />
          </div>
          <div className="field button-row">
            <button type="submit" className="button button-primary" disabled={busy}>
              {t('campaignView.saveTemplateSubmit')}
            </button>
            <button type="button" className="button" onClick={() => setOpen(false)}>
              {t('campaignView.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" className="button" onClick={() => setOpen(true)}>
          {t('campaignView.saveTemplate')}
        </button>
      )}
      {error && !nameError ? <ErrorMessage error={error} /> : null}
    </div>
  );
}
