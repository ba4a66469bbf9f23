import { DateTime } from 'luxon';
import { useId, type CSSProperties, type ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import { SaveAsTemplate } from '../components/SaveAsTemplate';
import { campaignHome } from './CampaignsPage';
import { useTranslation } from 'react-i18next';
import { orgPath } from '../api';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { StatusBadge } from '../components/StatusBadge';
import { useApiData } from '../hooks/useApiData';
import { useLanguage } from '../hooks/useLanguage';
import { type Pages, usePages } from '../hooks/usePages';
import { useOrg } from '../hooks/useSession';
import { can } from '../lib/permissions';
import { shortText } from '../lib/text';
import { formatInstant, formatLocal, luxonLocale } from '../lib/time';
import type { CampaignInboxItem, CampaignResultsView, CampaignTask, CampaignView, PostSummary } from '../types';

const PAGE = 10;
const TOTAL_ROWS = ['posts', 'engagements', 'likes', 'reposts', 'replies', 'quotes', 'impressions', 'reach', 'clicks', 'videoViews'] as const;

/** A section with a heading and a paged list: a "more" button while the server has more, and a count of what is shown. */
function PagedSection<T>({
  title,
  testId,
  pages,
  empty,
  render,
}: {
  title: string;
  testId: string;
  pages: Pages<T>;
  empty: string;
  render: (item: T) => ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="card campaign-overview-section" aria-labelledby={`${id}-h`} data-testid={testId}>
      <h2 id={`${id}-h`}>{title}</h2>
      {pages.error ? <ErrorMessage error={pages.error} /> : null}
      {pages.loading && pages.items.length === 0 ? <Loading /> : null}
      {!pages.loading && !pages.error && pages.items.length === 0 ? <p className="muted">{empty}</p> : null}
      {pages.items.length > 0 ? <ul className="campaign-overview-list">{pages.items.map(render)}</ul> : null}
      {pages.items.length > 0 ? (
        <p className="muted">
          {pages.hasMore ? t('campaignView.shownSoFar', { count: pages.items.length }) : t('campaignView.shownAll', { count: pages.items.length })}
        </p>
      ) : null}
      {pages.hasMore ? (
        <button type="button" className="button" onClick={pages.loadMore} disabled={pages.loading}>
          {pages.loading ? t('campaignView.loadingMore') : t('campaignView.loadMore')}
        </button>
      ) : null}
    </section>
  );
}

/** The campaign on one page: its facts, figures against the goal, posts, tasks and reactions, and the PDF summary. */
export function CampaignOverviewPage() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { id = '' } = useParams();
  const { org, role } = useOrg();
  const zone = org.timeZone;
  const campaign = useApiData<CampaignView>(orgPath(org.id, `/campaigns/${id}`));
  const results = useApiData<CampaignResultsView>(orgPath(org.id, `/campaigns/${id}/results`));
  const posts = usePages<PostSummary>(orgPath(org.id, `/posts?campaign=${id}&limit=${PAGE}`), 'list');
  const tasks = usePages<CampaignTask>(orgPath(org.id, `/campaigns/${id}/overview/tasks?limit=${PAGE}`), 'list');
  const inbox = usePages<CampaignInboxItem>(orgPath(org.id, `/campaigns/${id}/inbox?limit=${PAGE}`), 'list');
  const figuresId = useId();
  const c = campaign.data;

  if (campaign.error && !c) {
    return (
      <div className="page">
        <h1>{t('campaignView.title')}</h1>
        <ErrorMessage error={campaign.error} />
      </div>
    );
  }
  if (!c) return <Loading />;

  const n = (v: number | null) => (v === null ? t('campaignView.unknown') : new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL').format(v));
  const r = results.data;
  const metric = r?.metric ? t(`campaignView.metric.${r.metric}`) : '';
  const verdict = r ? t(`campaignView.verdict.${r.verdict}`, { actual: n(r.actual), target: n(r.target), metric }) : '';
  const date = (iso: string | null) => (iso ? DateTime.fromISO(iso).setLocale(luxonLocale(language)).toFormat('d LLLL yyyy') : '…');
  const period = c.startsOn || c.endsOn ? t('campaignView.periodRange', { from: date(c.startsOn), to: date(c.endsOn) }) : t('campaignView.noPeriod');

  return (
    <div className="page campaign-overview-page">
      <p className="back-link">
        <Link to="/campaigns">
          <span aria-hidden="true">← </span>
          {t('campaignView.back')}
        </Link>
      </p>
      <header className="campaign-header" style={{ '--campaign-colour': c.colour } as CSSProperties}>
        <p className="muted">{t('campaignView.title')}</p>
        <h1>{c.name}</h1>
        <dl className="campaign-facts">
          <dt>{t('campaignView.colour')}</dt>
          <dd>
            <span className="campaign-tag">
              <span className="campaign-swatch" aria-hidden="true" />
              {c.colour}
            </span>
          </dd>
          <dt>{t('campaignView.hashtag')}</dt>
          <dd>{c.hashtag ?? t('campaignView.none')}</dd>
          <dt>{t('campaignView.phaseLabel')}</dt>
          <dd data-testid="campaign-phase">{t(`campaignView.phase.${c.phase}`)}</dd>
          <dt>{t('campaignView.event')}</dt>
          <dd>{c.eventLocal ? `${formatLocal(c.eventLocal, zone, language)} (${zone})` : t('campaignView.noEvent')}</dd>
          <dt>{t('campaignView.period')}</dt>
          <dd>{period}</dd>
        </dl>
        <p>
          <a className="button button-primary" href={orgPath(org.id, `/campaigns/${c.id}/summary.pdf?lang=${language}`)} download data-testid="summary-pdf">
            {t('campaignView.pdf')}
          </a>{' '}
          {can(role, 'post.write') ? (
            <Link className="button" to={`/posts/new?campaign=${c.id}`}>
              {t('campaignView.newPost')}
            </Link>
          ) : null}{' '}
          {c.route === 'careful' ? (
            <Link className="button" to={campaignHome(c)}>
              {t('campaignView.worksheet')}
            </Link>
          ) : null}
        </p>
        {can(role, 'post.write') ? <SaveAsTemplate campaign={c} /> : null}
      </header>

      <section className="card campaign-overview-section" aria-labelledby={`${figuresId}-h`} data-testid="campaign-figures">
        <h2 id={`${figuresId}-h`}>{t('campaignView.figures')}</h2>
        {results.error ? <ErrorMessage error={results.error} /> : null}
        {!r && !results.error ? <Loading /> : null}
        {r ? (
          <>
            <p className="campaign-verdict" data-testid="campaign-verdict">
              {verdict}
            </p>
            <p>{t('campaignView.published', { count: r.publishedPosts })}</p>
            <table className="data-table">
              <caption className="visually-hidden">{t('campaignView.totals')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('campaignView.figure')}</th>
                  <th scope="col">{t('campaignView.value')}</th>
                </tr>
              </thead>
              <tbody>
                {TOTAL_ROWS.map((k) => (
                  <tr key={k}>
                    <th scope="row">{t(`campaignView.total.${k}`)}</th>
                    <td>{n(r.totals[k])}</td>
                  </tr>
                ))}
                <tr>
                  <th scope="row">{t('campaignView.total.inboxItems')}</th>
                  <td>{n(r.inboxItems)}</td>
                </tr>
              </tbody>
            </table>
          </>
        ) : null}
      </section>

      <PagedSection
        title={t('campaignView.posts')}
        testId="campaign-posts"
        pages={posts}
        empty={t('campaignView.noPosts')}
        render={(p) => (
          <li key={p.id}>
            <StatusBadge status={p.status} />{' '}
            <span>
              {p.publishedAt
                ? t('campaignView.publishedAt', { time: formatInstant(p.publishedAt, zone, language) })
                : p.scheduledAt
                  ? t('campaignView.plannedAt', { time: formatInstant(p.scheduledAt, zone, language) })
                  : t('campaignView.notPlanned')}
            </span>
            {p.channels.length ? <span className="muted"> · {p.channels.map((ch) => ch.name).join(', ')}</span> : null}
            <br />
            <Link to={`/posts/${p.id}`}>{shortText(p.excerpt, 120) || t('calendar.noText')}</Link>
          </li>
        )}
      />

      <PagedSection
        title={t('campaignView.tasks')}
        testId="campaign-tasks"
        pages={tasks}
        empty={t('campaignView.noTasks')}
        render={(task) => (
          <li key={task.id}>
            <strong>{task.title}</strong> <span className="badge">{task.doneAt ? t('campaignView.taskDone') : t('campaignView.taskOpen')}</span>
            <br />
            <span className="muted">
              {[
                t(`campaignView.moment.${task.moment}`),
                task.dueLocal ? t('campaignView.due', { time: formatLocal(task.dueLocal, zone, language) }) : t('campaignView.noDue'),
                task.owner?.name,
                task.channel?.name,
              ]
                .filter(Boolean)
                .join(' · ')}
            </span>
          </li>
        )}
      />

      <PagedSection
        title={t('campaignView.inbox')}
        testId="campaign-inbox"
        pages={inbox}
        empty={t('campaignView.noInbox')}
        render={(item) => (
          <li key={item.id}>
            <span className="muted">
              {[item.authorName ?? item.authorHandle, item.channel.name, formatInstant(item.writtenAt, zone, language)].join(' · ')}
            </span>
            {item.urgent ? <span className="badge"> {t('campaignView.urgent')}</span> : null}
            <br />
            <Link to={`/inbox/${item.id}`}>{shortText(item.excerpt, 140)}</Link>
          </li>
        )}
      />
    </div>
  );
}
