import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { DateTime } from 'luxon';
import { dropTarget, type MoveHandler } from '../lib/drop';
import { useLanguage } from '../hooks/useLanguage';
import { isoDate, luxonLocale } from '../lib/time';
import type { PostSummary } from '../types';
import { PostItem } from './PostItem';

const MAX_PER_DAY = 3;

/**
 * A month grid (Monday first); on narrow screens only the days with posts are listed. The days
 * are a list (not 42 landmarks); each heading reads as the full date ("zaterdag 1 november"),
 * the bare day number is only visual, and today carries aria-current="date". A month without posts
 * says so, since the narrow list would otherwise be blank.
 */
export function MonthView({
  days,
  month,
  postsByDate,
  zone,
  today,
  onShowDay,
  onMove,
  mayCompose = false,
}: {
  days: DateTime[];
  month: number;
  postsByDate: Map<string, PostSummary[]>;
  zone: string;
  today: string;
  onShowDay: (date: string) => void;
  /** Set when the person may move posts: cards can be dragged onto another day. */
  onMove?: MoveHandler;
  /** Each day offers "new post on this day". */
  mayCompose?: boolean;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const locale = luxonLocale(language);
  const weekdays = days.slice(0, 7).map((d) => d.setLocale(locale));
  const monthHasPosts = days.some((d) => d.month === month && (postsByDate.get(isoDate(d))?.length ?? 0) > 0);
  return (
    <div className="month-view" data-testid="month-view">
      <div className="month-weekdays" aria-hidden="true">
        {weekdays.map((d) => (
          <span key={d.weekday}>{d.toFormat('ccc')}</span>
        ))}
      </div>
      <ol className="month-grid">
        {days.map((day) => {
          const date = isoDate(day);
          const posts = postsByDate.get(date) ?? [];
          const outside = day.month !== month;
          const shown = posts.slice(0, MAX_PER_DAY);
          const hidden = posts.length - shown.length;
          const classes = ['month-day'];
          if (outside) classes.push('is-outside');
          if (date === today) classes.push('is-today');
          if (posts.length === 0) classes.push('is-empty');
          return (
            <li
              key={date}
              className={classes.join(' ')}
              data-testid={`day-${date}`}
              aria-current={date === today ? 'date' : undefined}
              {...dropTarget(date, null, onMove)}
            >
              <h3 className="month-day-heading">
                <time dateTime={date}>
                  <span className="month-day-number" aria-hidden="true">
                    {day.day}
                  </span>
                  <span className="month-day-long">
                    {day.setLocale(locale).toFormat('cccc d LLLL')}
                    {date === today ? ` · ${t('calendar.todayMarker')}` : ''}
                  </span>
                </time>
              </h3>
              {mayCompose && date >= today ? (
                <Link to={`/posts/new?date=${date}`} className="compose-here" data-testid="compose-day">
                  <span aria-hidden="true">+</span>
                  <span className="visually-hidden">{t('calendarCards.composeOn', { date: day.setLocale(locale).toFormat('cccc d LLLL') })}</span>
                </Link>
              ) : null}
              {shown.length > 0 ? (
                <ul className="post-list">
                  {shown.map((post) => (
                    <PostItem key={post.id} post={post} zone={zone} compact draggable={Boolean(onMove)} />
                  ))}
                </ul>
              ) : null}
              {hidden > 0 ? (
                <button type="button" className="link-button more-link" onClick={() => onShowDay(date)}>
                  {t('calendar.more', { count: hidden })}
                </button>
              ) : null}
            </li>
          );
        })}
      </ol>
      {monthHasPosts ? null : (
        <p className="month-empty" data-testid="month-empty">
          {t('calendar.empty')}
        </p>
      )}
    </div>
  );
}
