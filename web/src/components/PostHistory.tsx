import { useTranslation } from 'react-i18next';
import { useLanguage } from '../hooks/useLanguage';
import { formatInstant } from '../lib/time';
import type { PostHistoryEvent } from '../types';
import { reasonText } from '../lib/reason';

/** Who did what and when (in the organisation's local time), newest last. */
export function PostHistory({ events, zone }: { events: PostHistoryEvent[]; zone: string }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  if (events.length === 0) return <p className="muted">{t('detail.historyEmpty')}</p>;
  const sorted = [...events].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <ol className="history">
      {sorted.map((e, i) => (
        <li key={`${e.at}-${i}`} className="history-item">
          <p>
            <strong>{t(`history.${e.action}`, { defaultValue: e.action })}</strong> <span>{t('detail.by', { name: e.actor?.name ?? t('detail.system') })}</span>
          </p>
          <p className="muted small">
            <time dateTime={e.at}>{formatInstant(e.at, zone, language)}</time>
            {e.toStatus && e.fromStatus && e.fromStatus !== e.toStatus ? (
              <>
                {' · '}
                {t(`status.${e.fromStatus}`)} <span aria-hidden="true">→</span>
                <span className="visually-hidden"> {t('detail.to')} </span> {t(`status.${e.toStatus}`)}
              </>
            ) : e.toStatus ? (
              <>
                {' · '}
                {t(`status.${e.toStatus}`)}
              </>
            ) : null}
          </p>
          {e.reason ? (
            <p className="history-reason">
              <span className="label-inline">{t('detail.reason')}:</span> {reasonText(t, e.reason)}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
