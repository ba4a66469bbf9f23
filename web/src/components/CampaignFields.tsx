import { useEffect, useId, useState } from 'react';
import { ApiRequestError } from '../api';
import type { SaveState } from '../hooks/useCampaignSave';
import { FieldError } from './FieldError';

/** The server's message for this field when its last save failed. */
export function fieldErrorOf(state: SaveState, field: string): string | undefined {
  if (state.kind !== 'error' || state.field !== field) return undefined;
  return state.error instanceof ApiRequestError ? (state.error.field(field) ?? state.error.message) : undefined;
}

/**
 * A worksheet question saved when it loses focus (only when changed). Text, a long text, a date,
 * a date with time or a number; the saved value comes back from the server.
 */
export function AutoField({
  label,
  hint,
  value,
  type = 'text',
  field,
  state,
  onSave,
  maxLength,
}: {
  label: string;
  hint?: string;
  value: string;
  type?: 'text' | 'textarea' | 'date' | 'datetime-local' | 'number';
  field: string;
  state: SaveState;
  onSave: (value: string) => void;
  maxLength?: number;
}) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const error = fieldErrorOf(state, field);
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const commit = () => {
    if (draft !== value) onSave(draft);
  };
  const common = {
    id,
    value: draft,
    name: field,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': described,
    onBlur: commit,
  } as const;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {type === 'textarea' ? (
        <textarea {...common} rows={3} maxLength={maxLength} onChange={(e) => setDraft(e.target.value)} />
      ) : (
        <input
          {...common}
          type={type}
          maxLength={maxLength}
          min={type === 'number' ? 0 : undefined}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
          }}
        />
      )}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

/** A set of checkboxes saved on every change (platforms, responders, reply templates). */
export function AutoChecks({
  legend,
  hint,
  options,
  chosen,
  onSave,
  empty,
}: {
  legend: string;
  hint?: string;
  options: { id: string; label: string }[];
  chosen: string[];
  onSave: (ids: string[]) => void;
  empty: string;
}) {
  const id = useId();
  // Ticked at once (the save follows): the box answers the click, the server's answer settles it.
  const [local, setLocal] = useState(chosen);
  const key = chosen.join(',');
  useEffect(() => setLocal(chosen), [key]);
  const change = (next: string[]) => {
    setLocal(next);
    onSave(next);
  };
  return (
    <fieldset>
      <legend>{legend}</legend>
      {hint ? <p className="hint">{hint}</p> : null}
      {options.length === 0 ? <p className="muted">{empty}</p> : null}
      {options.map((o) => (
        <div className="checkbox-field" key={o.id}>
          <input
            id={`${id}-${o.id}`}
            type="checkbox"
            checked={local.includes(o.id)}
            onChange={(e) => change(e.target.checked ? [...local, o.id] : local.filter((x) => x !== o.id))}
          />
          <label htmlFor={`${id}-${o.id}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  );
}
