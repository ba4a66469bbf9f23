import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, orgPath } from '../api';
import { Confirm } from '../components/Confirm';
import { ErrorMessage } from '../components/ErrorMessage';
import { useAnnounce } from '../hooks/useAnnounce';
import { useOrg } from '../hooks/useSession';
import { can } from '../lib/permissions';
import type { DsrEraseResult, DsrResult } from '../types';

/** A data-protection request (AVG): find everything about one person, export it, erase what may be erased. */
export function DataRequestPage() {
  const { t } = useTranslation();
  const { org, role } = useOrg();
  const id = useId();
  const announce = useAnnounce();
  const [term, setTerm] = useState('');
  const [result, setResult] = useState<DsrResult | null>(null);
  const [erased, setErased] = useState<DsrEraseResult | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  if (!can(role, 'org.manage')) {
    return (
      <div className="page">
        <h1>{t('dsr.title')}</h1>
        <p className="notice notice-info">{t('dsr.onlyAdmin')}</p>
      </div>
    );
  }

  const search = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setErased(null);
    try {
      const found = await api.get<DsrResult>(orgPath(org.id, `/dsr?${new URLSearchParams({ q: term.trim() })}`));
      setResult(found);
      announce(t('dsr.foundSummary', { members: found.members.total, people: found.consentPeople.total, posts: found.posts.total, audit: found.audit.total }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const erase = async () => {
    if (!result) return;
    setBusy(true);
    setError(null);
    try {
      const done = await api.post<DsrEraseResult>(orgPath(org.id, '/dsr/erase'), { q: result.query, confirm: result.query });
      setErased(done);
      setConfirming(false);
      setResult(null);
      announce(t('dsr.erasedTitle'));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const more = (shown: number, total: number) => (total > shown ? <p className="hint">{t('dsr.more', { shown, total })}</p> : null);

  return (
    <div className="page dsr-page">
      <h1>{t('dsr.title')}</h1>
      <p className="muted">{t('dsr.intro')}</p>
      <form className="card" onSubmit={search} noValidate>
        <div className="field">
          <label htmlFor={`${id}-q`}>{t('dsr.searchLabel')}</label>
          <input id={`${id}-q`} type="search" value={term} maxLength={200} onChange={(e) => setTerm(e.target.value)} aria-describedby={`${id}-q-hint`} />
          <p id={`${id}-q-hint`} className="hint">
            {t('dsr.searchHint')}
          </p>
        </div>
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('dsr.search')}
        </button>
      </form>
      <ErrorMessage error={error} />

      {erased ? (
        <section className="card" aria-labelledby={`${id}-erased`}>
          <h2 id={`${id}-erased`}>{t('dsr.erasedTitle')}</h2>
          <ul>
            <li>{t('dsr.erasedPeople', { count: erased.erased.consentPeople, forms: erased.erased.forms })}</li>
            <li>{t('dsr.erasedDrafts', { count: erased.erased.draftMentions })}</li>
            <li>{t('dsr.erasedNotifications', { count: erased.erased.notifications })}</li>
          </ul>
          <h3>{t('dsr.keptTitle')}</h3>
          <ul>
            {erased.kept.map((k) => (
              <li key={k.what}>{t(`dsr.kept.${k.what}`, { count: k.count })}</li>
            ))}
          </ul>
        </section>
      ) : null}

      {result ? (
        <section className="card" aria-labelledby={`${id}-found`}>
          <h2 id={`${id}-found`}>{t('dsr.foundTitle', { q: result.query })}</h2>
          <h3>{t('dsr.members', { count: result.members.total })}</h3>
          <ul>
            {result.members.items.map((m) => (
              <li key={m.id}>
                {m.name} ({m.email}) —{' '}
                {m.former || !m.role ? (
                  <>
                    <strong>{t('dsrStaff.formerLabel')}</strong> ({t('dsrStaff.notMember')})
                  </>
                ) : (
                  t(`roles.${m.role}`, { defaultValue: m.role })
                )}
              </li>
            ))}
          </ul>
          {more(result.members.items.length, result.members.total)}
          <h3>{t('dsr.people', { count: result.consentPeople.total })}</h3>
          <ul>
            {result.consentPeople.items.map((p) => (
              <li key={p.id}>
                <Link to={`/consent/${p.id}`}>{p.name}</Link> — {t('dsr.personFacts', { consents: p.consents, forms: p.forms, media: p.taggedMedia })}
              </li>
            ))}
          </ul>
          {more(result.consentPeople.items.length, result.consentPeople.total)}
          <h3>{t('dsr.posts', { count: result.posts.total })}</h3>
          <ul>
            {result.posts.items.map((p) => (
              <li key={p.id}>
                <Link to={`/posts/${p.id}`}>{p.text.slice(0, 80) || t('dsr.noText')}</Link> — {t(`status.${p.status}`)}
                {p.erasable ? ` (${t('dsr.erasable')})` : ` (${t('dsr.notErasable')})`}
              </li>
            ))}
          </ul>
          {more(result.posts.items.length, result.posts.total)}
          <p>{t('dsr.notifications', { count: result.notifications.total })}</p>
          {result.members.total ? (
            <>
              <p>
                {t('dsrInbox.work', {
                  assigned: result.inboxWork.assigned,
                  notes: result.inboxWork.notes,
                  replies: result.inboxWork.replies,
                  categories: result.inboxWork.categoriesSet,
                  approvals: result.inboxWork.approvals,
                })}
              </p>
              <p>{t('dsrInbox.rota', { count: result.inboxWork.dutyRota })}</p>
              <p>{t('dsrStaff.postWork', { written: result.postWork.written, approved: result.postWork.approved, comments: result.postWork.comments })}</p>
            </>
          ) : null}
          <p>{t('dsr.audit', { count: result.audit.total })}</p>

          <div className="button-row">
            <a className="button" href={orgPath(org.id, `/dsr/export?${new URLSearchParams({ q: result.query })}`)} download>
              {t('dsr.export')}
            </a>
            <button type="button" className="button button-danger-outline" aria-expanded={confirming} onClick={() => setConfirming(!confirming)}>
              {t('dsr.erase')}
            </button>
          </div>
          {confirming ? (
            <div>
              <p>{t('dsr.eraseExplain')}</p>
              <ul>
                <li>{t('dsr.keepAudit')}</li>
                <li>{t('dsr.keepPublished')}</li>
                <li>{t('dsr.keepMembers')}</li>
                <li>{t('dsrInbox.keep')}</li>
                <li>{t('dsrInbox.keepRota')}</li>
                <li>{t('dsrStaff.keepPostWork')}</li>
                {result.members.items.some((m) => m.former) ? <li>{t('dsrStaff.keepFormer')}</li> : null}
              </ul>
              <Confirm
                question={t('dsr.eraseQuestion', { q: result.query })}
                yes={t('dsr.eraseYes')}
                no={t('common.cancel')}
                busy={busy}
                onYes={() => void erase()}
                onNo={() => setConfirming(false)}
              />
            </div>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
