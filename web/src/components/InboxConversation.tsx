// One inbox item: the conversation, our answers, internal notes, assignment, labels, state, and
// the answer form with the template picker, the guard's findings as one types, and a planned time.
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, orgPath } from '../api';
import type { InboxItemView } from '../../../src/contracts/inbox';
import type { GuardResult } from '../../../src/guard/types';
import { useLanguage } from '../hooks/useLanguage';
import { useOrg } from '../hooks/useSession';
import { formatInstant } from '../lib/time';
import { ErrorMessage } from './ErrorMessage';

/** Why a Meta answer was not sent, told in words (the rest of a failure stays technical). */
const META_FAILURES = new Set(['system:private_reply_used', 'system:private_reply_window_closed', 'system:message_window_closed_human_agent']);

export function InboxConversation({
  view,
  onChanged,
  replyRef,
}: {
  view: InboxItemView;
  onChanged(): void;
  replyRef: React.RefObject<HTMLTextAreaElement | null>;
}) {
  const { t } = useTranslation();
  const { org, user } = useOrg();
  const [language] = useLanguage();
  const id = useId();
  const { item } = view;
  const [text, setText] = useState('');
  const [privately, setPrivately] = useState(false);
  const [at, setAt] = useState('');
  const [note, setNote] = useState('');
  const [labels, setLabels] = useState(item.labels.join(', '));
  const [guard, setGuard] = useState<GuardResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const base = orgPath(org.id, '/inbox');

  // A draft belongs to its item: cleared when another item opens, kept when this one reloads (after an
  // assignment, a label or a state change), since the view's arrays are new objects on every load.
  const labelText = item.labels.join(', ');
  useEffect(() => {
    setText('');
    setPrivately(false);
    setNote('');
    setError(null);
    setGuard(null);
  }, [item.id]);
  useEffect(() => setLabels(labelText), [labelText]);

  // The guard's findings while typing, as in the composer (checked on the server, same engine).
  useEffect(() => {
    if (!text.trim()) return setGuard(null);
    const timer = setTimeout(() => {
      api
        .post<GuardResult>(`${base}/check-reply`, { text })
        .then(setGuard)
        .catch(() => setGuard(null));
    }, 300);
    return () => clearTimeout(timer);
  }, [text, base]);

  const act = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
      onChanged();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const patch = (body: Record<string, unknown>) => act(() => api.patch(`${base}/items/${item.id}`, body));
  const send = (e: FormEvent) => {
    e.preventDefault();
    void act(async () => {
      // Private only while it is offered (after one private answer to a comment the choice is gone).
      await api.post(`${base}/items/${item.id}/replies`, { text, private: privately && view.privateReplies, ...(at ? { atLocal: at } : {}) });
      setText('');
      setAt('');
      setPrivately(false);
    });
  };
  const addNote = (e: FormEvent) => {
    e.preventDefault();
    void act(async () => {
      await api.post(`${base}/items/${item.id}/notes`, { body: note });
      setNote('');
    });
  };
  const when = (iso: string) => formatInstant(iso, org.timeZone, language);
  /** Which answer window applies to a direct message now: the network's own, a staff member's (HUMAN_AGENT), or none. */
  const messageWindowText = () => {
    const w = view.messageWindow;
    if (!w) return view.messageWindowHours ? t('inboxReading.messageAnswerWindow', { hours: view.messageWindowHours }) : t('inboxReading.messageAnswer');
    const until = w.until ? when(w.until) : '';
    if (w.kind === 'standard') return t('inboxMeta.window.standard', { until, hours: view.messageWindowHours ?? w.hours });
    if (w.kind === 'human_agent') return t('inboxMeta.window.humanAgent', { until, days: Math.round(w.hours / 24) });
    return w.hours > (view.messageWindowHours ?? w.hours)
      ? t('inboxMeta.window.closedHumanAgent', { days: Math.round(w.hours / 24) })
      : t('inboxMeta.window.closed', { hours: w.hours });
  };

  return (
    <article className="inbox-conversation card" aria-labelledby={`${id}-title`} data-testid="inbox-conversation">
      <h2 id={`${id}-title`}>{t('inbox.from', { handle: item.author.name ? `${item.author.name} (@${item.author.handle})` : `@${item.author.handle}` })}</h2>
      <p className="inbox-meta">
        {item.channel.name} · {t(`inbox.category.${item.category}`)} · {t(`inbox.state.${item.state}`)}
        {item.urgent ? <strong className="inbox-urgent"> · {t('inbox.urgent')}</strong> : null}
        {item.dueAt && !item.firstResponseAt && item.state !== 'done' ? (
          // The target of the category as it stands (a correction moves it).
          <span data-testid="inbox-due">
            {' '}
            · <time dateTime={item.dueAt}>{t('inboxDue.by', { time: when(item.dueAt) })}</time>
          </span>
        ) : null}
      </p>
      {view.categorySetAt ? (
        // A person's category stands over the triage (also when the comment is edited later): say whose.
        <p className="inbox-meta" data-testid="inbox-category-set">
          {view.categorySetBy ? t('inboxCategorySet.by', { name: view.categorySetBy.name }) : t('inboxCategorySet.byFormer')} ·{' '}
          <time dateTime={view.categorySetAt}>{when(view.categorySetAt)}</time>
        </p>
      ) : null}
      <ol className="inbox-thread" aria-label={t('inbox.thread')}>
        {view.thread.map((m) => (
          <li key={m.id} className={m.id === item.id ? 'is-current' : undefined}>
            <p className="inbox-thread-author">
              @{m.author.handle} · <time dateTime={m.writtenAt}>{when(m.writtenAt)}</time>
            </p>
            <p>
              {m.text}
              {m.attachments ? ` ${t('inboxReading.attachments', { count: m.attachments })}` : null}
            </p>
          </li>
        ))}
      </ol>
      {view.replies.length ? (
        <section aria-label={t('inbox.ourAnswers')}>
          <h3>{t('inbox.ourAnswers')}</h3>
          <ul className="inbox-replies">
            {view.replies.map((r) => (
              <li key={r.id} data-testid="inbox-reply">
                <p>{r.text}</p>
                {r.status === 'failed' && r.failure === 'system:message_window_closed' ? (
                  <p className="notice notice-warning" data-testid="inbox-reply-window">
                    {t('inboxReading.windowClosed')}
                  </p>
                ) : null}
                {r.status === 'failed' && r.failure && META_FAILURES.has(r.failure) ? (
                  <p className="notice notice-warning" data-testid="inbox-reply-window">
                    {t(`inboxMeta.failure.${r.failure.slice('system:'.length)}`)}
                  </p>
                ) : null}
                {r.private && item.kind !== 'message' ? <p className="inbox-meta">{t('inboxMeta.sentPrivately')}</p> : null}
                <p className="inbox-meta">
                  {t(`inbox.replyStatus.${r.status}`)} · {when(r.sentAt ?? r.dueAt)}
                  {r.canApprove ? (
                    <>
                      {' '}
                      <button type="button" disabled={busy} onClick={() => act(() => api.post(`${base}/replies/${r.id}/approve`))}>
                        {t('inbox.approve')}
                      </button>
                    </>
                  ) : null}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <div className="inbox-actions">
        <button type="button" disabled={busy} onClick={() => patch({ assigneeId: user.id })}>
          {t('inbox.assignToMe')}
        </button>
        {item.assignee ? <span>{t('inbox.assignedTo', { name: item.assignee.name })}</span> : null}
        <label>
          {t('inbox.stateLabel')}{' '}
          <select value={item.state} disabled={busy} onChange={(e) => patch({ state: e.target.value })}>
            {(['open', 'waiting', 'done'] as const).map((s) => (
              <option key={s} value={s}>
                {t(`inbox.state.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('inbox.categoryLabel')}{' '}
          <select value={item.category} disabled={busy} onChange={(e) => patch({ category: e.target.value })}>
            {(['crisis', 'medical', 'complaint', 'compliment', 'question', 'spam', 'other'] as const).map((c) => (
              <option key={c} value={c}>
                {t(`inbox.category.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void patch({
              labels: labels
                .split(',')
                .map((l) => l.trim())
                .filter(Boolean),
            });
          }}
        >
          <label htmlFor={`${id}-labels`}>{t('inbox.labels')}</label> <input id={`${id}-labels`} value={labels} onChange={(e) => setLabels(e.target.value)} />{' '}
          <button type="submit" disabled={busy}>
            {t('inbox.saveLabels')}
          </button>
        </form>
      </div>

      <ErrorMessage error={error} />

      {view.canReply ? (
        <form className="inbox-reply-form" onSubmit={send}>
          <h3>{t('inbox.answer')}</h3>
          {view.repliesNeedApproval ? <p className="inbox-meta">{t('inbox.needsApproval')}</p> : null}
          <label htmlFor={`${id}-template`}>{t('inbox.template')}</label>
          <select
            id={`${id}-template`}
            value=""
            onChange={(e) => {
              const chosen = view.templates.find((x) => x.id === e.target.value);
              if (chosen) {
                setText(chosen.rendered);
                setPrivately(chosen.private && view.privateReplies);
              }
            }}
          >
            <option value="">{t('inbox.chooseTemplate')}</option>
            {view.templates.map((x) => (
              <option key={x.id} value={x.id}>
                {x.suggested ? `★ ${x.name}` : x.name}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-text`}>{t('inbox.answerText')}</label>
          <textarea id={`${id}-text`} ref={replyRef} rows={5} value={text} onChange={(e) => setText(e.target.value)} aria-describedby={`${id}-guard`} />
          <div id={`${id}-guard`} aria-live="polite" data-testid="inbox-guard">
            {guard?.findings.length ? (
              <ul className={`guard-findings verdict-${guard.verdict}`}>
                {guard.findings.map((f) => (
                  <li key={`${f.rule}-${f.start}`}>
                    <strong>{t(`inbox.severity.${f.severity}`)}</strong> {f.message[language]} {f.fix[language]}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
          {item.kind === 'message' ? (
            <p className={view.messageWindow?.kind === 'closed' ? 'notice notice-warning' : 'hint'} data-testid="inbox-message-window">
              {messageWindowText()}
            </p>
          ) : view.privateReplies ? (
            // Public or private: two radio buttons (arrow keys move between them), the private one naming its limits.
            <fieldset className="inbox-answer-how">
              <legend>{t('inboxMeta.answerHow')}</legend>
              <label>
                <input type="radio" name={`${id}-how`} checked={!privately} onChange={() => setPrivately(false)} /> {t('inboxMeta.public')}
              </label>
              <label>
                <input type="radio" name={`${id}-how`} checked={privately} onChange={() => setPrivately(true)} />{' '}
                {view.privateReply?.until ? t('inboxMeta.privateReplyOnce', { until: when(view.privateReply.until) }) : t('inbox.private')}
              </label>
            </fieldset>
          ) : view.privateReply?.unavailable ? (
            <p className="hint" data-testid="inbox-private-unavailable">
              {t(`inboxMeta.privateUnavailable.${view.privateReply.unavailable}`, { until: view.privateReply.until ? when(view.privateReply.until) : '' })}
            </p>
          ) : null}
          <label htmlFor={`${id}-at`}>{t('inbox.plannedAt')}</label>
          {/* A time in the organisation's zone (the server resolves it there), whatever the browser's zone. */}
          <input id={`${id}-at`} type="datetime-local" value={at} aria-describedby={`${id}-at-zone`} onChange={(e) => setAt(e.target.value)} />
          <p id={`${id}-at-zone`} className="hint">
            {t('inbox.plannedAtZone', { zone: org.timeZone })}
          </p>
          <button type="submit" className="button button-primary" disabled={busy || !text.trim() || guard?.verdict === 'block'}>
            {at ? t('inbox.plan') : t('inbox.send')}
          </button>
        </form>
      ) : (
        <p>{t('inbox.cannotReply')}</p>
      )}

      <section aria-labelledby={`${id}-notes`}>
        <h3 id={`${id}-notes`}>{t('inbox.notes')}</h3>
        <ul>
          {view.notes.map((n) => (
            <li key={n.id}>
              {n.body} <span className="inbox-meta">— {n.author?.name ?? ''}</span>
            </li>
          ))}
        </ul>
        <form onSubmit={addNote}>
          <label htmlFor={`${id}-note`}>{t('inbox.addNote')}</label>
          <textarea id={`${id}-note`} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
          <button type="submit" disabled={busy || !note.trim()}>
            {t('inbox.saveNote')}
          </button>
        </form>
      </section>
    </article>
  );
}
