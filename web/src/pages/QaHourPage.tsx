// One question hour: its queue (a crisis first, then the oldest first; new ones marked) with per
// question "answer publicly" (through the guard, as every inbox answer), "move to private" (the
// organisation's template) and "answer later"; a medical question offers only "move to private".
// Before its end, who may plan names a new host or moderator; after a new host, which announcements now
// name them and which (on their way or out) still name the previous one, with links to edit those.
// After the hour: draft the anonymised look-back.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { QaActionResult, QaAnnouncementsChanged as Changed, QaHour, QaQuestion } from '../../../src/contracts/qa-hour';
import type { GuardResult } from '../../../src/guard/types';
import { api, orgPath } from '../api';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { QaAnnouncementsChanged } from '../components/QaAnnouncementsChanged';
import { QaHourPeopleForm } from '../components/QaHourPeopleForm';
import { useAnnounce } from '../hooks/useAnnounce';
import { useApiData } from '../hooks/useApiData';
import { useLanguage } from '../hooks/useLanguage';
import { usePages } from '../hooks/usePages';
import { useOrg } from '../hooks/useSession';
import { can } from '../lib/permissions';
import { formatInstant } from '../lib/time';

function QuestionCard({ question, base, onDone }: { question: QaQuestion; base: string; onDone: (q: QaQuestion) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const { org } = useOrg();
  const [language] = useLanguage();
  const announce = useAnnounce();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [guard, setGuard] = useState<GuardResult | null>(null);
  const { item, state } = question;
  // The guard's findings while the host types, as in the inbox (the server checks again on sending).
  useEffect(() => {
    if (!text.trim()) return setGuard(null);
    const timer = setTimeout(() => {
      api
        .post<GuardResult>(orgPath(org.id, '/inbox/check-reply'), { text })
        .then(setGuard)
        .catch(() => setGuard(null));
    }, 300);
    return () => clearTimeout(timer);
  }, [text, org.id]);
  const done = state === 'answered' || state === 'private';
  const act = async (path: string, body: unknown, said: string) => {
    setBusy(true);
    setError(null);
    try {
      const result = await api.post<QaActionResult>(`${base}/questions/${item.id}/${path}`, body);
      onDone(result.question);
      announce(said);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const who = `@${item.author.handle}`;
  return (
    <li className={`card qa-question is-${state}${item.urgent ? ' is-urgent' : ''}`} data-testid="qa-question" aria-labelledby={`${id}-head`}>
      <h3 id={`${id}-head`} className="qa-question-head">
        {item.unread ? <span className="count-badge">{t('inbox.new')}</span> : null} {item.urgent ? <strong>{t('inbox.urgent')}</strong> : null} {who}
        <span className="muted small"> · {formatInstant(item.writtenAt, org.timeZone, language)}</span>
      </h3>
      <p className="qa-question-text">{item.text}</p>
      <p className="small">
        <span className="badge">{t(`inbox.category.${item.category}`)}</span> <span className="badge">{t(`qa.state.${state}`)}</span>{' '}
        <Link to={`/inbox/${item.id}`}>{t('qa.openInInbox')}</Link>
      </p>
      {question.reply ? (
        <p className="notice notice-info">
          {t('qa.replied', { status: t(`qa.replyStatus.${question.reply.status}`, { defaultValue: question.reply.status }) })} {question.reply.text}
        </p>
      ) : null}
      {!done ? (
        <>
          {question.privateOnly ? (
            <p className="notice notice-warning">{t('qa.privateOnly')}</p>
          ) : (
            <div className="field">
              <label htmlFor={`${id}-answer`}>{t('qa.answerLabel')}</label>
              <textarea id={`${id}-answer`} rows={3} value={text} onChange={(e) => setText(e.target.value)} aria-describedby={`${id}-guard`} />
              <div id={`${id}-guard`} aria-live="polite" data-testid="qa-guard">
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
            </div>
          )}
          <div className="button-row">
            {question.privateOnly ? null : (
              <button
                type="button"
                className="button button-primary button-small"
                disabled={busy || !text.trim() || guard?.verdict === 'block'}
                onClick={() => void act('answer', { text }, t('qa.answeredSaid'))}
              >
                {t('qa.answerPublicly')}
                <span className="visually-hidden">: {who}</span>
              </button>
            )}
            <button type="button" className="button button-small" disabled={busy} onClick={() => void act('private', {}, t('qa.movedSaid'))}>
              {t('qa.movePrivate')}
              <span className="visually-hidden">: {who}</span>
            </button>
            {state === 'later' ? null : (
              <button
                type="button"
                className="button button-small button-quiet"
                disabled={busy}
                onClick={() => void act('later', undefined, t('qa.laterSaid'))}
              >
                {t('qa.later')}
                <span className="visually-hidden">: {who}</span>
              </button>
            )}
          </div>
        </>
      ) : null}
      <ErrorMessage error={error} />
    </li>
  );
}

export function QaHourPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const { org, role } = useOrg();
  const [language] = useLanguage();
  const announce = useAnnounce();
  const base = orgPath(org.id, `/qa-hours/${id}`);
  const hour = useApiData<QaHour>(base);
  const h = hour.data;
  const queue = usePages<QaQuestion>(h?.canWork ? `${base}/questions?limit=50` : null, 'list');
  const [summary, setSummary] = useState<{ postId: string; text: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  // With the hour's id: another hour opened on this page does not show this one's.
  const [changed, setChanged] = useState<{ hourId: string; announcements: Changed } | null>(null);

  if (hour.error) return <ErrorMessage error={hour.error} />;
  if (!h) return <Loading />;
  const summaryPostId = summary?.postId ?? h.summaryPostId;
  const draftSummary = async () => {
    setError(null);
    try {
      setSummary(await api.post<{ postId: string; text: string }>(`${base}/summary`));
      announce(t('qa.summaryMade'));
    } catch (err) {
      setError(err);
    }
  };

  return (
    <div className="page qa-hour-page">
      <p>
        <Link to="/qa">{t('qa.backToList')}</Link>
      </p>
      <h1>
        {h.title} <span className={`badge qa-phase-${h.phase}`}>{t(`qa.phase.${h.phase}`)}</span>
      </h1>
      <p className="muted">
        #{h.hashtag} · {h.channel.name} · {formatInstant(h.startsAt, org.timeZone, language, true)} – {formatInstant(h.endsAt, org.timeZone, language)}
      </p>
      <p>{t('qa.people', { host: h.host?.name ?? '—', moderator: h.moderator?.name ?? '—' })}</p>
      {h.phase !== 'ended' && can(role, 'post.write') ? (
        <QaHourPeopleForm
          hour={h}
          // A changed canWork (the planner became host) loads or hides the queue by itself.
          onSaved={({ announcements, ...saved }) => {
            hour.setData(saved);
            setChanged({ hourId: saved.id, announcements });
          }}
        />
      ) : null}
      {changed?.hourId === h.id ? <QaAnnouncementsChanged changed={changed.announcements} host={h.host?.name ?? ''} postIds={h.announcementPostIds} /> : null}
      {h.announcementPostIds.length ? (
        <p>
          {t('qa.announcementPosts')}{' '}
          {h.announcementPostIds.map((p, i) => (
            <span key={p}>
              {i ? ', ' : ''}
              <Link to={`/posts/${p}`}>{t('qa.announcementLink', { number: i + 1 })}</Link>
            </span>
          ))}
        </p>
      ) : null}
      <section aria-labelledby="qa-summary">
        <h2 id="qa-summary">{t('qa.summaryTitle')}</h2>
        {summaryPostId ? (
          <p>
            <Link to={`/posts/${summaryPostId}`}>{t('qa.openSummary')}</Link>
          </p>
        ) : h.phase === 'ended' && h.canWork && can(role, 'post.write') ? (
          <button type="button" className="button" onClick={() => void draftSummary()}>
            {t('qa.draftSummary')}
          </button>
        ) : (
          <p className="muted">{t('qa.summaryAfter')}</p>
        )}
        {summary ? (
          <pre className="qa-summary-text" data-testid="qa-summary">
            {summary.text}
          </pre>
        ) : null}
        <ErrorMessage error={error} />
      </section>
      <section aria-labelledby="qa-queue">
        <h2 id="qa-queue">{t('qa.queueTitle')}</h2>
        {!h.canWork ? <p className="muted">{t('qa.notYours')}</p> : null}
        {queue.error ? <ErrorMessage error={queue.error} /> : null}
        {h.canWork && queue.loading && queue.items.length === 0 ? <Loading /> : null}
        {h.canWork && !queue.loading && queue.items.length === 0 ? <p className="empty-state">{t('qa.queueEmpty')}</p> : null}
        {queue.items.length ? (
          <ul className="qa-queue" data-testid="qa-queue">
            {queue.items.map((q) => (
              <QuestionCard
                key={q.item.id}
                question={q}
                base={base}
                onDone={(next) => queue.update((items) => items.map((i) => (i.item.id === next.item.id ? next : i)))}
              />
            ))}
          </ul>
        ) : null}
        {h.canWork ? (
          <div className="button-row">
            {queue.hasMore ? (
              <button type="button" className="button" onClick={queue.loadMore}>
                {t('qa.more')}
              </button>
            ) : null}
            <button type="button" className="button button-quiet" onClick={queue.reload}>
              {t('qa.refresh')}
            </button>
          </div>
        ) : null}
      </section>
    </div>
  );
}
