import { useLayoutEffect, useMemo, useRef, type Ref, type TextareaHTMLAttributes } from 'react';
import { highlightSegments } from '../lib/guard';
import type { Finding } from '../types';

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'children'> & {
  value: string;
  findings: readonly Finding[] | undefined;
  ref?: Ref<HTMLTextAreaElement>;
};

/**
 * A textarea with the privacy findings marked in the text while typing. A backdrop with the
 * same font, padding and wrapping sits behind the (transparent) textarea and draws <mark>s
 * over the findings' spans. The textarea grows with its text, so both never scroll apart.
 * The backdrop is hidden from assistive technology; the findings list describes the field.
 */
export function GuardTextarea({ value, findings, ref, className, ...rest }: Props) {
  // A text the privacy check blocks is an invalid field (also for screen readers, WCAG 3.3.1).
  const blocked = (findings ?? []).some((f) => f.severity === 'block');
  const inner = useRef<HTMLTextAreaElement | null>(null);
  const segments = useMemo(() => highlightSegments(value, findings ?? []), [value, findings]);

  const setRefs = (el: HTMLTextAreaElement | null) => {
    inner.current = el;
    if (typeof ref === 'function') ref(el);
    else if (ref) ref.current = el;
  };

  useLayoutEffect(() => {
    const el = inner.current;
    if (!el) return;
    const grow = () => {
      el.style.height = 'auto';
      const border = el.offsetHeight - el.clientHeight;
      el.style.height = `${el.scrollHeight + border}px`;
    };
    grow();
    if (typeof ResizeObserver === 'undefined') return;
    let width = el.clientWidth;
    const observer = new ResizeObserver(() => {
      if (el.clientWidth !== width) {
        width = el.clientWidth;
        grow();
      }
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [value]);

  return (
    <div className="guard-field">
      <div className="guard-backdrop" aria-hidden="true">
        {segments.map((s, i) =>
          s.severity ? (
            <mark key={i} className={`guard-mark guard-mark-${s.severity}`}>
              {s.text}
            </mark>
          ) : (
            <span key={i}>{s.text}</span>
          ),
        )}
        {/* a trailing newline needs a character after it to take up its line */}
        {value.endsWith('\n') ? ' ' : null}
      </div>
      <textarea
        {...rest}
        aria-invalid={rest['aria-invalid'] || blocked || undefined}
        ref={setRefs}
        value={value}
        className={`guard-input${className ? ` ${className}` : ''}`}
      />
    </div>
  );
}
