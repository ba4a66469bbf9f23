import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** Labels as one comma-separated text field ("vacature, open dag"); the calendar filters on them. */
export function LabelsField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('labels.field')}</label>
      <input id={id} type="text" value={value} aria-describedby={`${id}-hint`} onChange={(e) => onChange(e.target.value)} />
      <span id={`${id}-hint`} className="hint">
        {t('labels.hint')}
      </span>
    </div>
  );
}

/** "vacature, Open dag" → ["vacature", "open dag"] (as the server stores them). */
export const parseLabels = (value: string) => [
  ...new Set(
    value
      .split(/[,;]/)
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean),
  ),
];
