import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { DateTime } from 'luxon';
import { useLanguage } from '../hooks/useLanguage';
import { dropTarget, type MoveHandler } from '../lib/drop';
import { isoDate, luxonLocale, postLocal } from '../lib/time';
import type { PostSummary } from '../types';
import { PostItem } from './PostItem';

/** The working day shown in hours; earlier or later posts widen it. */
const FIRST_HOUR = 7;
const LAST_HOUR = 21;

const hourOf = (post: PostSummary, zone: string) => Number((postLocal(post, zone) ?? 'T00').slice(11, 13));

/**
 * Seven day columns with an hour grid (stacked days on narrow screens), posts in their hour; a
 * list, today marked aria-current. A mouse click on an empty hour starts a post there; the
 * keyboard way is each day's "new post" link (the time is set in the composer).
 */
export function WeekView({
  days,
  postsByDate,
  zone,
  today,
  onMove,
  mayCompose = false,
}: {
  days: DateTime[];
  postsByDate: Map<string, PostSummary[]>;
  zone: string;
  today: string;
  onMove?: MoveHandler;
  mayCompose?: boolean;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const navigate = useNavigate();
  const hoursWithPosts = [...postsByDate.values()].flat().map((p) => hourOf(p, zone));
  const first = Math.min(FIRST_HOUR, ...hoursWithPosts);
  const last = Math.max(LAST_HOUR, ...hoursWithPosts);
  const hours = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  return (
    <ol className="week-view week-hours" data-testid="week-view">
      {days.map((day) => {
        const date = isoDate(day);
        const posts = postsByDate.get(date) ?? [];
        const local = day.setLocale(luxonLocale(language));
        const isToday = date === today;
        const open = mayCompose && date >= today;
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
            {open ? (
              <Link to={`/posts/new?date=${date}`} className="compose-here" data-testid="compose-day">
                <span aria-hidden="true">+</span>
                <span className="visually-hidden">{t('calendarCards.composeOn', { date: local.toFormat('cccc d LLLL') })}</span>
              </Link>
            ) : null}
            {posts.length === 0 ? <p className="day-empty">{t('calendar.dayEmpty')}</p> : null}
            <div className="hour-list">
              {hours.map((hour) => {
                const inHour = posts.filter((p) => hourOf(p, zone) === hour);
                const label = `${String(hour).padStart(2, '0')}:00`;
                return (
                  // Clicking the empty part of an hour is a mouse shortcut; the day's link is the keyboard way.
                  // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard way is the day's "new post" link
                  // biome-ignore lint/a11y/noStaticElementInteractions: same; the slot is not a control of its own
                  <div
                    key={hour}
                    className={`hour-slot${inHour.length === 0 ? ' is-empty' : ''}`}
                    data-testid={`hour-${date}-${label.slice(0, 2)}`}
                    {...dropTarget(date, hour, onMove)}
                    onClick={
                      open
                        ? (e) => {
                            if ((e.target as HTMLElement).closest('a')) return;
                            navigate(`/posts/new?date=${date}&time=${label}`);
                          }
                        : undefined
                    }
                  >
                    <span className="hour-label" aria-hidden={inHour.length === 0 ? 'true' : undefined}>
                      {label}
                    </span>
                    {inHour.length > 0 ? (
                      <ul className="post-list">
                        {inHour.map((post) => (
                          <PostItem key={post.id} post={post} zone={zone} draggable={Boolean(onMove)} />
                        ))}
                      </ul>
                    ) : null}
                  </div>
                );
              })}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
