import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A one-time link shown once to an admin (invitation or password reset): read-only, selected and
 * focused when it appears, with a copy button and a hint that it will not be shown again.
 */
export function OneTimeLink({ label, link, hint, onClose }: { label: string; link: string; hint: string; onClose: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopyState('copied');
    } catch {
      inputRef.current?.focus();
      inputRef.current?.select();
      setCopyState('failed');
    }
  };

  return (
    <div className="one-time-link notice notice-info">
      <div className="field">
        <label htmlFor={`${id}-link`}>{label}</label>
        <input ref={inputRef} id={`${id}-link`} type="text" readOnly value={link} aria-describedby={`${id}-hint`} onFocus={(e) => e.target.select()} />
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      </div>
      <div className="button-row">
        <button type="button" className="button button-primary button-small" onClick={() => void copy()}>
          {t('access.copy')}
        </button>
        <button type="button" className="button button-small" onClick={onClose}>
          {t('access.close')}
        </button>
      </div>
      <p role="status" className="hint">
        {copyState === 'copied' ? t('access.copied') : copyState === 'failed' ? t('access.copyFailed') : ''}
      </p>
    </div>
  );
}
