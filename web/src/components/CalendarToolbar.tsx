import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { POST_STATUSES } from '../lib/permissions';
import { CALENDAR_VIEWS, type CalendarView } from '../lib/time';
import type { PostStatus } from '../types';

export function CalendarToolbar({
  title,
  view,
  status,
  onView,
  onStep,
  onToday,
  onStatus,
}: {
  title: string;
  view: CalendarView;
  status: PostStatus | '';
  onView: (view: CalendarView) => void;
  onStep: (step: 1 | -1) => void;
  onToday: () => void;
  onStatus: (status: PostStatus | '') => void;
}) {
  const { t } = useTranslation();
  const statusId = useId();
  return (
    <div className="calendar-toolbar">
      <h2 className="calendar-title" aria-live="polite">
        {title}
      </h2>
      <div className="toolbar-groups">
        <div className="button-group" role="group" aria-label={t('calendar.navigation')}>
          <button type="button" className="button" onClick={() => onStep(-1)}>
            <span aria-hidden="true">‹ </span>
            {t('calendar.previous')}
          </button>
          <button type="button" className="button" onClick={onToday}>
            {t('calendar.today')}
          </button>
          <button type="button" className="button" onClick={() => onStep(1)}>
            {t('calendar.next')}
            <span aria-hidden="true"> ›</span>
          </button>
        </div>
        <div className="button-group" role="group" aria-label={t('calendar.views')}>
          {CALENDAR_VIEWS.map((v) => (
            <button key={v} type="button" className={`button${v === view ? ' is-selected' : ''}`} aria-pressed={v === view} onClick={() => onView(v)}>
              {t(`calendar.${v}`)}
            </button>
          ))}
        </div>
        <div className="inline-field">
          <label htmlFor={statusId}>{t('calendar.statusFilter')}</label>
          <select id={statusId} value={status} onChange={(e) => onStatus(e.target.value as PostStatus | '')}>
            <option value="">{t('calendar.allStatuses')}</option>
            {POST_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
    </div>
  );
}
