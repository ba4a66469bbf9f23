import { lazy, Suspense } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { orgPath } from '../api';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { AddToQueue } from '../components/AddToQueue';
import { HighlightedText } from '../components/HighlightedText';
import { ApprovalProgress } from '../components/ApprovalProgress';
import { PostCampaign } from '../components/PostCampaign';
import { PostChecklistRecord } from '../components/PostChecklistRecord';
import { PostActions } from '../components/PostActions';
import { PostGuardSection } from '../components/PostGuardSection';
import { PostHistory } from '../components/PostHistory';
import { PostMedia } from '../components/PostMedia';
import { PostMoveAndCopy } from '../components/PostMoveAndCopy';
import { PostStatusBox } from '../components/PostStatusBox';
import { PostVariants } from '../components/PostVariants';
import { RepeatSection } from '../components/RepeatSection';
import { ScheduledNote } from '../components/ScheduledNote';
import { StatusBadge } from '../components/StatusBadge';
import { useApiData } from '../hooks/useApiData';
import { useLanguage } from '../hooks/useLanguage';
import { useOrg } from '../hooks/useSession';
import { can } from '../lib/permissions';
import { formatLocal, instantTime, postLocal } from '../lib/time';
import type { Post } from '../types';

// The growth curve brings the chart library: loaded only for a published post.
const PostGrowth = lazy(() => import('../components/PostGrowth').then((m) => ({ default: m.PostGrowth })));

const REPEATABLE: readonly string[] = ['approved', 'scheduled', 'published'];

/** One post: texts per channel, media, planned time, status, history and the next actions. */
export function PostDetailPage() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { id = '' } = useParams();
  const { org, role } = useOrg();
  const zone = org.timeZone;
  const loaded = useApiData<Post>(orgPath(org.id, `/posts/${id}`), { live: true });
  const post = loaded.data;

  if (loaded.error && !post) {
    return (
      <div className="page">
        <h1>{t('detail.title')}</h1>
        <ErrorMessage error={loaded.error} />
        <p>
          <Link to="/calendar">{t('detail.backToCalendar')}</Link>
        </p>
      </div>
    );
  }
  if (!post) return <Loading />;

  const local = postLocal(post, zone);
  // Repeats and queues: approved posts only, for the people who may schedule.
  const mayRepeat = can(role, 'post.schedule') && REPEATABLE.includes(post.status);
  // The server's post policy decides (src/domain/post-policy.ts): the page only shows what it offers.
  const mayEdit = post.allowedActions.includes('edit');

  return (
    <div className="page detail-page">
      <p className="back-link">
        <Link to={local ? `/calendar?date=${local.slice(0, 10)}` : '/calendar'}>
          <span aria-hidden="true">← </span>
          {t('detail.backToCalendar')}
        </Link>
      </p>
      <div className="page-heading">
        <h1>{t('detail.title')}</h1>
        {mayEdit ? (
          <Link to={`/posts/${post.id}/edit`} className="button">
            {t('detail.edit')}
          </Link>
        ) : null}
      </div>

      <dl className="facts">
        <div>
          <dt>{t('detail.status')}</dt>
          <dd>
            <StatusBadge status={post.status} />
          </dd>
        </div>
        <div>
          <dt>{t('detail.planned')}</dt>
          <dd>
            {local ? (
              <time dateTime={post.scheduledAt ?? local}>{t('detail.plannedAt', { time: formatLocal(local, zone, language), zone })}</time>
            ) : (
              t('detail.notPlanned')
            )}
          </dd>
        </div>
        <div>
          <dt>{t('composerPurpose.label')}</dt>
          <dd>{t(`consent.purpose.${post.purpose}`)}</dd>
        </div>
        <div>
          <dt>{t('detail.author')}</dt>
          <dd>{post.author?.name ?? t('detail.unknownAuthor')}</dd>
        </div>
      </dl>
      <ScheduledNote note={post.scheduledNote} time={post.scheduledAt ? instantTime(post.scheduledAt, zone) : (local ?? '').slice(11, 16)} />

      <PostStatusBox post={post} zone={zone} />

      <section className="card" aria-labelledby="actions-h">
        <h2 id="actions-h">{t('detail.actions')}</h2>
        <PostActions post={post} orgId={org.id} onChange={(p) => loaded.setData(p)} />
      </section>

      <section className="card" aria-labelledby="checklist-h">
        <h2 id="checklist-h">{t('checklist.recordTitle')}</h2>
        <PostChecklistRecord key={`${post.status}-${post.version}`} orgId={org.id} postId={post.id} zone={zone} />
      </section>

      <PostCampaign
        key={`campaign-${post.id}-${post.campaignId ?? ''}`}
        post={post}
        orgId={org.id}
        mayChange={can(role, 'post.write')}
        onChange={loaded.reload}
      />

      {can(role, 'post.write') ? (
        <PostMoveAndCopy key={`move-${post.id}-${post.version}`} post={post} orgId={org.id} zone={zone} mayMove={mayEdit} onChange={loaded.reload} />
      ) : null}

      {mayRepeat ? (
        <>
          <RepeatSection key={post.id} post={post} orgId={org.id} zone={zone} onDone={loaded.reload} />
          <AddToQueue key={`queue-${post.id}`} post={post} orgId={org.id} />
        </>
      ) : null}

      <ApprovalProgress post={post} />

      <PostGuardSection post={post} orgId={org.id} zone={zone} onChange={(p) => loaded.setData(p)} />

      <section className="card" aria-labelledby="base-h">
        <h2 id="base-h">{t('detail.baseText')}</h2>
        {/* Approvers' comments on passages are marked in the text, numbered as in the list above. */}
        <HighlightedText
          text={post.baseText}
          anchors={post.approval.comments.flatMap((c, i) => (c.part === 'base' ? [{ n: i + 1, start: c.start, end: c.end, quote: c.quote }] : []))}
        />
      </section>

      <section className="card" aria-labelledby="variants-h">
        <h2 id="variants-h">{t('detail.channels')}</h2>
        <PostVariants variants={post.variants} zone={zone} />
      </section>

      <section className="card" aria-labelledby="media-h">
        <h2 id="media-h">{t('detail.media')}</h2>
        <PostMedia items={post.media} edit={mayEdit ? { orgId: org.id, onChanged: loaded.reload } : undefined} />
      </section>

      {post.variants.some((v) => v.publishedAt) ? (
        <section className="card" aria-labelledby="growth-h">
          <h2 id="growth-h">{t('metrics.growthHeading')}</h2>
          <Suspense fallback={<Loading />}>
            <PostGrowth orgId={org.id} postId={post.id} zone={zone} />
          </Suspense>
        </section>
      ) : null}

      <section className="card" aria-labelledby="history-h">
        <h2 id="history-h">{t('detail.history')}</h2>
        <PostHistory events={post.events} zone={zone} />
      </section>
    </div>
  );
}
