import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../api';
import { ErrorMessage } from './ErrorMessage';
import { FieldError } from './FieldError';

export interface SourceFields {
  name: string;
  domain: string;
  feedUrl: string;
}

/** Name, website domain and optional feed address of a trusted source; the server's error is shown at its field. */
export function SourceForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: SourceFields;
  submitLabel: string;
  onSubmit: (fields: { name: string; domain: string; feedUrl: string | null }) => Promise<void>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [fields, setFields] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const fieldError = (name: keyof SourceFields) => (error instanceof ApiRequestError ? error.field(name) : undefined);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSubmit({ name: fields.name.trim(), domain: fields.domain.trim(), feedUrl: fields.feedUrl.trim() || null });
    } catch (err) {
      setError(err);
      // The first field the server named gets the focus.
      const first = (['name', 'domain', 'feedUrl'] as const).find((f) => err instanceof ApiRequestError && err.field(f));
      if (first) document.getElementById(`${id}-${first}`)?.focus();
    } finally {
      setBusy(false);
    }
  };

  const input = (name: keyof SourceFields, type: 'text' | 'url', hint?: string) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{t(`sources.field.${name}`)}</label>
      {hint ? (
        <p id={`${id}-${name}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      <input
        id={`${id}-${name}`}
        type={type}
        value={fields[name]}
        required={name !== 'feedUrl'}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={fieldError(name) ? true : undefined}
        aria-describedby={[hint ? `${id}-${name}-hint` : '', fieldError(name) ? `${id}-${name}-error` : ''].filter(Boolean).join(' ') || undefined}
        onChange={(e) => setFields({ ...fields, [name]: e.target.value })}
      />
      <FieldError id={`${id}-${name}-error`} message={fieldError(name)} />
    </div>
  );

  return (
    <form className="source-form" onSubmit={(e) => void submit(e)} noValidate>
      {input('name', 'text')}
      {input('domain', 'text', t('sources.hint.domain'))}
      {input('feedUrl', 'url', t('sources.hint.feedUrl'))}
      {error && !(['name', 'domain', 'feedUrl'] as const).some((f) => fieldError(f)) ? <ErrorMessage error={error} /> : null}
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button button-quiet" onClick={onCancel} disabled={busy}>
            {t('sources.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
