import { DateTime } from 'luxon';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../hooks/useLanguage';
import { shortText } from '../lib/text';
import { luxonLocale, postLocal } from '../lib/time';
import type { PostSummary } from '../types';
import { StatusBadge } from './StatusBadge';

/** One post in a home section or its full list: when (day and time), status, start of the text, writer. */
export function HomePostItem({ post, zone, edit = false }: { post: PostSummary; zone: string; edit?: boolean }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const local = postLocal(post, zone);
  const when = local ? DateTime.fromISO(local, { zone }).setLocale(luxonLocale(language)).toFormat('ccc d LLL, HH:mm') : null;
  return (
    <li className={`home-post post-${post.status}`} data-testid="home-post" data-post-id={post.id}>
      <Link to={edit ? `/posts/${post.id}/edit` : `/posts/${post.id}`} className="home-post-link">
        <span className="home-post-text">{shortText(post.excerpt, 90) || t('calendar.noText')}</span>
        <span className="home-post-meta">
          <StatusBadge status={post.status} />
          {when ? <time dateTime={local ?? undefined}>{when}</time> : null}
          {post.author ? <span className="home-post-author">{post.author.name}</span> : null}
        </span>
      </Link>
    </li>
  );
}
