import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AnnounceContext, type AnnounceKind } from '../hooks/useAnnounce';

interface Message {
  text: string;
  kind: AnnounceKind;
  id: number;
}

/**
 * The aria-live regions for save results (polite) and errors (assertive). They are always in the
 * document so screen readers pick up changes; the latest message is also shown as a toast.
 */
export function AnnounceProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<Message | null>(null);
  const counter = useRef(0);
  const timer = useRef<number | undefined>(undefined);

  const announce = useCallback((text: string, kind: AnnounceKind = 'status') => {
    window.clearTimeout(timer.current);
    counter.current += 1;
    setMessage({ text, kind, id: counter.current });
    timer.current = window.setTimeout(() => setMessage(null), kind === 'error' ? 15000 : 8000);
  }, []);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div className="live-regions">
        <div role="status" aria-live="polite" aria-atomic="true" className={message?.kind === 'status' ? 'toast toast-status' : 'visually-hidden'}>
          {message?.kind === 'status' ? <span key={message.id}>{message.text}</span> : null}
        </div>
        <div role="alert" aria-live="assertive" aria-atomic="true" className={message?.kind === 'error' ? 'toast toast-error' : 'visually-hidden'}>
          {message?.kind === 'error' ? <span key={message.id}>{message.text}</span> : null}
        </div>
        {message ? (
          <button type="button" className="toast-close" onClick={() => setMessage(null)} aria-label={t('common.close')}>
            ×
          </button>
        ) : null}
      </div>
    </AnnounceContext.Provider>
  );
}
