// What a new host did to a question hour's announcements: the drafts that now name the new host, and
// those that still name the previous one (on their way to approval or out, someone else's draft, or too
// long with the new name), each a link to the post so it can be edited and approved again.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { QaAnnouncementsChanged as Changed, QaPeopleChanged } from '../../../src/contracts/qa-hour';

/** One sentence for the screen reader, after "saved": how many were rewritten and how many still name the previous host. */
export function announcementsSaid(t: TFunction, saved: QaPeopleChanged): string {
  const { rewritten, notRewritten, previousHost } = saved.announcements;
  return [
    rewritten.length ? t('qa.announcementsRewritten', { count: rewritten.length, host: saved.host?.name ?? '' }) : '',
    notRewritten.length ? t('qa.announcementsNotRewritten', { count: notRewritten.length, name: previousHost ?? '' }) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

export function QaAnnouncementsChanged({ changed, host, postIds }: { changed: Changed; host: string; postIds: string[] }) {
  const { t } = useTranslation();
  const { rewritten, notRewritten, previousHost } = changed;
  if (!rewritten.length && !notRewritten.length) return null;
  // Numbered as in the hour's list of announcements.
  const link = (postId: string) => <Link to={`/posts/${postId}`}>{t('qa.announcementLink', { number: postIds.indexOf(postId) + 1 })}</Link>;
  return (
    <div className="qa-announcements-changed" data-testid="qa-announcements-changed">
      {rewritten.length ? (
        <div className="notice">
          <p>{t('qa.announcementsRewritten', { count: rewritten.length, host })}</p>
          <ul>
            {rewritten.map((r) => (
              <li key={r.postId}>{link(r.postId)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {notRewritten.length ? (
        <div className="notice notice-warning">
          <p>{t('qa.announcementsNotRewritten', { count: notRewritten.length, name: previousHost ?? '' })}</p>
          <ul>
            {notRewritten.map((r) => (
              <li key={r.postId}>
                {link(r.postId)}: {t(`qa.notRewrittenReason.${r.reason}`, { status: t(`status.${r.status}`).toLowerCase() })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
