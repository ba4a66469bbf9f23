import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { HOME_SECTIONS, type HomeSectionKey } from '../../../src/contracts/home';
import { orgPath } from '../api';
import { ErrorMessage } from '../components/ErrorMessage';
import { HomePostItem } from '../components/HomePostItem';
import { Loading } from '../components/Loading';
import { usePages } from '../hooks/usePages';
import { useOrg } from '../hooks/useSession';
import { NotFoundPage } from './NotFoundPage';
import type { PostSummary } from '../types';

const PAGE = 50;

/** The full list behind a home section's "more" link, page by page. */
export function HomeSectionPage() {
  const { t } = useTranslation();
  const { section = '' } = useParams();
  const [params] = useSearchParams();
  const { org } = useOrg();
  const key = (HOME_SECTIONS as readonly string[]).includes(section) ? (section as HomeSectionKey) : null;
  const who = params.get('who') === 'mine' ? '&who=mine' : '';
  const pages = usePages<PostSummary>(key ? orgPath(org.id, `/home/sections/${key}?limit=${PAGE}${who}`) : null, 'list');
  if (!key) return <NotFoundPage />;
  return (
    <div className="page home-section-page">
      <p className="back-link">
        <Link to="/">
          <span aria-hidden="true">← </span>
          {t('home.back')}
        </Link>
      </p>
      <h1>{t(`home.sections.${key}`)}</h1>
      {pages.error ? <ErrorMessage error={pages.error} /> : null}
      {pages.items.length === 0 && pages.loading ? <Loading /> : null}
      {pages.items.length === 0 && !pages.loading && !pages.error ? <p className="hint">{t(`home.empty.${key}`)}</p> : null}
      {pages.items.length > 0 ? (
        <ul className="home-post-list card">
          {pages.items.map((post) => (
            <HomePostItem key={post.id} post={post} zone={org.timeZone} edit={key === 'returned' || key === 'my_drafts'} />
          ))}
        </ul>
      ) : null}
      {pages.hasMore ? (
        <button type="button" className="button" onClick={pages.loadMore} disabled={pages.loading}>
          {pages.loading ? t('home.loadingMore') : t('home.loadMore')}
        </button>
      ) : pages.items.length > 0 ? (
        <p className="hint" role="status">
          {t('home.allShown', { count: pages.items.length })}
        </p>
      ) : null}
    </div>
  );
}
