import { useTranslation } from 'react-i18next';
import { DateTime } from 'luxon';
import { useLanguage } from '../hooks/useLanguage';
import { luxonLocale } from '../lib/time';
import type { PostSummary } from '../types';
import { PostItem } from './PostItem';

/** The period's posts as a list, grouped by day. */
export function ListView({
  postsByDate,
  zone,
  today,
  shown,
  hasMore,
  loading,
  onMore,
  selection,
}: {
  postsByDate: Map<string, PostSummary[]>;
  zone: string;
  today: string;
  /** How many posts are loaded. */
  shown: number;
  /** The period has more posts than are loaded. */
  hasMore: boolean;
  loading: boolean;
  onMore: () => void;
  /** Checkboxes for bulk work, when the person may do any of it. */
  selection?: { selected: ReadonlySet<string>; toggle: (postId: string, on: boolean) => void };
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const dates = [...postsByDate.keys()].sort();
  if (dates.length === 0 && !hasMore)
    return (
      <p className="empty-state" data-testid="list-view">
        {t('calendar.empty')}
      </p>
    );
  const shownIds = dates.flatMap((d) => (postsByDate.get(d) ?? []).map((p) => p.id));
  const allSelected = selection !== undefined && shownIds.length > 0 && shownIds.every((id) => selection.selected.has(id));
  return (
    <div className="list-view" data-testid="list-view">
      {selection && shownIds.length > 0 ? (
        <div className="checkbox-field select-all">
          <input
            id="list-select-all"
            type="checkbox"
            checked={allSelected}
            onChange={(e) => {
              for (const id of shownIds) selection.toggle(id, e.target.checked);
            }}
          />
          <label htmlFor="list-select-all">{t('bulk.selectAll', { count: shownIds.length })}</label>
        </div>
      ) : null}
      {dates.map((date) => (
        <section key={date} className={`list-day${date === today ? ' is-today' : ''}`} aria-labelledby={`l-${date}`} data-testid={`list-day-${date}`}>
          <h3 id={`l-${date}`}>
            <time dateTime={date}>{DateTime.fromISO(date, { zone }).setLocale(luxonLocale(language)).toFormat('cccc d LLLL yyyy')}</time>
          </h3>
          <ul className="post-list">
            {(postsByDate.get(date) ?? []).map((post) => (
              <PostItem
                key={post.id}
                post={post}
                zone={zone}
                select={selection ? { checked: selection.selected.has(post.id), onChange: (on) => selection.toggle(post.id, on) } : undefined}
              />
            ))}
          </ul>
        </section>
      ))}
      <div className="list-more">
        <p className="muted" id="list-shown" data-testid="list-shown" aria-live="polite">
          {hasMore ? t('calendar.shownSoFar', { count: shown }) : t('calendar.shownAll', { count: shown })}
        </p>
        {hasMore ? (
          <button type="button" className="button" onClick={onMore} disabled={loading} aria-describedby="list-shown">
            {loading ? t('calendar.loadingMore') : t('calendar.loadMore')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
