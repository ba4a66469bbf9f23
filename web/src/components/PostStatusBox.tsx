import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../hooks/useLanguage';
import { formatInstant } from '../lib/time';
import type { Post } from '../types';
import { reasonText } from '../lib/reason';
import { failureText } from '../lib/failure';

/** What the status means for this post: why it failed, what to check when unconfirmed, where it went. */
export function PostStatusBox({ post, zone }: { post: Post; zone: string }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  // The coded failure in the person's language; the technical reason only for failures stored before codes.
  const why = post.failure ? failureText(t, post.failure, zone) : post.failureReason ? reasonText(t, post.failureReason) : null;
  const box = (kind: string, children: ReactNode) => (
    <div className={`notice ${kind} status-box`} role="note" data-testid="status-box" data-status={post.status}>
      {children}
    </div>
  );

  switch (post.status) {
    case 'failed':
      return box(
        'notice-error',
        <>
          <h2 className="notice-title">{t('statusBox.failedTitle')}</h2>
          {why ? (
            <p>
              <span className="label-inline">{t('statusBox.reason')}:</span> {why}
            </p>
          ) : null}
          <p>{t('statusBox.failedNext')}</p>
        </>,
      );
    case 'unconfirmed':
      return box(
        'notice-warning',
        <>
          <h2 className="notice-title">{t('statusBox.unconfirmedTitle')}</h2>
          <p>{t('statusBox.unconfirmed')}</p>
          {why ? (
            <p>
              <span className="label-inline">{t('statusBox.whatHappened')}:</span> {why}
            </p>
          ) : null}
        </>,
      );
    case 'publishing':
      return box(
        'notice-info',
        <>
          <h2 className="notice-title">{t('statusBox.publishingTitle')}</h2>
          <p>{t('statusBox.publishing')}</p>
        </>,
      );
    case 'published': {
      const links = post.variants.filter((v) => v.externalUrl);
      return box(
        '',
        <>
          <h2 className="notice-title">
            {post.publishedAt ? t('statusBox.publishedAt', { time: formatInstant(post.publishedAt, zone, language) }) : t('statusBox.published')}
          </h2>
          {links.length > 0 ? (
            <ul className="plain-list">
              {links.map((v) => (
                <li key={v.channelId}>
                  <a href={v.externalUrl!} target="_blank" rel="noopener noreferrer" data-testid="published-link">
                    {t('detail.viewPublished', { channel: v.channelName })}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </>,
      );
    }
    default:
      // A planned post whose previous attempt failed: it is tried again later.
      if (!why) return null;
      return box(
        'notice-warning',
        <>
          <h2 className="notice-title">{t('statusBox.retryTitle')}</h2>
          <p>
            <span className="label-inline">{t('statusBox.reason')}:</span> {why}
          </p>
        </>,
      );
  }
}
