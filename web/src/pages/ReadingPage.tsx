import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { api, orgPath } from '../api';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { useAnnounce } from '../hooks/useAnnounce';
import { useApiData } from '../hooks/useApiData';
import { usePages } from '../hooks/usePages';
import { useLanguage } from '../hooks/useLanguage';
import { useOrg } from '../hooks/useSession';
import { can } from '../lib/permissions';
import { formatInstant } from '../lib/time';
import type { ReadingItem, SourceList } from '../types';

type StateFilter = '' | 'new' | 'read' | 'dismissed';

/** The reading list: news from the trusted sources, newest first; an item becomes a draft with attribution. */
export function ReadingPage() {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const [language] = useLanguage();
  const { org, role } = useOrg();
  const write = can(role, 'post.write');
  const [sourceId, setSourceId] = useState('');
  const [state, setState] = useState<StateFilter>('');
  const sources = useApiData<SourceList>(orgPath(org.id, '/sources'));
  const query = new URLSearchParams({ limit: '30', ...(sourceId ? { sourceId } : {}), ...(state ? { state } : {}) });
  const list = usePages<ReadingItem>(orgPath(org.id, `/reading?${query}`), 'list');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const items = list.items;
  const replace = (item: ReadingItem) => list.update((loaded) => loaded.map((i) => (i.id === item.id ? item : i)));
  const act = async (item: ReadingItem, fn: () => Promise<void>) => {
    setBusy(item.id);
    setError(null);
    try {
      await fn();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };
  const mark = (item: ReadingItem, next: ReadingItem['state']) =>
    act(item, async () => {
      replace(await api.patch<ReadingItem>(orgPath(org.id, `/reading/${item.id}`), { state: next }));
      announce(t(`reading.marked.${next}`, { title: item.title ?? item.url ?? '' }));
    });
  const draft = (item: ReadingItem) =>
    act(item, async () => {
      const made = await api.post<{ postId: string; item: ReadingItem }>(orgPath(org.id, `/reading/${item.id}/draft`));
      replace(made.item);
      announce(t('reading.draftMade'));
      // The composer puts the cursor in the empty first paragraph: the editor's own words first.
      navigate(`/posts/${made.postId}/edit?focus=start`);
    });

  return (
    <div className="page reading-page">
      <h1>{t('reading.title')}</h1>
      <p className="muted">{t('reading.intro')}</p>
      <p>
        <Link to="/sources">{t('reading.toSources')}</Link>
      </p>
      <div className="filter-row">
        <div className="field">
          <label htmlFor={`${id}-source`}>{t('reading.filterSource')}</label>
          <select id={`${id}-source`} value={sourceId} onChange={(e) => setSourceId(e.target.value)}>
            <option value="">{t('reading.allSources')}</option>
            {(sources.data?.items ?? [])
              .filter((s) => s.feedUrl)
              .map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-state`}>{t('reading.filterState')}</label>
          <select id={`${id}-state`} value={state} onChange={(e) => setState(e.target.value as StateFilter)}>
            <option value="">{t('reading.state.open')}</option>
            <option value="new">{t('reading.state.new')}</option>
            <option value="read">{t('reading.state.read')}</option>
            <option value="dismissed">{t('reading.state.dismissed')}</option>
          </select>
        </div>
      </div>
      {list.error ? <ErrorMessage error={list.error} /> : null}
      {error ? <ErrorMessage error={error} /> : null}
      {list.loading && items.length === 0 ? <Loading /> : null}
      {!list.loading && !list.error && items.length === 0 ? <p className="empty-state">{t('reading.empty')}</p> : null}
      {items.length > 0 ? (
        <ul className="reading-list" data-testid="reading-list">
          {items.map((item) => {
            const title = item.title ?? item.url ?? t('reading.untitled');
            return (
              <li key={item.id} className={`card reading-item is-${item.state}`} data-testid="reading-item">
                <h2 className="reading-title">
                  {item.state === 'new' ? <span className="badge">{t('reading.new')}</span> : null}{' '}
                  {item.url ? (
                    <a href={item.url} target="_blank" rel="noopener noreferrer">
                      {title}
                      <span className="visually-hidden"> ({t('reading.opensNewTab')})</span>
                    </a>
                  ) : (
                    title
                  )}
                </h2>
                <p className="muted small">
                  {item.sourceName}
                  {item.publishedAt ? (
                    <>
                      {' · '}
                      <time dateTime={item.publishedAt}>{formatInstant(item.publishedAt, org.timeZone, language)}</time>
                    </>
                  ) : null}
                </p>
                {item.summary ? <p className="reading-summary">{item.summary}</p> : null}
                {item.draftPostId ? (
                  <p className="notice notice-info">
                    {t('reading.draftExists')} <Link to={`/posts/${item.draftPostId}`}>{t('reading.openDraft')}</Link>
                  </p>
                ) : null}
                {write ? (
                  <div className="button-row">
                    {item.draftPostId ? null : (
                      <button type="button" className="button button-primary button-small" disabled={busy === item.id} onClick={() => void draft(item)}>
                        {t('reading.makeDraft')}
                        <span className="visually-hidden">: {title}</span>
                      </button>
                    )}
                    {item.state === 'new' ? (
                      <button type="button" className="button button-small" disabled={busy === item.id} onClick={() => void mark(item, 'read')}>
                        {t('reading.markRead')}
                        <span className="visually-hidden">: {title}</span>
                      </button>
                    ) : null}
                    {item.state === 'dismissed' ? (
                      <button type="button" className="button button-small" disabled={busy === item.id} onClick={() => void mark(item, 'read')}>
                        {t('reading.restore')}
                        <span className="visually-hidden">: {title}</span>
                      </button>
                    ) : (
                      <button
                        type="button"
                        className="button button-small button-quiet"
                        disabled={busy === item.id}
                        onClick={() => void mark(item, 'dismissed')}
                      >
                        {t('reading.dismiss')}
                        <span className="visually-hidden">: {title}</span>
                      </button>
                    )}
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      {list.hasMore ? (
        <button type="button" className="button" onClick={list.loadMore}>
          {t('reading.more')}
        </button>
      ) : null}
    </div>
  );
}
