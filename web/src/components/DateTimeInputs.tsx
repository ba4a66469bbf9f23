import { useTranslation } from 'react-i18next';

/** The labelled date and time inputs of a planned wall-clock time (composer, crisis review). */
export function DateTimeInputs({
  id,
  date,
  time,
  describedBy,
  invalid,
  autoFocus,
  minDate,
  onDate,
  onTime,
}: {
  id: string;
  date: string;
  time: string;
  describedBy: string;
  invalid: boolean;
  autoFocus?: boolean;
  minDate?: string;
  onDate: (date: string) => void;
  onTime: (time: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-date`}>{t('composer.date')}</label>
        <input
          id={`${id}-date`}
          type="date"
          value={date}
          min={minDate}
          autoFocus={autoFocus}
          aria-describedby={describedBy}
          aria-invalid={invalid ? true : undefined}
          onChange={(e) => onDate(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-time`}>{t('composer.time')}</label>
        <input
          id={`${id}-time`}
          type="time"
          step={60}
          value={time}
          aria-describedby={describedBy}
          aria-invalid={invalid ? true : undefined}
          onChange={(e) => onTime(e.target.value)}
        />
      </div>
    </>
  );
}
