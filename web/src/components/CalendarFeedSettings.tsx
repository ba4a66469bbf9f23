import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, orgPath } from '../api';
import { useApiData } from '../hooks/useApiData';
import { useLanguage } from '../hooks/useLanguage';
import { useOrg } from '../hooks/useSession';
import { formatInstant } from '../lib/time';
import { ErrorMessage } from './ErrorMessage';
import { OneTimeLink } from './OneTimeLink';

interface CalendarFeed {
  active: boolean;
  createdAt: string | null;
  url?: string;
}

/** The person's own calendar address (iCal) for the planned posts: made, shown once, replaced or switched off. */
export function CalendarFeedSettings() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { org } = useOrg();
  const id = useId();
  const path = orgPath(org.id, '/calendar-feed');
  const feed = useApiData<CalendarFeed>(path);
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const act = async (fn: () => Promise<CalendarFeed>) => {
    setError(null);
    try {
      const next = await fn();
      feed.setData(next);
      setUrl(next.url ?? null);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section className="card" aria-labelledby={`${id}-calendar`}>
      <h2 id={`${id}-calendar`}>{t('calendarFeed.title')}</h2>
      <p className="muted">{t('calendarFeed.intro')}</p>
      {feed.error ? <ErrorMessage error={feed.error} /> : null}
      {error ? <ErrorMessage error={error} /> : null}
      {feed.data?.active && feed.data.createdAt ? (
        <p>{t('calendarFeed.active', { since: formatInstant(feed.data.createdAt, org.timeZone, language) })}</p>
      ) : feed.data ? (
        <p>{t('calendarFeed.none')}</p>
      ) : null}
      {url ? <OneTimeLink label={t('calendarFeed.linkLabel')} link={url} hint={t('calendarFeed.linkHint')} onClose={() => setUrl(null)} /> : null}
      <p className="button-row">
        <button type="button" className="button" onClick={() => act(() => api.post<CalendarFeed>(path))}>
          {feed.data?.active ? t('calendarFeed.regenerate') : t('calendarFeed.create')}
        </button>
        {feed.data?.active ? (
          <button type="button" className="button" onClick={() => act(() => api.delete<CalendarFeed>(path))}>
            {t('calendarFeed.revoke')}
          </button>
        ) : null}
      </p>
    </section>
  );
}
