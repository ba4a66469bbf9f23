import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, orgPath } from '../api';
import { useAnnounce } from '../hooks/useAnnounce';
import type { Checklist, PassageComment, Post, PostAction } from '../types';
import { ApprovalChecklist } from './ApprovalChecklist';
import { Confirm } from './Confirm';
import { ErrorMessage } from './ErrorMessage';
import { FieldError } from './FieldError';
import { PassageComments } from './PassageComments';

const ORDER: PostAction[] = ['submit', 'approve', 'request_changes', 'schedule', 'publish_now', 'unschedule', 'retry', 'withdraw', 'cancel'];

/** The buttons for what the person may do next (the server's allowedActions). */
export function PostActions({ post, orgId, onChange }: { post: Post; orgId: string; onChange: (post: Post) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const announce = useAnnounce();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [open, setOpen] = useState<'request_changes' | 'cancel' | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>(undefined);
  // The organisation's checklist, loaded when Approve is pressed; empty: approve at once.
  const [checklist, setChecklist] = useState<Checklist | null>(null);
  // With a return: remarks on passages of the text (src/contracts/post.ts CommentInput).
  const [comments, setComments] = useState<PassageComment[]>([]);

  const actions = ORDER.filter((a) => post.allowedActions.includes(a));

  const run = async (action: PostAction, why?: string, confirmed?: string[]) => {
    setBusy(true);
    setError(null);
    try {
      const updated =
        action === 'publish_now'
          ? await api.post<Post>(orgPath(orgId, `/posts/${post.id}/publish-now`), {})
          : await api.post<Post>(orgPath(orgId, `/posts/${post.id}/transitions`), {
              event: action,
              ...(why && { reason: why }),
              ...(confirmed && { checklist: confirmed }),
              ...(action === 'request_changes' && comments.length > 0 && { comments }),
            });
      setOpen(null);
      setChecklist(null);
      setReason('');
      setComments([]);
      onChange(updated);
      announce(t('detail.actionDone', { status: t(`status.${updated.status}`) }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const openChecklist = async () => {
    setError(null);
    try {
      const list = await api.get<Checklist>(orgPath(orgId, '/checklist'));
      if (list.questions.length === 0) void run('approve');
      else setChecklist(list);
    } catch (err) {
      setError(err);
    }
  };

  const sendBack = (e: FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) {
      setReasonError(t('detail.reasonRequired'));
      return;
    }
    setReasonError(undefined);
    void run('request_changes', reason.trim());
  };

  // Four eyes: say why Approve is not offered to someone whose role could approve.
  const fourEyes =
    post.fourEyes && post.fourEyes !== 'approve_then_override' ? (
      <p className="hint" data-testid="four-eyes-note">
        {t(`fourEyes.${post.fourEyes}`)}
      </p>
    ) : null;

  if (actions.length === 0) {
    return (
      <>
        <p className="muted">{t('detail.noActions')}</p>
        {fourEyes}
      </>
    );
  }

  return (
    <div className="post-actions">
      {fourEyes}
      <div className="button-row">
        {actions.map((action) => (
          <button
            key={action}
            type="button"
            className={`button${action === 'cancel' ? ' button-danger-outline' : ''}${
              ['approve', 'schedule', 'submit', 'publish_now'].includes(action) ? ' button-primary' : ''
            }`}
            disabled={busy}
            aria-expanded={action === 'request_changes' || action === 'cancel' ? open === action : undefined}
            onClick={() => {
              if (action === 'request_changes' || action === 'cancel') setOpen(open === action ? null : action);
              else if (action === 'approve') void openChecklist();
              else void run(action);
            }}
          >
            {t(`action.${action}`)}
          </button>
        ))}
      </div>

      {open === 'request_changes' ? (
        <form className="reason-form" onSubmit={sendBack} noValidate>
          <div className="field">
            <label htmlFor={`${id}-reason`}>{t('detail.reasonLabel')}</label>
            <textarea
              id={`${id}-reason`}
              rows={3}
              value={reason}
              maxLength={2000}
              autoFocus
              aria-describedby={`${id}-reason-hint ${id}-reason-error`}
              aria-invalid={reasonError ? true : undefined}
              onChange={(e) => setReason(e.target.value)}
            />
            <p id={`${id}-reason-hint`} className="hint">
              {t('detail.reasonHint')}
            </p>
            <FieldError id={`${id}-reason-error`} message={reasonError} />
          </div>
          <PassageComments post={post} comments={comments} onChange={setComments} />
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={busy}>
              {t('detail.sendRequestChanges')}
            </button>
            <button type="button" className="button" onClick={() => setOpen(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : null}

      {checklist ? (
        <ApprovalChecklist checklist={checklist} busy={busy} onApprove={(ids) => void run('approve', undefined, ids)} onCancel={() => setChecklist(null)} />
      ) : null}

      {open === 'cancel' ? (
        <Confirm
          question={t('detail.cancelConfirm')}
          yes={t('detail.confirmCancel')}
          no={t('detail.keep')}
          busy={busy}
          onYes={() => void run('cancel')}
          onNo={() => setOpen(null)}
        />
      ) : null}

      <ErrorMessage error={error} />
    </div>
  );
}
