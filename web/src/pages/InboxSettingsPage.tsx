// The inbox's organisation settings (managers): replies that need a second person's approval,
// which crisis lines a referral names, the phone number templates fill in, and the working
// hours per weekday that targets counted in working time use. The server checks every value;
// its error (naming the field) is shown as it comes.
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { InboxSettings } from '../../../src/contracts/inbox-settings';
import { ApiRequestError, api, orgPath } from '../api';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { useAnnounce } from '../hooks/useAnnounce';
import { useApiData } from '../hooks/useApiData';
import { useOrg } from '../hooks/useSession';
import { can } from '../lib/permissions';

type Day = { day: number; working: boolean; start: string; end: string };
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

function daysOf(s: InboxSettings): Day[] {
  const w = s.workingHours;
  return WEEKDAYS.map((day) => {
    const own = w.byDay?.find((d) => d.day === day);
    return { day, working: w.days.includes(day), start: own?.start ?? w.start, end: own?.end ?? w.end };
  });
}

/** The weekday's name in the reader's language (2026-11-30 is a Monday). */
const weekdayName = (day: number, language: string) =>
  new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 10, 29 + day)));

export function InboxSettingsPage() {
  const { t, i18n } = useTranslation();
  const { org, role } = useOrg();
  const id = useId();
  const announce = useAnnounce();
  const manager = can(role, 'inbox.manage');
  const stored = useApiData<InboxSettings>(orgPath(org.id, '/inbox/settings'));
  const [form, setForm] = useState<InboxSettings | null>(null);
  const [days, setDays] = useState<Day[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  /** The weekdays sent with the last save, in order: the server names a day by its place in that list. */
  const [sent, setSent] = useState<number[]>([]);
  useEffect(() => {
    if (stored.data) {
      setForm(stored.data);
      setDays(daysOf(stored.data));
    }
  }, [stored.data]);

  if (!manager) {
    return (
      <div className="page">
        <h1>{t('inboxSettings.title')}</h1>
        <p className="notice notice-info">{t('inboxSettings.onlyManagers')}</p>
      </div>
    );
  }
  if (stored.error) return <ErrorMessage error={stored.error} />;
  if (!form) return <Loading />;

  // The server's message for a weekday's hours, shown with that day too.
  const dayErrors = new Map<number, string>();
  if (error instanceof ApiRequestError) {
    for (const d of error.details) {
      const m = /^workingHours\.byDay\.(\d+)\./.exec(d.path);
      const day = m ? sent[Number(m[1])] : undefined;
      if (day && !dayErrors.has(day)) dayErrors.set(day, d.message);
    }
  }
  const setDay = (day: number, change: Partial<Day>) => setDays((ds) => ds.map((d) => (d.day === day ? { ...d, ...change } : d)));
  const save = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const working = days.filter((d) => d.working);
      setSent(working.map((d) => d.day));
      const saved = await api.patch<InboxSettings>(orgPath(org.id, '/inbox/settings'), {
        repliesNeedApproval: form.repliesNeedApproval,
        crisisRegion: form.crisisRegion,
        phone: form.phone,
        // The general hours stay as they were; every working day carries its own.
        workingHours: {
          start: form.workingHours.start,
          end: form.workingHours.end,
          days: working.map((d) => d.day),
          byDay: working.map(({ day, start, end }) => ({ day, start, end })),
        },
      });
      stored.setData(saved);
      announce(t('inboxSettings.saved'));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="page inbox-settings-page">
      <h1>{t('inboxSettings.title')}</h1>
      <p>
        <Link to="/inbox">{t('inboxSettings.back')}</Link>
      </p>
      <p>
        <Link to="/inbox/settings/duty">{t('inboxDuty.title')}</Link>
      </p>
      <form className="card" onSubmit={save} noValidate>
        <label>
          <input type="checkbox" checked={form.repliesNeedApproval} onChange={(e) => setForm({ ...form, repliesNeedApproval: e.target.checked })} />{' '}
          {t('inboxSettings.repliesNeedApproval')}
        </label>

        <label htmlFor={`${id}-region`}>{t('inboxSettings.crisisRegion')}</label>
        <select
          id={`${id}-region`}
          value={form.crisisRegion}
          onChange={(e) => setForm({ ...form, crisisRegion: e.target.value as InboxSettings['crisisRegion'] })}
        >
          <option value="nl">{t('inboxSettings.region.nl')}</option>
          <option value="us">{t('inboxSettings.region.us')}</option>
        </select>

        <label htmlFor={`${id}-phone`}>{t('inboxSettings.phone')}</label>
        <input
          id={`${id}-phone`}
          type="tel"
          autoComplete="off"
          value={form.phone}
          aria-describedby={`${id}-phone-help`}
          onChange={(e) => setForm({ ...form, phone: e.target.value })}
        />
        <p id={`${id}-phone-help`} className="hint">
          {t('inboxSettings.phoneHelp')}
        </p>

        <fieldset className="working-hours">
          <legend>{t('inboxSettings.workingHours')}</legend>
          <p className="hint">{t('inboxSettings.workingHoursHelp')}</p>
          {days.map((d) => {
            const name = weekdayName(d.day, i18n.language);
            const dayError = dayErrors.get(d.day);
            return (
              <div key={d.day} className="working-day" role="group" aria-label={name}>
                <label className="working-day-name">
                  <input type="checkbox" checked={d.working} onChange={(e) => setDay(d.day, { working: e.target.checked })} /> {name}
                </label>
                <label>
                  {t('inboxSettings.from')}{' '}
                  <input
                    type="time"
                    value={d.start}
                    disabled={!d.working}
                    aria-label={t('inboxSettings.fromOn', { day: name })}
                    onChange={(e) => setDay(d.day, { start: e.target.value })}
                  />
                </label>
                <label>
                  {t('inboxSettings.until')}{' '}
                  <input
                    type="time"
                    value={d.end}
                    disabled={!d.working}
                    aria-label={t('inboxSettings.untilOn', { day: name })}
                    aria-invalid={dayError ? true : undefined}
                    aria-describedby={dayError ? `${id}-day-${d.day}-error` : undefined}
                    onChange={(e) => setDay(d.day, { end: e.target.value })}
                  />
                </label>
                {dayError ? (
                  <p id={`${id}-day-${d.day}-error`} className="field-error">
                    {dayError}
                  </p>
                ) : null}
              </div>
            );
          })}
        </fieldset>

        <ErrorMessage error={error} />
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('inboxSettings.save')}
        </button>
      </form>
    </div>
  );
}
