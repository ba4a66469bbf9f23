import { useTranslation } from 'react-i18next';
import { useLanguage } from '../hooks/useLanguage';
import { formatInstant } from '../lib/time';
import type { Post } from '../types';

/** The approver's latest "return with comments", unless the post was submitted again since. */
export function latestReturn(post: Post | null): Post['events'][number] | null {
  if (!post) return null;
  for (let i = post.events.length - 1; i >= 0; i--) {
    const event = post.events[i]!;
    if (event.action === 'submit') return null;
    if (event.action === 'request_changes') return event;
  }
  return null;
}

/** The passage comments of that return: the ones written since the submission it answered. */
export function returnComments(post: Post | null): Post['approval']['comments'] {
  if (!post || !latestReturn(post)) return [];
  const submitted = post.events.filter((e) => e.action === 'submit').at(-1)?.at ?? '';
  return post.approval.comments.filter((c) => c.at > submitted);
}

/** Shown at the top of the composer, where the writer works on what the approver asked. */
export function ReturnedComments({ post, zone }: { post: Post | null; zone: string }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const event = latestReturn(post);
  if (!event || !post) return null;
  const comments = returnComments(post);
  const partName = (part: string) => (part === 'base' ? t('approval.baseText') : (post.variants.find((v) => v.channelId === part)?.channelName ?? ''));
  return (
    <section className="notice notice-warning returned-comments" aria-labelledby="returned-title" data-testid="returned-comments">
      <h2 id="returned-title" className="notice-title">
        {t('composerCheck.returnedTitle')}
      </h2>
      <p>{t('composerCheck.returnedBy', { name: event.actor?.name ?? t('composerCheck.someone'), time: formatInstant(event.at, zone, language) })}</p>
      <blockquote className="returned-reason">{event.reason}</blockquote>
      {comments.length ? (
        <>
          <h3 className="notice-title">{t('passages.returnedTitle')}</h3>
          <ol className="passage-comments" data-testid="returned-passages">
            {comments.map((c) => (
              <li key={c.id}>
                <span className="hint">{partName(c.part)}: </span>
                <mark>{c.quote}</mark> — {c.body}
              </li>
            ))}
          </ol>
        </>
      ) : null}
      <p className="hint">{t('composerCheck.returnedHint')}</p>
    </section>
  );
}
