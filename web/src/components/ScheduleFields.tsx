import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ScheduledNote } from './ScheduledNote';

/** Date and time inputs for the planned wall-clock time in the organisation's zone. */
export function ScheduleFields({
  date,
  time,
  zone,
  note,
  noteTime,
  error,
  onDate,
  onTime,
  onClear,
}: {
  date: string;
  time: string;
  zone: string;
  note: 'skipped_forward' | 'ambiguous_first' | null;
  noteTime: string;
  error?: string;
  onDate: (date: string) => void;
  onTime: (time: string) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className="schedule-fields">
      <legend>{t('composer.planning')}</legend>
      <p id={`${id}-zone`} className="hint">
        {t('composer.timeZone', { zone })}. {t('composer.unplannedHint')}
      </p>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-date`}>{t('composer.date')}</label>
          <input
            id={`${id}-date`}
            type="date"
            value={date}
            aria-describedby={`${id}-zone`}
            aria-invalid={error ? true : undefined}
            onChange={(e) => onDate(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-time`}>{t('composer.time')}</label>
          <input
            id={`${id}-time`}
            type="time"
            value={time}
            step={60}
            aria-describedby={`${id}-zone`}
            aria-invalid={error ? true : undefined}
            onChange={(e) => onTime(e.target.value)}
          />
        </div>
        {date || time ? (
          <button type="button" className="button button-quiet" onClick={onClear}>
            {t('composer.clearTime')}
          </button>
        ) : null}
      </div>
      {error ? <p className="field-error">{error}</p> : null}
      <ScheduledNote note={note} time={noteTime} />
    </fieldset>
  );
}
