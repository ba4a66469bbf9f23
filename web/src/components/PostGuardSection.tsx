import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, orgPath } from '../api';
import { useAnnounce } from '../hooks/useAnnounce';
import { useLanguage } from '../hooks/useLanguage';
import { formatInstant } from '../lib/time';
import type { Post } from '../types';
import { ErrorMessage } from './ErrorMessage';
import { FieldError } from './FieldError';
import { GuardFindingList, GuardVerdict } from './GuardPanel';

const MIN_REASON = 10;

type GuardPart = NonNullable<Post['guard']>['parts'][number];

/** The privacy check of a saved post: findings per text, an override and its recorded reason. */
export function PostGuardSection({ post, orgId, zone, onChange }: { post: Post; orgId: string; zone: string; onChange: (post: Post) => void }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const id = useId();
  const announce = useAnnounce();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const guard = post.guard;
  if (!guard) return null;
  const parts = guard.parts.filter((p) => p.result.findings.length > 0);
  const overrideEvent = [...post.events].filter((e) => e.action === 'guard_override').sort((a, b) => b.at.localeCompare(a.at))[0];
  const mayOverride = post.allowedActions.includes('override_guard') && guard.verdict === 'block' && !guard.overridden;

  const textOf = (part: GuardPart): string | undefined => {
    if (part.part === 'base') return post.baseText;
    if (part.image) return post.media.find((m) => m.id === part.image?.id)?.altText;
    return post.variants.find((v) => v.channelId === part.part)?.text ?? undefined;
  };
  const labelOf = (part: GuardPart): string => {
    if (part.part === 'base') return t('guard.partBase');
    if (part.image) return t('guardFields.partAltText', { number: part.image.number });
    return t('guard.partChannel', { channel: part.label || post.variants.find((v) => v.channelId === part.part)?.channelName || part.part });
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (reason.trim().length < MIN_REASON) {
      setReasonError(t('guard.overrideTooShort', { count: MIN_REASON }));
      return;
    }
    setReasonError(undefined);
    setBusy(true);
    setError(null);
    try {
      const updated = await api.post<Post>(orgPath(orgId, `/posts/${post.id}/guard-override`), { reason: reason.trim() });
      setOpen(false);
      setReason('');
      onChange(updated);
      announce(t('guard.overrideDone'));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card guard-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('guard.title')}</h2>
      <GuardVerdict verdict={guard.verdict} overridden={guard.overridden} context="detail" />

      {guard.overridden ? (
        <div className="notice notice-warning" data-testid="guard-overridden">
          <p className="notice-title">{t('guard.overriddenTitle')}</p>
          {overrideEvent ? (
            <>
              <p>
                {t('guard.overriddenBy', {
                  name: overrideEvent.actor?.name ?? t('detail.system'),
                  time: formatInstant(overrideEvent.at, zone, language),
                })}
              </p>
              {overrideEvent.reason ? (
                <blockquote className="override-reason">
                  <span className="label-inline">{t('guard.overrideReason')}:</span> {overrideEvent.reason}
                </blockquote>
              ) : null}
            </>
          ) : null}
        </div>
      ) : null}

      {parts.map((p) => (
        <div key={p.part} className="guard-part">
          <h3>{labelOf(p)}</h3>
          <GuardFindingList findings={p.result.findings} text={textOf(p)} part={p.part} />
        </div>
      ))}

      {post.fourEyes === 'approve_then_override' ? (
        <p className="hint" data-testid="four-eyes-note">
          {t('fourEyes.approve_then_override')}
        </p>
      ) : null}

      {mayOverride ? (
        <div className="override">
          {!open ? (
            <button type="button" className="button" aria-expanded={false} onClick={() => setOpen(true)}>
              {t('guard.override')}
            </button>
          ) : (
            <form className="reason-form" onSubmit={submit} noValidate>
              <h3>{t('guard.override')}</h3>
              <p id={`${id}-explain`} className="hint">
                {t('guard.overrideExplain')}
              </p>
              <div className="field">
                <label htmlFor={`${id}-reason`}>{t('guard.overrideLabel')}</label>
                <textarea
                  id={`${id}-reason`}
                  rows={3}
                  value={reason}
                  maxLength={2000}
                  autoFocus
                  aria-describedby={`${id}-explain ${id}-reason-error`}
                  aria-invalid={reasonError ? true : undefined}
                  onChange={(e) => setReason(e.target.value)}
                />
                <FieldError id={`${id}-reason-error`} message={reasonError} />
              </div>
              <ErrorMessage error={error} />
              <div className="button-row">
                <button type="submit" className="button button-primary" disabled={busy}>
                  {t('guard.overrideSubmit')}
                </button>
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    setOpen(false);
                    setReasonError(undefined);
                  }}
                >
                  {t('common.cancel')}
                </button>
              </div>
            </form>
          )}
        </div>
      ) : null}
    </section>
  );
}
