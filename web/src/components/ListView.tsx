import { useTranslation } from 'react-i18next';
import { DateTime } from 'luxon';
import { useLanguage } from '../hooks/useLanguage';
import { luxonLocale } from '../lib/time';
import type { PostSummary } from '../types';
import { PostItem } from './PostItem';

/** The period's posts as a list, grouped by day. */
export function ListView({ postsByDate, zone, today }: { postsByDate: Map<string, PostSummary[]>; zone: string; today: string }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const dates = [...postsByDate.keys()].sort();
  if (dates.length === 0)
    return (
      <p className="empty-state" data-testid="list-view">
        {t('calendar.empty')}
      </p>
    );
  return (
    <div className="list-view" data-testid="list-view">
      {dates.map((date) => (
        <section key={date} className={`list-day${date === today ? ' is-today' : ''}`} aria-labelledby={`l-${date}`} data-testid={`list-day-${date}`}>
          <h3 id={`l-${date}`}>
            <time dateTime={date}>{DateTime.fromISO(date, { zone }).setLocale(luxonLocale(language)).toFormat('cccc d LLLL yyyy')}</time>
          </h3>
          <ul className="post-list">
            {(postsByDate.get(date) ?? []).map((post) => (
              <PostItem key={post.id} post={post} zone={zone} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
