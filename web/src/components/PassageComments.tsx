import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findPassage } from '../lib/passages';
import type { PassageComment, Post } from '../types';
import { FieldError } from './FieldError';

interface Part {
  part: string;
  name: string;
  text: string;
}

/** The texts a comment can point into: the base text and every channel's own text. */
export function commentableParts(post: Post, baseName: string): Part[] {
  const parts: Part[] = [{ part: 'base', name: baseName, text: post.baseText }];
  for (const v of post.variants) if (v.text) parts.push({ part: v.channelId, name: v.channelName, text: v.text });
  return parts;
}

/**
 * While returning a post: remarks on passages of its text. The texts are text boxes nobody can change, so
 * a passage is selected with the mouse or with Shift and the arrow keys; "comment on selection"
 * takes that selection. Typing the passage over is the other way in.
 */
export function PassageComments({ post, comments, onChange }: { post: Post; comments: PassageComment[]; onChange: (comments: PassageComment[]) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const parts = commentableParts(post, t('approval.baseText'));
  const boxes = useRef(new Map<string, HTMLTextAreaElement>());
  // The text box whose selection counts: the last one a selection was made in.
  const [lastPart, setLastPart] = useState<string>('base');
  const [quote, setQuote] = useState('');
  const [body, setBody] = useState('');
  const [problem, setProblem] = useState<{ field: 'body' | 'quote' | 'selection'; message: string } | null>(null);

  const add = (anchor: { part: string; start: number; end: number }) => {
    const text = parts.find((p) => p.part === anchor.part)!.text;
    onChange([...comments, { ...anchor, quote: text.slice(anchor.start, anchor.end), body: body.trim() }]);
    setBody('');
    setQuote('');
    setProblem(null);
  };

  const needBody = () => {
    if (body.trim()) return false;
    setProblem({ field: 'body', message: t('passages.bodyRequired') });
    return true;
  };

  const onSelection = () => {
    if (needBody()) return;
    const box = boxes.current.get(lastPart);
    if (!box || box.selectionEnd <= box.selectionStart) {
      setProblem({ field: 'selection', message: t('passages.selectFirst') });
      return;
    }
    add({ part: lastPart, start: box.selectionStart, end: box.selectionEnd });
  };

  const onQuote = () => {
    if (needBody()) return;
    const found = parts.map((p) => ({ p, at: findPassage(p.text, quote) }));
    const hits = found.filter((f) => typeof f.at === 'object');
    if (hits.length === 1 && !found.some((f) => f.at === 'ambiguous')) {
      const at = hits[0]!.at as { start: number; end: number };
      add({ part: hits[0]!.p.part, ...at });
      return;
    }
    const ambiguous = hits.length > 1 || found.some((f) => f.at === 'ambiguous');
    setProblem({ field: 'quote', message: ambiguous ? t('passages.quoteAmbiguous') : t('passages.quoteMissing') });
  };

  const partName = (part: string) => parts.find((p) => p.part === part)?.name ?? '';
  return (
    <fieldset className="passage-commenter" data-testid="passage-comments">
      <legend>{t('passages.legend')}</legend>
      <p className="hint" id={`${id}-how`}>
        {t('passages.how')}
      </p>
      {parts.map((p) => (
        <div className="field" key={p.part}>
          <label htmlFor={`${id}-${p.part}`}>{t('passages.textOf', { name: p.name })}</label>
          <textarea
            id={`${id}-${p.part}`}
            // Not the readOnly attribute: Chromium then lets nobody select with Shift and the
            // arrow keys. Read-only for assistive technology, and typing changes nothing (the
            // value is the post's text, whatever is typed).
            aria-readonly="true"
            onChange={() => {}}
            spellCheck={false}
            rows={Math.min(8, Math.ceil(p.text.length / 60) + 1)}
            value={p.text}
            aria-describedby={`${id}-how`}
            ref={(el) => {
              if (el) boxes.current.set(p.part, el);
              else boxes.current.delete(p.part);
            }}
            onSelect={(e) => {
              const box = e.currentTarget;
              if (box.selectionEnd > box.selectionStart) setLastPart(p.part);
            }}
          />
        </div>
      ))}
      <div className="field">
        <label htmlFor={`${id}-body`}>{t('passages.body')}</label>
        <textarea
          id={`${id}-body`}
          rows={2}
          maxLength={2000}
          value={body}
          aria-invalid={problem?.field === 'body' ? true : undefined}
          aria-describedby={`${id}-body-error`}
          onChange={(e) => setBody(e.target.value)}
        />
        <FieldError id={`${id}-body-error`} message={problem?.field === 'body' ? problem.message : undefined} />
      </div>
      <div className="button-row">
        <button type="button" className="button" onClick={onSelection} aria-describedby={`${id}-selection-error`}>
          {t('passages.onSelection')}
        </button>
      </div>
      <FieldError id={`${id}-selection-error`} message={problem?.field === 'selection' ? problem.message : undefined} />
      <div className="field">
        <label htmlFor={`${id}-quote`}>{t('passages.quote')}</label>
        <input
          id={`${id}-quote`}
          type="text"
          maxLength={2000}
          value={quote}
          aria-invalid={problem?.field === 'quote' ? true : undefined}
          aria-describedby={`${id}-quote-hint ${id}-quote-error`}
          onChange={(e) => setQuote(e.target.value)}
          onKeyDown={(e) => {
            // Enter adds this comment; it does not send the whole return yet.
            if (e.key === 'Enter') {
              e.preventDefault();
              onQuote();
            }
          }}
        />
        <p className="hint" id={`${id}-quote-hint`}>
          {t('passages.quoteHint')}
        </p>
        <FieldError id={`${id}-quote-error`} message={problem?.field === 'quote' ? problem.message : undefined} />
        <button type="button" className="button" onClick={onQuote}>
          {t('passages.onQuote')}
        </button>
      </div>
      {comments.length ? (
        <>
          <h3 id={`${id}-list`}>{t('passages.pending', { count: comments.length })}</h3>
          <ol className="passage-comments" aria-labelledby={`${id}-list`} data-testid="pending-comments">
            {comments.map((c, i) => (
              <li key={`${c.part}-${c.start}-${c.end}-${i}`}>
                <span className="hint">{partName(c.part)}: </span>
                <mark>{c.quote}</mark> — {c.body}{' '}
                <button type="button" className="button button-small" onClick={() => onChange(comments.filter((_, j) => j !== i))}>
                  {t('passages.remove', { n: i + 1 })}
                </button>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </fieldset>
  );
}
