import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, orgPath } from '../api';
import { useAnnounce } from '../hooks/useAnnounce';
import { useApiData } from '../hooks/useApiData';
import { bulk, type BulkInput, type BulkResult } from '../lib/bulk';
import { shortText } from '../lib/text';
import type { PostSummary, Queue } from '../types';

type Action = BulkInput['action'];
const ACTIONS: Action[] = ['approve', 'reschedule', 'queue', 'cancel'];

/**
 * Bulk work on the posts selected in the list view: one action, applied per post with that
 * post's own rules; what was refused is listed with the reason (nothing of it was changed).
 */
export function BulkBar({ orgId, selected, posts, onDone }: { orgId: string; selected: string[]; posts: PostSummary[]; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const announce = useAnnounce();
  const [action, setAction] = useState<Action>('approve');
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const [queueId, setQueueId] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<BulkResult | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const queues = useApiData<Queue[]>(action === 'queue' ? orgPath(orgId, '/queues') : null);
  const excerpt = (postId: string) => shortText(posts.find((p) => p.id === postId)?.excerpt ?? '', 60) || t('calendar.noText');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    if (action === 'reschedule' && !(date && time)) return setProblem(t('bulk.needTime'));
    if (action === 'queue' && !queueId) return setProblem(t('bulk.needQueue'));
    setBusy(true);
    try {
      const answer = await bulk(orgId, {
        postIds: selected,
        action,
        ...(action === 'reschedule' && { scheduledLocal: `${date}T${time.slice(0, 5)}` }),
        ...(action === 'queue' && { queueId }),
      });
      setResult(answer);
      announce(t('bulk.summary', { done: answer.done, refused: answer.refused }), answer.refused ? 'error' : 'status');
      onDone();
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card bulk-bar" aria-labelledby={`${id}-h`} data-testid="bulk-bar">
      <h2 id={`${id}-h`}>{t('bulk.title', { count: selected.length })}</h2>
      <form onSubmit={submit} className="bulk-form" noValidate>
        <div className="inline-field">
          <label htmlFor={`${id}-action`}>{t('bulk.action')}</label>
          <select id={`${id}-action`} value={action} onChange={(e) => setAction(e.target.value as Action)}>
            {ACTIONS.map((a) => (
              <option key={a} value={a}>
                {t(`bulk.actions.${a}`)}
              </option>
            ))}
          </select>
        </div>
        {action === 'reschedule' ? (
          <>
            <div className="inline-field">
              <label htmlFor={`${id}-date`}>{t('move.date')}</label>
              <input id={`${id}-date`} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
            </div>
            <div className="inline-field">
              <label htmlFor={`${id}-time`}>{t('move.time')}</label>
              <input id={`${id}-time`} type="time" value={time} onChange={(e) => setTime(e.target.value)} />
            </div>
          </>
        ) : null}
        {action === 'queue' ? (
          <div className="inline-field">
            <label htmlFor={`${id}-queue`}>{t('bulk.queue')}</label>
            <select id={`${id}-queue`} value={queueId} onChange={(e) => setQueueId(e.target.value)}>
              <option value="">{t('bulk.chooseQueue')}</option>
              {(queues.data ?? []).map((q) => (
                <option key={q.id} value={q.id}>
                  {q.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <button type="submit" className="button button-primary" disabled={busy || selected.length === 0}>
          {busy ? t('bulk.busy') : t('bulk.apply')}
        </button>
      </form>
      {action === 'reschedule' ? <p className="hint">{t('bulk.rescheduleHint')}</p> : null}
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
      {result ? (
        <div className="bulk-result" data-testid="bulk-result">
          <p>{t('bulk.summary', { done: result.done, refused: result.refused })}</p>
          <ul>
            {result.results.map((r) => (
              <li key={r.postId} className={r.outcome === 'done' ? 'is-done' : 'is-refused'}>
                <strong>{excerpt(r.postId)}</strong>:{' '}
                {r.outcome === 'done'
                  ? r.needsApproval
                    ? t('bulk.doneNeedsApproval', { status: t(`status.${r.status}`) })
                    : t('bulk.done', { status: t(`status.${r.status}`) })
                  : t('bulk.refused', { reason: r.error?.message ?? '' })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
