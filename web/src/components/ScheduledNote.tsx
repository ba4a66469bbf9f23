import { useTranslation } from 'react-i18next';

/** The daylight-saving explanation for a planned time that needed the rule. */
export function ScheduledNote({ note, time }: { note: 'skipped_forward' | 'ambiguous_first' | null; time: string }) {
  const { t } = useTranslation();
  if (!note) return null;
  return (
    <p className="notice notice-info" data-testid="scheduled-note">
      {t(`dst.${note}`, { time })}
    </p>
  );
}
