import { type RefObject, useEffect, useRef } from 'react';
import { returnFocusSoon } from '../lib/focus';

/**
 * An inline yes/no question (instead of window.confirm, so it is readable and keyboard-friendly).
 * Focus starts on "no"; when the question closes (either answer), focus goes back to the button
 * that opened it (`returnFocusTo`, else the element focused when it opened), or to `fallbackFocus`
 * when that button is gone (the thing was removed), never to <body>.
 */
export function Confirm({
  question,
  yes,
  no,
  onYes,
  onNo,
  busy = false,
  returnFocusTo,
  fallbackFocus,
}: {
  question: string;
  yes: string;
  no: string;
  onYes: () => void;
  onNo: () => void;
  busy?: boolean;
  returnFocusTo?: RefObject<HTMLElement | null>;
  fallbackFocus?: () => HTMLElement | null | undefined;
}) {
  const noRef = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const latest = useRef({ returnFocusTo, fallbackFocus });
  latest.current = { returnFocusTo, fallbackFocus };
  useEffect(() => {
    opener.current ??= document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    noRef.current?.focus();
    return () =>
      returnFocusSoon(
        () => latest.current.returnFocusTo?.current,
        () => opener.current,
        () => latest.current.fallbackFocus?.(),
      );
  }, []);
  return (
    <div className="confirm" role="group" aria-label={question}>
      <p>{question}</p>
      <div className="button-row">
        <button type="button" className="button button-danger" onClick={() => (busy ? undefined : onYes())} aria-disabled={busy || undefined}>
          {yes}
        </button>
        <button type="button" className="button" onClick={onNo} ref={noRef}>
          {no}
        </button>
      </div>
    </div>
  );
}
