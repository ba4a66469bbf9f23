import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api, errorMessage, orgPath } from '../api';
import { useAnnounce } from '../hooks/useAnnounce';
import { useMovePost } from '../hooks/useMovePost';
import { splitLocal } from '../lib/time';
import type { Post } from '../types';

/**
 * On a post's page: move it to another day and time (the keyboard way of dragging it in the
 * calendar, with the same rules: an approved post goes back to draft) and duplicate it.
 */
export function PostMoveAndCopy({ post, orgId, zone, mayMove, onChange }: { post: Post; orgId: string; zone: string; mayMove: boolean; onChange: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const start = splitLocal(post.scheduledLocal);
  const [date, setDate] = useState(start.date);
  const [time, setTime] = useState(start.time);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const move = useMovePost(orgId, zone, onChange);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    if (!date || !time) return setProblem(t('bulk.needTime'));
    setBusy(true);
    const outcome = await move(post.id, `${date}T${time.slice(0, 5)}`);
    if (outcome?.outcome === 'refused') setProblem(outcome.error?.message ?? null);
    setBusy(false);
  };

  const duplicate = async () => {
    setBusy(true);
    try {
      const copy = await api.post<{ id: string }>(orgPath(orgId, `/posts/${post.id}/duplicate`), {});
      announce(t('move.duplicated'));
      navigate(`/posts/${copy.id}/edit`);
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('move.title')}</h2>
      {mayMove ? (
        <form className="move-form" onSubmit={submit} noValidate>
          <div className="inline-field">
            <label htmlFor={`${id}-date`}>{t('move.date')}</label>
            <input id={`${id}-date`} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          </div>
          <div className="inline-field">
            <label htmlFor={`${id}-time`}>{t('move.time')}</label>
            <input id={`${id}-time`} type="time" value={time} onChange={(e) => setTime(e.target.value)} />
          </div>
          <button type="submit" className="button" disabled={busy}>
            {t('move.submit')}
          </button>
          <p className="hint">{t('bulk.rescheduleHint')}</p>
        </form>
      ) : null}
      <button type="button" className="button" disabled={busy} onClick={() => void duplicate()}>
        {t('move.duplicate')}
      </button>
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
    </section>
  );
}
