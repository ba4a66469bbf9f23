import { useTranslation } from 'react-i18next';
import type { Post } from '../types';

/** The text with the commented passage marked; the quote as stored when the offsets no longer fit. */
function Highlighted({ text, start, end, quote }: { text: string; start: number; end: number; quote: string }) {
  if (text.slice(start, end) !== quote) return <mark>{quote}</mark>;
  return (
    <>
      {text.slice(Math.max(0, start - 40), start)}
      <mark>{quote}</mark>
      {text.slice(end, end + 40)}
    </>
  );
}

/** Where the post stands in its approval chain: each step, who approved, who it waits on, and the comments on passages. */
export function ApprovalProgress({ post }: { post: Post }) {
  const { t } = useTranslation();
  const { approval } = post;
  const textOf = (part: string) => (part === 'base' ? post.baseText : (post.variants.find((v) => v.channelId === part)?.text ?? ''));
  const partName = (part: string) => (part === 'base' ? t('approval.baseText') : (post.variants.find((v) => v.channelId === part)?.channelName ?? ''));
  return (
    <section className="card" aria-labelledby="approval-h" data-testid="approval-progress">
      <h2 id="approval-h">{t('approval.title')}</h2>
      <ol className="approval-steps">
        {approval.steps.map((step, i) => (
          <li key={`${i}-${step.mode}`} aria-current={approval.currentStep === i ? 'step' : undefined}>
            <strong>{t('approval.step', { n: i + 1 })}</strong> {step.mode === 'all' ? t('approval.modeAll') : t('approval.modeAny')}{' '}
            {step.done ? t('approval.done') : approval.currentStep === i ? t('approval.current') : t('approval.later')}
            {step.approvedBy.length ? <p>{t('approval.approvedBy', { names: step.approvedBy.map((p) => p.name).join(', ') })}</p> : null}
            {!step.done && step.waitingFor.length ? <p>{t('approval.waitingFor', { names: step.waitingFor.map((p) => p.name).join(', ') })}</p> : null}
          </li>
        ))}
      </ol>
      {approval.comments.length ? (
        <>
          <h3>{t('approval.comments')}</h3>
          <ol className="approval-comments" data-testid="approval-comments">
            {approval.comments.map((c) => (
              <li key={c.id}>
                <p className="hint">
                  {partName(c.part)} · {c.author?.name ?? ''}
                </p>
                <blockquote>
                  <Highlighted text={textOf(c.part)} start={c.start} end={c.end} quote={c.quote} />
                </blockquote>
                <p>{c.body}</p>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
