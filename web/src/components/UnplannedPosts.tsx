import { useTranslation } from 'react-i18next';
import type { PostSummary } from '../types';
import { PostItem } from './PostItem';

/** Posts without a planned time (they have no place on the calendar). */
export function UnplannedPosts({ posts, zone }: { posts: PostSummary[]; zone: string }) {
  const { t } = useTranslation();
  if (posts.length === 0) return null;
  return (
    <details className="unplanned" data-testid="unplanned-posts">
      <summary>{t('calendar.unplanned', { count: posts.length })}</summary>
      <ul className="post-list">
        {posts.map((post) => (
          <PostItem key={post.id} post={post} zone={zone} />
        ))}
      </ul>
    </details>
  );
}
