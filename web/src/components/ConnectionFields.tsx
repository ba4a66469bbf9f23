import { useTranslation } from 'react-i18next';
import type { ConnectField } from '../types';
import { FieldError } from './FieldError';

/**
 * The connection details a channel type asks for (GET /channel-types → connectFields), rendered
 * generically: labels from channels.fields.<name> (else the raw name), password inputs for
 * secrets, the server's placeholders, and errors at "connection.<name>".
 */
export function ConnectionFields({
  idPrefix,
  fields,
  values,
  errorFor,
  onChange,
}: {
  idPrefix: string;
  fields: ConnectField[];
  values: Record<string, string>;
  errorFor: (name: string) => string | undefined;
  onChange: (name: string, value: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      {fields.map((f) => {
        const fid = `${idPrefix}-${f.name}`;
        const error = errorFor(f.name);
        const hint = t(`channels.fieldHints.${f.name}`, { defaultValue: '' });
        const described = [hint ? `${fid}-hint` : '', error ? `${fid}-error` : ''].filter(Boolean).join(' ') || undefined;
        return (
          <div className="field" key={f.name}>
            <label htmlFor={fid}>
              {t(`channels.fields.${f.name}`, { defaultValue: f.name })}{' '}
              <span className="muted">({f.required ? t('common.required') : t('common.optional')})</span>
            </label>
            <input
              id={fid}
              name={f.name}
              type={f.type === 'password' || (f.secret && f.type !== 'url') ? 'password' : f.type === 'url' ? 'url' : 'text'}
              value={values[f.name] ?? ''}
              placeholder={f.placeholder}
              required={f.required}
              maxLength={2000}
              autoComplete={f.type === 'password' || (f.secret && f.type !== 'url') ? 'new-password' : 'off'}
              spellCheck={false}
              autoCapitalize="off"
              aria-describedby={described}
              aria-invalid={error ? true : undefined}
              onChange={(e) => onChange(f.name, e.target.value)}
            />
            {hint ? (
              <p id={`${fid}-hint`} className="hint">
                {hint}
              </p>
            ) : null}
            <FieldError id={`${fid}-error`} message={error} />
          </div>
        );
      })}
    </>
  );
}

/** The values to send: trimmed (secrets as typed), empty optional fields left out. */
export function connectionBody(fields: ConnectField[], values: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fields) {
    const raw = values[f.name] ?? '';
    const value = f.secret ? raw : raw.trim();
    if (value) out[f.name] = value;
  }
  return out;
}

/** The first required field left empty, if any. */
export function missingField(fields: ConnectField[], values: Record<string, string>): ConnectField | undefined {
  return fields.find((f) => f.required && !(values[f.name] ?? '').trim());
}
