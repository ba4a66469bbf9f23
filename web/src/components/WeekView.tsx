import { useTranslation } from 'react-i18next';
import type { DateTime } from 'luxon';
import { useLanguage } from '../hooks/useLanguage';
import { isoDate, luxonLocale } from '../lib/time';
import type { PostSummary } from '../types';
import { PostItem } from './PostItem';

/** Seven day columns (stacked on narrow screens), posts in time order; a list, today marked aria-current. */
export function WeekView({ days, postsByDate, zone, today }: { days: DateTime[]; postsByDate: Map<string, PostSummary[]>; zone: string; today: string }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  return (
    <ol className="week-view" data-testid="week-view">
      {days.map((day) => {
        const date = isoDate(day);
        const posts = postsByDate.get(date) ?? [];
        const local = day.setLocale(luxonLocale(language));
        const isToday = date === today;
        return (
          <li
            key={date}
            className={`day-column${isToday ? ' is-today' : ''}${posts.length === 0 ? ' is-empty' : ''}`}
            data-testid={`day-${date}`}
            aria-current={isToday ? 'date' : undefined}
          >
            <h3 className="day-heading">
              <span className="day-name">{local.toFormat('cccc')}</span>{' '}
              <time dateTime={date} className="day-date">
                {local.toFormat('d LLL')}
              </time>
              {isToday ? <span className="today-marker"> · {t('calendar.todayMarker')}</span> : null}
            </h3>
            {posts.length > 0 ? (
              <ul className="post-list">
                {posts.map((post) => (
                  <PostItem key={post.id} post={post} zone={zone} />
                ))}
              </ul>
            ) : (
              <p className="day-empty">{t('calendar.dayEmpty')}</p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
