import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTimeInputs } from './DateTimeInputs';
import { ScheduledNote } from './ScheduledNote';

/** Date and time inputs for the planned wall-clock time in the organisation's zone. */
export function ScheduleFields({
  date,
  time,
  zone,
  note,
  noteTime,
  error,
  minDate,
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
  /** The first day that may be picked (today in the organisation's zone). */
  minDate?: string;
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
        <DateTimeInputs
          id={id}
          date={date}
          time={time}
          minDate={minDate}
          describedBy={error ? `${id}-zone ${id}-error` : `${id}-zone`}
          invalid={!!error}
          onDate={onDate}
          onTime={onTime}
        />
        {date || time ? (
          <button type="button" className="button button-quiet" onClick={onClear}>
            {t('composer.clearTime')}
          </button>
        ) : null}
      </div>
      {error ? (
        <p id={`${id}-error`} className="field-error" data-testid="time-error">
          {error}
        </p>
      ) : null}
      <ScheduledNote note={note} time={noteTime} />
    </fieldset>
  );
}
