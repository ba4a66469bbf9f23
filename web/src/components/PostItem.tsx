import type { CSSProperties } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { DRAG_TYPE } from '../lib/bulk';
import { shortText } from '../lib/text';
import { postLocal } from '../lib/time';
import type { PostSummary } from '../types';
import { ChannelIcons } from './ChannelIcons';
import { StatusBadge } from './StatusBadge';

/** Statuses whose planned time a person can still change (a move is an edit). */
const MOVABLE: readonly string[] = ['draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'failed'];

/**
 * One post in the calendar: local time (HH:mm), channels, a short text and the status. With
 * `draggable`, a mouse can drag it to another day or hour; the keyboard way is the list view's
 * "verplaatsen" action or the post's own page.
 */
export function PostItem({
  post,
  zone,
  compact = false,
  draggable = false,
  select,
}: {
  post: PostSummary;
  zone: string;
  compact?: boolean;
  draggable?: boolean;
  /** In the list view: a checkbox to select the post for bulk work. */
  select?: { checked: boolean; onChange: (checked: boolean) => void };
}) {
  const { t } = useTranslation();
  const local = postLocal(post, zone);
  const time = local ? local.slice(11, 16) : null;
  const text = shortText(post.excerpt, compact ? 40 : 90) || t('calendar.noText');
  const movable = draggable && local !== null && MOVABLE.includes(post.status);
  // A campaign's posts wear its colour (a band along the top and a swatch) and its name in text: never colour alone.
  const campaign = post.campaignId && post.campaignName ? { name: post.campaignName, colour: post.campaignColour ?? undefined } : null;
  return (
    <li
      className={`post-item post-${post.status}${compact ? ' compact' : ''}${movable ? ' is-draggable' : ''}${campaign ? ' in-campaign' : ''}`}
      data-testid="post-item"
      data-post-id={post.id}
      style={campaign?.colour ? ({ '--campaign-colour': campaign.colour } as CSSProperties) : undefined}
    >
      {select ? (
        <input
          type="checkbox"
          className="post-select"
          checked={select.checked}
          aria-label={t('bulk.select', { text })}
          onChange={(e) => select.onChange(e.target.checked)}
        />
      ) : null}
      <Link
        to={`/posts/${post.id}`}
        className="post-link"
        draggable={movable}
        onDragStart={
          movable
            ? (e) => {
                e.dataTransfer.setData(DRAG_TYPE, JSON.stringify({ id: post.id, local }));
                e.dataTransfer.effectAllowed = 'move';
              }
            : undefined
        }
      >
        {time ? (
          <time className="post-time" dateTime={local ?? undefined}>
            {time}
          </time>
        ) : null}
        <StatusBadge status={post.status} />
        {post.retrying ? <span className="badge badge-retrying">{t('calendar.retrying')}</span> : null}
        <ChannelIcons channels={post.channels} />
        {campaign ? (
          <span className="campaign-tag" data-testid="campaign-tag">
            <span className="campaign-swatch" aria-hidden="true" />
            <span className="visually-hidden">{t('campaignView.campaignLabel')} </span>
            {campaign.name}
          </span>
        ) : null}
        <span className="post-text">{text}</span>
      </Link>
    </li>
  );
}
