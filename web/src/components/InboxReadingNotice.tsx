// On the inbox: the channels the inbox cannot read (or only in part), with the way to the channels
// screen where the reason and the reconnect action are. Nothing while every channel reads.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, orgPath } from '../api';
import type { Channel } from '../types';

export function InboxReadingNotice({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const [blocked, setBlocked] = useState<Channel[]>([]);
  useEffect(() => {
    let live = true;
    api
      .get<Channel[]>(orgPath(orgId, '/channels'))
      .then((all) => live && setBlocked(all.filter((c) => c.active && c.readingBlocked)))
      // The inbox itself still works; the channels screen shows its own error.
      .catch(() => live && setBlocked([]));
    return () => {
      live = false;
    };
  }, [orgId]);
  if (!blocked.length) return null;
  return (
    <div className="notice notice-warning" role="note" data-testid="inbox-reading-notice">
      <p className="notice-title">{t('inboxReading.inboxTitle', { count: blocked.length })}</p>
      <p>{t('inboxReading.inboxText', { names: blocked.map((c) => c.name).join(', '), count: blocked.length })}</p>
      <p>
        <Link to="/channels">{t('inboxReading.toChannels')}</Link>
      </p>
    </div>
  );
}
