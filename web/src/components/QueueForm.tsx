import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../api';
import { WEEKDAYS } from '../lib/queue';
import type { QueueSlot } from '../types';
import { ErrorMessage } from './ErrorMessage';
import { FieldError } from './FieldError';

export interface QueueInput {
  name: string;
  slots: QueueSlot[];
  active: boolean;
}

type Row = QueueSlot & { key: number };
let nextKey = 1;
const row = (slot: QueueSlot): Row => ({ ...slot, key: nextKey++ });

/** Name, weekly time slots (weekday + time rows) and active state of a queue; for creating and editing. */
export function QueueForm({
  initial,
  zone,
  submitLabel,
  onSubmit,
  onCancel,
  autoFocus,
}: {
  initial: QueueInput;
  zone: string;
  submitLabel: string;
  /** Saves; throws the API error to show it at its field. */
  onSubmit: (input: QueueInput) => Promise<void>;
  onCancel?: () => void;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState(initial.name);
  const [active, setActive] = useState(initial.active);
  const [rows, setRows] = useState<Row[]>(() => (initial.slots.length > 0 ? initial.slots : [{ weekday: 1, time: '' }]).map(row));
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const update = (key: number, change: Partial<QueueSlot>) => setRows((all) => all.map((r) => (r.key === key ? { ...r, ...change } : r)));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const errors: Record<string, string> = {};
    if (!name.trim()) errors.name = t('queues.nameRequired');
    rows.forEach((r, i) => {
      if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(r.time)) errors[`slots.${i}.time`] = t('queues.timeRequired');
    });
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) return;
    setBusy(true);
    try {
      await onSubmit({ name: name.trim(), slots: rows.map(({ weekday, time }) => ({ weekday, time })), active });
    } catch (err) {
      const placed: Record<string, string> = {};
      if (err instanceof ApiRequestError) {
        for (const d of err.details) if (d.path === 'name' || /^slots\.\d+\.(weekday|time)$/.test(d.path)) placed[d.path] = d.message;
      }
      setFieldErrors(placed);
      const unplaced = err instanceof ApiRequestError ? err.details.length === 0 || err.details.some((d) => !(d.path in placed)) : true;
      setError(unplaced ? err : null);
    } finally {
      setBusy(false);
    }
  };

  const described = (...ids: (string | false)[]) => ids.filter(Boolean).join(' ') || undefined;

  return (
    <form className="queue-form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('queues.name')}</label>
        <input
          id={`${id}-name`}
          type="text"
          value={name}
          maxLength={80}
          autoFocus={autoFocus}
          aria-describedby={described(`${id}-name-hint`, !!fieldErrors.name && `${id}-name-error`)}
          aria-invalid={fieldErrors.name ? true : undefined}
          onChange={(e) => setName(e.target.value)}
        />
        <p id={`${id}-name-hint`} className="hint">
          {t('queues.nameHint')}
        </p>
        <FieldError id={`${id}-name-error`} message={fieldErrors.name} />
      </div>

      <fieldset>
        <legend>{t('queues.slots')}</legend>
        <p id={`${id}-slots-hint`} className="hint">
          {t('queues.slotsHint', { zone })}
        </p>
        {rows.length === 0 ? <p className="muted">{t('queues.noSlots')}</p> : null}
        {rows.map((r, i) => {
          const rowId = `${id}-s${r.key}`;
          const message = fieldErrors[`slots.${i}.time`] ?? fieldErrors[`slots.${i}.weekday`];
          return (
            <fieldset key={r.key} className="slot-row">
              <legend>{t('queues.slot', { n: i + 1 })}</legend>
              <div className="field-row">
                <div className="field">
                  <label htmlFor={`${rowId}-day`}>{t('queues.weekday')}</label>
                  <select
                    id={`${rowId}-day`}
                    value={r.weekday}
                    aria-describedby={`${id}-slots-hint`}
                    onChange={(e) => update(r.key, { weekday: Number(e.target.value) })}
                  >
                    {WEEKDAYS.map((d) => (
                      <option key={d} value={d}>
                        {t(`queues.weekdays.${d}`)}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field">
                  <label htmlFor={`${rowId}-time`}>{t('queues.time')}</label>
                  <input
                    id={`${rowId}-time`}
                    type="time"
                    step={60}
                    value={r.time}
                    aria-describedby={described(`${id}-slots-hint`, !!message && `${rowId}-error`)}
                    aria-invalid={message ? true : undefined}
                    onChange={(e) => update(r.key, { time: e.target.value })}
                  />
                </div>
                <button
                  type="button"
                  className="button button-quiet field-row-action"
                  onClick={() => {
                    setRows((all) => all.filter((x) => x.key !== r.key));
                    setFieldErrors({});
                  }}
                >
                  {t('queues.removeSlot')}
                  <span className="visually-hidden"> {t('queues.removeSlotHidden', { n: i + 1 })}</span>
                </button>
              </div>
              <FieldError id={`${rowId}-error`} message={message} />
            </fieldset>
          );
        })}
        {rows.length < 50 ? (
          <p>
            <button type="button" className="button" onClick={() => setRows((all) => [...all, row({ weekday: 1, time: '' })])}>
              {t('queues.addSlot')}
            </button>
          </p>
        ) : null}
      </fieldset>

      <div className="checkbox-field">
        <input id={`${id}-active`} type="checkbox" checked={active} onChange={(e) => setActive(e.target.checked)} />
        <label htmlFor={`${id}-active`}>{t('queues.activeLabel')}</label>
      </div>

      <ErrorMessage error={error} />

      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
