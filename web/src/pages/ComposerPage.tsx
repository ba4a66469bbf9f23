import type { ReactNode } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { orgPath } from '../api';
import { ComposerForm } from '../components/ComposerForm';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { useApiData } from '../hooks/useApiData';
import { useOrg } from '../hooks/useSession';
import { can, isEditable } from '../lib/permissions';
import type { Channel, Post } from '../types';

/** New post (/posts/new) and edit (/posts/:id/edit). */
export function ComposerPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const [params] = useSearchParams();
  const { org, role } = useOrg();
  // Always load the post: a version kept in the browser history could be out of date.
  const channels = useApiData<Channel[]>(orgPath(org.id, '/channels'));
  const loaded = useApiData<Post>(id ? orgPath(org.id, `/posts/${id}`) : null);
  const post = id ? loaded.data : null;
  const date = params.get('date');
  const initialDate = date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : '';
  // A click on an hour of the calendar's week view (in the organisation's zone).
  const time = params.get('time');
  const initialTime = initialDate && time && /^([01]\d|2[0-3]):[0-5]\d$/.test(time) ? time : '';

  let content: ReactNode;
  if (!can(role, 'post.write')) content = <p className="notice">{t('composer.noPermission')}</p>;
  else if (channels.error || loaded.error) content = <ErrorMessage error={channels.error ?? loaded.error} />;
  else if (!channels.data || (id && !post)) content = <Loading />;
  else if (post && !isEditable(post.status))
    content = (
      <p className="notice">
        {t('composer.notEditable', { status: t(`status.${post.status}`) })} <Link to={`/posts/${post.id}`}>{t('composer.backToPost')}</Link>
      </p>
    );
  else
    content = (
      <ComposerForm
        key={id ?? 'new'}
        initial={post ?? null}
        channels={channels.data}
        initialDate={initialDate}
        initialTime={initialTime}
        focusStart={params.get('focus') === 'start'}
        initialCampaign={/^[0-9a-f-]{36}$/i.test(params.get('campaign') ?? '') ? (params.get('campaign') ?? '') : ''}
      />
    );

  return (
    <div className="page composer-page">
      <h1>{id ? t('composer.titleEdit') : t('composer.titleNew')}</h1>
      {content}
    </div>
  );
}
