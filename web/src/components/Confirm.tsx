import { useEffect, useRef } from 'react';

/** An inline yes/no question (instead of window.confirm, so it is readable and keyboard-friendly). */
export function Confirm({
  question,
  yes,
  no,
  onYes,
  onNo,
  busy = false,
}: {
  question: string;
  yes: string;
  no: string;
  onYes: () => void;
  onNo: () => void;
  busy?: boolean;
}) {
  const noRef = useRef<HTMLButtonElement>(null);
  useEffect(() => noRef.current?.focus(), []);
  return (
    <div className="confirm" role="group" aria-label={question}>
      <p>{question}</p>
      <div className="button-row">
        <button type="button" className="button button-danger" onClick={onYes} disabled={busy}>
          {yes}
        </button>
        <button type="button" className="button" onClick={onNo} ref={noRef}>
          {no}
        </button>
      </div>
    </div>
  );
}
