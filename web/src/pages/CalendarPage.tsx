import { useCallback, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { orgPath } from '../api';
import { BulkBar } from '../components/BulkBar';
import { CalendarFilters, FILTER_KEYS, type CalendarFilterValues } from '../components/CalendarFilters';
import { CalendarToolbar } from '../components/CalendarToolbar';
import { ErrorMessage } from '../components/ErrorMessage';
import { ListView } from '../components/ListView';
import { Loading } from '../components/Loading';
import { MonthView } from '../components/MonthView';
import { UnplannedPosts } from '../components/UnplannedPosts';
import { WeekView } from '../components/WeekView';
import { useLanguage } from '../hooks/useLanguage';
import { useMovePost } from '../hooks/useMovePost';
import { usePages } from '../hooks/usePages';
import { useOrg } from '../hooks/useSession';
import { groupByDate } from '../lib/calendar';
import { can, POST_STATUSES } from '../lib/permissions';
import { CALENDAR_VIEWS, isoDate, luxonLocale, parseAnchor, shiftAnchor, todayInZone, utcRange, visibleDays, type CalendarView } from '../lib/time';
import type { PostStatus, PostSummary } from '../types';

const VIEW_KEY = 'zorgpost.calendarView';
/** Posts per page in the list view ("Meer laden" brings the next page). */
const LIST_PAGE = 100;

function initialView(param: string | null): CalendarView {
  if (CALENDAR_VIEWS.includes(param as CalendarView)) return param as CalendarView;
  try {
    const stored = localStorage.getItem(VIEW_KEY);
    if (CALENDAR_VIEWS.includes(stored as CalendarView)) return stored as CalendarView;
  } catch {
    // ignore
  }
  return 'month';
}

/** The content calendar (month, week, list) in the organisation's time zone. */
export function CalendarPage() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { org, role } = useOrg();
  const zone = org.timeZone;
  const [params, setParams] = useSearchParams();
  const view = initialView(params.get('view'));
  const anchor = parseAnchor(params.get('date'), zone);
  const statusParam = params.get('status');
  const status: PostStatus | '' = POST_STATUSES.includes(statusParam as PostStatus) ? (statusParam as PostStatus) : '';

  const filters: CalendarFilterValues = {
    q: params.get('q') ?? '',
    channel: params.get('channel') ?? '',
    author: params.get('author') ?? '',
    label: params.get('label') ?? '',
    waiting: params.get('waiting') === 'me' ? 'me' : '',
    campaign: params.get('campaign') ?? '',
  };
  const filtered = FILTER_KEYS.some((k) => filters[k]);
  // A search or filter in the list view covers every period, not only the shown month.
  const anyPeriod = view === 'list' && (filtered || status !== '');

  const days = useMemo(() => visibleDays(view, anchor), [view, anchor.toISODate(), zone]);
  const range = utcRange(days);
  // Unplanned posts have their own section below (with the same filters).
  const query = new URLSearchParams(anyPeriod ? { unplanned: 'false' } : { from: range.from, to: range.to });
  if (status) query.set('status', status);
  for (const k of FILTER_KEYS) if (filters[k]) query.set(k, filters[k]);
  // The month and week views draw the whole period (every page); the list view pages on request.
  if (view === 'list') query.set('limit', String(LIST_PAGE));
  const posts = usePages<PostSummary>(orgPath(org.id, `/posts?${query.toString()}`), view === 'list' ? 'list' : 'all', { live: true });
  const unplannedQuery = new URLSearchParams({ unplanned: 'true' });
  if (status) unplannedQuery.set('status', status);
  for (const k of FILTER_KEYS) if (filters[k]) unplannedQuery.set(k, filters[k]);
  const all = usePages<PostSummary>(orgPath(org.id, `/posts?${unplannedQuery.toString()}`), 'all', { live: true });

  const reloadPosts = posts.reload;
  const reloadUnplanned = all.reload;
  const reload = useCallback(() => {
    reloadPosts();
    reloadUnplanned();
  }, [reloadPosts, reloadUnplanned]);
  const move = useMovePost(org.id, zone, reload);
  const mayWrite = can(role, 'post.write');
  const onMove = mayWrite ? (postId: string, local: string) => void move(postId, local) : undefined;
  const mayBulk = mayWrite || can(role, 'post.review') || can(role, 'post.schedule') || can(role, 'post.cancel');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const toggle = useCallback((postId: string, on: boolean) => {
    setSelected((before) => {
      const next = new Set(before);
      if (on) next.add(postId);
      else next.delete(postId);
      return next;
    });
  }, []);

  const postsByDate = useMemo(() => groupByDate(posts.items, zone), [posts.items, zone]);
  const unplanned = all.items.filter((p) => p.status !== 'cancelled');
  const today = isoDate(todayInZone(zone));

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null || v === '') next.delete(k);
      else next.set(k, v);
    }
    setParams(next);
  };
  const setView = (v: CalendarView) => {
    try {
      localStorage.setItem(VIEW_KEY, v);
    } catch {
      // ignore
    }
    update({ view: v });
  };

  const local = anchor.setLocale(luxonLocale(language));
  let title: string;
  if (view === 'week') {
    const first = days[0]!.setLocale(luxonLocale(language));
    const last = days[days.length - 1]!.setLocale(luxonLocale(language));
    title = t('calendar.weekTitle', {
      week: first.weekNumber,
      range: `${first.toFormat(first.month === last.month ? 'd' : 'd LLL')} – ${last.toFormat('d LLL yyyy')}`,
    });
  } else {
    title = local.toFormat('LLLL yyyy');
  }

  return (
    <div className="page calendar-page">
      <div className="page-heading">
        <h1>{t('calendar.title')}</h1>
        <p className="muted zone-note">{t('calendar.timeZone', { zone })}</p>
        {can(role, 'post.write') ? (
          <Link to={`/posts/new${params.get('date') ? `?date=${params.get('date')}` : ''}`} className="button button-primary">
            {t('nav.newPost')}
          </Link>
        ) : null}
        <Link to="/plan" className="button">
          {t('planCsv.link')}
        </Link>
      </div>
      <CalendarToolbar
        title={title}
        view={view}
        status={status}
        onView={setView}
        onStep={(step) => update({ date: isoDate(shiftAnchor(view, anchor, step)) })}
        onToday={() => update({ date: null })}
        onStatus={(s) => update({ status: s })}
      />
      <CalendarFilters orgId={org.id} values={filters} onChange={update} />
      {anyPeriod ? (
        <p className="notice" data-testid="any-period">
          {t('calendarFilters.anyPeriod')}
        </p>
      ) : null}
      {posts.error ? <ErrorMessage error={posts.error} /> : null}
      {posts.loading && posts.items.length === 0 ? <Loading /> : null}
      {view !== 'list' && !posts.loading && !posts.error ? (
        <p className="muted period-count" data-testid="period-count">
          {t('calendar.periodCount', { count: posts.items.length })}
        </p>
      ) : null}
      <div aria-busy={posts.loading}>
        {view === 'month' ? (
          <MonthView
            days={days}
            month={anchor.month}
            postsByDate={postsByDate}
            zone={zone}
            today={today}
            onShowDay={(date) => update({ view: 'week', date })}
            onMove={onMove}
            mayCompose={mayWrite}
          />
        ) : null}
        {view === 'week' ? <WeekView days={days} postsByDate={postsByDate} zone={zone} today={today} onMove={onMove} mayCompose={mayWrite} /> : null}
        {view === 'list' && mayBulk && selected.size > 0 ? (
          <BulkBar orgId={org.id} selected={[...selected]} posts={[...posts.items, ...all.items]} onDone={reload} />
        ) : null}
        {view === 'list' ? (
          <ListView
            selection={mayBulk ? { selected, toggle } : undefined}
            postsByDate={postsByDate}
            zone={zone}
            today={today}
            shown={posts.items.length}
            hasMore={posts.hasMore}
            loading={posts.loading}
            onMore={posts.loadMore}
          />
        ) : null}
      </div>
      <UnplannedPosts posts={unplanned} zone={zone} />
    </div>
  );
}
