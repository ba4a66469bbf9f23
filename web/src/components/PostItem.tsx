import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { shortText } from '../lib/text';
import { postLocal } from '../lib/time';
import type { PostSummary } from '../types';
import { StatusBadge } from './StatusBadge';

/** One post in the calendar: local time (HH:mm), a short text and the status. */
export function PostItem({ post, zone, compact = false }: { post: PostSummary; zone: string; compact?: boolean }) {
  const { t } = useTranslation();
  const local = postLocal(post, zone);
  const time = local ? local.slice(11, 16) : null;
  const text = shortText(post.excerpt, compact ? 40 : 90) || t('calendar.noText');
  return (
    <li className={`post-item post-${post.status}${compact ? ' compact' : ''}`} data-testid="post-item">
      <Link to={`/posts/${post.id}`} className="post-link">
        {time ? (
          <time className="post-time" dateTime={local ?? undefined}>
            {time}
          </time>
        ) : null}
        <StatusBadge status={post.status} />
        <span className="post-text">{text}</span>
      </Link>
    </li>
  );
}
