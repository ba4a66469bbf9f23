// The inbox: every channel's reactions in one list (urgent or newest first, filters, "more"
// until the end) beside the conversation of the chosen item (stacked on narrow screens).
// Keyboard: j/k next/previous, a assign to me, e done, r reply, ? help; never inside a text field.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api, orgPath } from '../api';
import type { InboxItem, InboxItemView, InboxList } from '../../../src/contracts/inbox';
import { ErrorMessage } from '../components/ErrorMessage';
import { InboxConversation } from '../components/InboxConversation';
import { InboxReadingNotice } from '../components/InboxReadingNotice';
import { Loading } from '../components/Loading';
import { useLanguage } from '../hooks/useLanguage';
import { useOrg } from '../hooks/useSession';
import { can } from '../lib/permissions';
import { formatInstant } from '../lib/time';

const typing = (el: EventTarget | null) => el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

export function InboxPage() {
  const { t } = useTranslation();
  const { org, user, role } = useOrg();
  const [language] = useLanguage();
  const { id: openId } = useParams();
  const navigate = useNavigate();
  const id = useId();
  const [filters, setFilters] = useState({ sort: 'urgent', state: '', category: '', assignee: '', label: '' });
  const [items, setItems] = useState<InboxItem[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [view, setView] = useState<InboxItemView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [help, setHelp] = useState(false);
  const replyRef = useRef<HTMLTextAreaElement | null>(null);
  const helpRef = useRef<HTMLDialogElement | null>(null);
  const base = orgPath(org.id, '/inbox');
  const query = new URLSearchParams(Object.entries(filters).filter(([, v]) => v) as [string, string][]).toString();

  const loadList = useCallback(async () => {
    try {
      const page = await api.get<InboxList>(`${base}/items?limit=50&${query}`);
      setItems(page.items);
      setCursor(page.nextCursor);
    } catch (err) {
      setError(err);
    }
  }, [base, query]);
  const loadView = useCallback(async () => {
    if (!openId) return setView(null);
    try {
      setView(await api.get<InboxItemView>(`${base}/items/${openId}`));
    } catch (err) {
      setError(err);
    }
  }, [base, openId]);
  useEffect(() => {
    void loadList();
  }, [loadList]);
  useEffect(() => {
    void loadView();
  }, [loadView]);

  const more = async () => {
    if (!cursor) return;
    try {
      const page = await api.get<InboxList>(`${base}/items?limit=50&${query}&cursor=${cursor}`);
      setItems((xs) => [...(xs ?? []), ...page.items]);
      setCursor(page.nextCursor);
    } catch (err) {
      setError(err);
    }
  };
  const changed = () => {
    void loadList();
    void loadView();
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target) || !items) return;
      const at = items.findIndex((i) => i.id === openId);
      const go = (i: number) => {
        const next = items[Math.max(0, Math.min(items.length - 1, i))];
        if (next) navigate(`/inbox/${next.id}`);
      };
      const patch = (body: Record<string, unknown>) => openId && api.patch(`${base}/items/${openId}`, body).then(changed, setError);
      if (e.key === 'j') go(at + 1);
      else if (e.key === 'k') go(at - 1);
      else if (e.key === 'a') void patch({ assigneeId: user.id });
      else if (e.key === 'e') void patch({ state: 'done' });
      else if (e.key === 'r') replyRef.current?.focus();
      else if (e.key === '?') setHelp(true);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });
  useEffect(() => {
    if (help) helpRef.current?.showModal?.();
    else helpRef.current?.close?.();
  }, [help]);

  const filter = (name: keyof typeof filters, options: string[], label: string, optionLabel: (o: string) => string) => (
    <label>
      {label}{' '}
      <select value={filters[name]} onChange={(e) => setFilters((f) => ({ ...f, [name]: e.target.value }))}>
        {name !== 'sort' ? <option value="">{t('inbox.all')}</option> : null}
        {options.map((o) => (
          <option key={o} value={o}>
            {optionLabel(o)}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <div className="page inbox-page">
      <h1>{t('inbox.title')}</h1>
      <p>
        <button type="button" className="button-link" onClick={() => setHelp(true)}>
          {t('inbox.shortcuts')}
        </button>{' '}
        · <Link to="/qa">{t('qa.nav')}</Link> · <Link to="/inbox/response-times">{t('responseTimes.nav')}</Link> ·{' '}
        <Link to="/inbox/settings/duty">{t('inboxDuty.nav')}</Link>
        {can(role, 'inbox.manage') ? (
          <>
            {' '}
            · <Link to="/inbox/settings">{t('inboxSettings.nav')}</Link>
          </>
        ) : null}
      </p>
      <div className="inbox-filters" role="group" aria-label={t('inbox.filters')}>
        {filter('sort', ['urgent', 'newest'], t('inbox.sort'), (o) => t(`inbox.sortBy.${o}`))}
        {filter('state', ['open', 'waiting', 'done'], t('inbox.stateLabel'), (o) => t(`inbox.state.${o}`))}
        {filter('category', ['crisis', 'medical', 'complaint', 'compliment', 'question', 'spam', 'other'], t('inbox.categoryLabel'), (o) =>
          t(`inbox.category.${o}`),
        )}
        {filter('assignee', ['me', 'none'], t('inbox.assignee'), (o) => t(`inbox.assigneeIs.${o}`))}
        {filter('label', ['spreekuur'], t('qa.inboxFilter'), () => t('qa.inboxFilterOnly'))}
      </div>
      <InboxReadingNotice orgId={org.id} />
      <ErrorMessage error={error} />
      <div className="inbox-layout">
        <section className="inbox-list" aria-labelledby={`${id}-list`}>
          <h2 id={`${id}-list`} className="visually-hidden">
            {t('inbox.listTitle')}
          </h2>
          {!items ? (
            <Loading />
          ) : items.length === 0 ? (
            <p>{t('inbox.empty')}</p>
          ) : (
            <ul data-testid="inbox-list">
              {items.map((i) => (
                <li key={i.id} className={`${i.id === openId ? 'is-open ' : ''}${i.urgent ? 'is-urgent' : ''}`}>
                  <a
                    href={`/inbox/${i.id}`}
                    aria-current={i.id === openId ? 'true' : undefined}
                    onClick={(e) => {
                      e.preventDefault();
                      navigate(`/inbox/${i.id}`);
                    }}
                  >
                    <span className="inbox-item-head">
                      {i.unread ? <span className="count-badge">{t('inbox.new')}</span> : null} {i.urgent ? <strong>{t('inbox.urgent')}</strong> : null}{' '}
                      {i.labels.includes('spreekuur') ? <span className="badge">{t('qa.inboxBadge')}</span> : null} @{i.author.handle} · {i.channel.name}
                    </span>
                    <span className="inbox-item-text">
                      {i.text}
                      {i.attachments ? ` ${t('inboxReading.attachments', { count: i.attachments })}` : null}
                    </span>
                    <span className="inbox-meta">
                      {t(`inbox.category.${i.category}`)} · {t(`inbox.state.${i.state}`)} · {formatInstant(i.writtenAt, org.timeZone, language)}
                      {i.assignee ? ` · ${i.assignee.name}` : ''}
                      {i.overdue ? (
                        <strong className="inbox-warning"> · {t('inbox.overdue')}</strong>
                      ) : i.nearingTarget ? (
                        <strong className="inbox-warning"> · {t('inbox.nearing')}</strong>
                      ) : i.dueAt && !i.firstResponseAt && i.state !== 'done' ? (
                        ` · ${t('inboxDue.by', { time: formatInstant(i.dueAt, org.timeZone, language) })}`
                      ) : null}
                    </span>
                  </a>
                </li>
              ))}
            </ul>
          )}
          {cursor ? (
            <button type="button" onClick={more}>
              {t('inbox.more')}
            </button>
          ) : null}
        </section>
        <div className="inbox-detail">{view ? <InboxConversation view={view} onChanged={changed} replyRef={replyRef} /> : <p>{t('inbox.choose')}</p>}</div>
      </div>
      <dialog ref={helpRef} aria-labelledby={`${id}-help`} onClose={() => setHelp(false)}>
        <h2 id={`${id}-help`}>{t('inbox.shortcuts')}</h2>
        <dl>
          {(['j', 'k', 'a', 'e', 'r', '?'] as const).map((k) => (
            <div key={k}>
              <dt>
                <kbd>{k}</kbd>
              </dt>
              <dd>{t(`inbox.key.${k === '?' ? 'help' : k}`)}</dd>
            </div>
          ))}
        </dl>
        <p>{t('inbox.keysNotInFields')}</p>
        <button type="button" onClick={() => setHelp(false)}>
          {t('inbox.close')}
        </button>
      </dialog>
    </div>
  );
}
