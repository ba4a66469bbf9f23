import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { DateTime } from 'luxon';
import { api, ApiRequestError, orgPath } from '../api';
import { useAnnounce } from '../hooks/useAnnounce';
import { useLanguage } from '../hooks/useLanguage';
import { shortText } from '../lib/text';
import { formatLocal, postLocal } from '../lib/time';
import type { Post, PostSummary } from '../types';
import { Confirm } from './Confirm';
import { DateTimeInputs } from './DateTimeInputs';
import { ErrorMessage } from './ErrorMessage';
import { FieldError } from './FieldError';

type Decision = { decision: 'send' } | { decision: 'reschedule'; scheduledLocal: string } | { decision: 'cancel' };

/** One post crisis mode held back: send it now, give it a new time, or cancel it. */
export function HeldPostItem({
  post,
  orgId,
  zone,
  mayDecide,
  onDecided,
}: {
  post: PostSummary;
  orgId: string;
  zone: string;
  mayDecide: boolean;
  onDecided: (post: Post) => void;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const id = useId();
  const announce = useAnnounce();
  const [open, setOpen] = useState<'reschedule' | 'cancel' | null>(null);
  const next = DateTime.now().setZone(zone).plus({ hours: 1 }).startOf('hour');
  const [date, setDate] = useState(next.toFormat('yyyy-MM-dd'));
  const [time, setTime] = useState(next.toFormat('HH:mm'));
  const [timeError, setTimeError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const local = postLocal(post, zone);
  const preview = shortText(post.excerpt, 160) || t('calendar.noText');

  const decide = async (decision: Decision) => {
    setBusy(true);
    setError(null);
    try {
      const updated = await api.post<Post>(orgPath(orgId, `/posts/${post.id}/held`), decision);
      announce(
        decision.decision === 'send'
          ? t('crisis.sent', { text: shortText(post.excerpt, 40) })
          : decision.decision === 'reschedule'
            ? t('crisis.rescheduled', { time: formatLocal(decision.scheduledLocal, zone, language) })
            : t('crisis.cancelled'),
      );
      onDecided(updated);
    } catch (err) {
      setError(err);
      if (err instanceof ApiRequestError) setTimeError(err.field('scheduledLocal'));
    } finally {
      setBusy(false);
    }
  };

  const reschedule = (e: FormEvent) => {
    e.preventDefault();
    if (!date || !time) {
      setTimeError(t('composer.needBoth'));
      return;
    }
    setTimeError(undefined);
    void decide({ decision: 'reschedule', scheduledLocal: `${date}T${time.slice(0, 5)}` });
  };

  return (
    <li className="held-post card-inner" data-testid="held-post" data-post-id={post.id} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="held-title">
        <Link to={`/posts/${post.id}`}>{preview}</Link>
      </h3>
      <p className="muted small">
        {local ? t('crisis.wasPlanned', { time: formatLocal(local, zone, language) }) : null}
        {post.channels.length > 0 ? ` · ${post.channels.map((c) => c.name).join(', ')}` : ''}
      </p>
      {mayDecide ? (
        <>
          <div className="button-row">
            <button type="button" className="button button-primary" disabled={busy} onClick={() => void decide({ decision: 'send' })}>
              {t('crisis.sendNow')}
            </button>
            <button
              type="button"
              className="button"
              disabled={busy}
              aria-expanded={open === 'reschedule'}
              onClick={() => setOpen(open === 'reschedule' ? null : 'reschedule')}
            >
              {t('crisis.newTime')}
            </button>
            <button
              type="button"
              className="button button-danger-outline"
              disabled={busy}
              aria-expanded={open === 'cancel'}
              onClick={() => setOpen(open === 'cancel' ? null : 'cancel')}
            >
              {t('crisis.cancelPost')}
            </button>
          </div>
          {open === 'reschedule' ? (
            <form className="reschedule-form" onSubmit={reschedule} noValidate>
              <p id={`${id}-zone`} className="hint">
                {t('composer.timeZone', { zone })}
              </p>
              <div className="field-row">
                <DateTimeInputs
                  id={id}
                  date={date}
                  time={time}
                  describedBy={`${id}-zone ${id}-time-error`}
                  invalid={!!timeError}
                  autoFocus
                  onDate={setDate}
                  onTime={setTime}
                />
                <div className="field">
                  <button type="submit" className="button button-primary" disabled={busy}>
                    {t('crisis.rescheduleSubmit')}
                  </button>
                </div>
              </div>
              <FieldError id={`${id}-time-error`} message={timeError} />
            </form>
          ) : null}
          {open === 'cancel' ? (
            <Confirm
              question={t('crisis.cancelQuestion')}
              yes={t('detail.confirmCancel')}
              no={t('detail.keep')}
              busy={busy}
              onYes={() => void decide({ decision: 'cancel' })}
              onNo={() => setOpen(null)}
            />
          ) : null}
          <ErrorMessage error={error} />
        </>
      ) : null}
    </li>
  );
}
