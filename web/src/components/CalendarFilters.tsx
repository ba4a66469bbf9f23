import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { orgPath } from '../api';
import { useApiData } from '../hooks/useApiData';
import { usePages } from '../hooks/usePages';
import type { CampaignView, Channel, Member } from '../types';

export type CalendarFilterValues = { q: string; channel: string; author: string; label: string; waiting: string; campaign: string };
export const FILTER_KEYS = ['q', 'channel', 'author', 'label', 'waiting', 'campaign'] as const;

/** Search and filters of the calendar (channel, person, label); they go to GET /posts as query parameters. */
export function CalendarFilters({
  orgId,
  values,
  onChange,
}: {
  orgId: string;
  values: CalendarFilterValues;
  onChange: (changes: Partial<CalendarFilterValues>) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const channels = useApiData<Channel[]>(orgPath(orgId, '/channels'));
  const members = useApiData<Member[]>(orgPath(orgId, '/members'));
  // Every campaign (page after page), for the campaign filter.
  const campaigns = usePages<CampaignView>(orgPath(orgId, '/campaigns?limit=100'), 'all');
  const [q, setQ] = useState(values.q);
  const [label, setLabel] = useState(values.label);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onChange({ q: q.trim(), label: label.trim().toLowerCase() });
  };
  const active = FILTER_KEYS.some((k) => values[k]);
  return (
    <form className="calendar-filters" role="search" aria-label={t('calendarFilters.label')} onSubmit={submit}>
      <div className="inline-field">
        <label htmlFor={`${id}-q`}>{t('calendarFilters.search')}</label>
        <input id={`${id}-q`} type="search" value={q} maxLength={200} onChange={(e) => setQ(e.target.value)} />
      </div>
      <div className="inline-field">
        <label htmlFor={`${id}-label`}>{t('calendarFilters.labelField')}</label>
        <input id={`${id}-label`} type="text" value={label} maxLength={40} onChange={(e) => setLabel(e.target.value)} />
      </div>
      <button type="submit" className="button">
        {t('calendarFilters.apply')}
      </button>
      <div className="inline-field">
        <label htmlFor={`${id}-channel`}>{t('calendarFilters.channel')}</label>
        <select id={`${id}-channel`} value={values.channel} onChange={(e) => onChange({ channel: e.target.value })}>
          <option value="">{t('calendarFilters.allChannels')}</option>
          {(channels.data ?? []).map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <div className="inline-field">
        <label htmlFor={`${id}-author`}>{t('calendarFilters.author')}</label>
        <select id={`${id}-author`} value={values.author} onChange={(e) => onChange({ author: e.target.value })}>
          <option value="">{t('calendarFilters.allPeople')}</option>
          {(members.data ?? []).map((m) => (
            <option key={m.userId} value={m.userId}>
              {m.name}
            </option>
          ))}
        </select>
      </div>
      <div className="inline-field">
        <label htmlFor={`${id}-campaign`}>{t('campaignView.filter')}</label>
        <select id={`${id}-campaign`} value={values.campaign} onChange={(e) => onChange({ campaign: e.target.value })}>
          <option value="">{t('campaignView.allCampaigns')}</option>
          {campaigns.items.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <div className="inline-field">
        <input id={`${id}-waiting`} type="checkbox" checked={values.waiting === 'me'} onChange={(e) => onChange({ waiting: e.target.checked ? 'me' : '' })} />
        <label htmlFor={`${id}-waiting`}>{t('calendarFilters.waitingForMe')}</label>
      </div>
      {active ? (
        <button
          type="button"
          className="button button-quiet"
          onClick={() => {
            setQ('');
            setLabel('');
            onChange({ q: '', channel: '', author: '', label: '', waiting: '', campaign: '' });
          }}
        >
          {t('calendarFilters.clear')}
        </button>
      ) : null}
    </form>
  );
}
