import { useTranslation } from 'react-i18next';
import { orgPath } from '../api';
import { AddChannelForm } from '../components/AddChannelForm';
import { ChannelRow } from '../components/ChannelRow';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { useApiData } from '../hooks/useApiData';
import { useOrg } from '../hooks/useSession';
import { can } from '../lib/permissions';
import type { Channel, ChannelType } from '../types';

/** The organisation's channels; an admin adds and (de)activates them. */
export function ChannelsPage() {
  const { t } = useTranslation();
  const { org, role } = useOrg();
  const manage = can(role, 'channel.manage');
  const channels = useApiData<Channel[]>(orgPath(org.id, '/channels'));
  const types = useApiData<ChannelType[]>(orgPath(org.id, '/channel-types'));
  const list = channels.data ?? [];
  // Back from a network's login page (src/http/routes/channel-oauth-routes.ts).
  const query = new URLSearchParams(window.location.search);
  const oauthResult = query.has('connected') ? 'ok' : query.has('oauth_error') ? 'error' : null;
  // Reasons the person can act on get their own text; anything else the general one.
  const oauthError = query.get('oauth_error') ?? '';

  return (
    <div className="page channels-page">
      <h1>{t('channels.title')}</h1>
      <p className="muted">{t('channels.intro', { org: org.name })}</p>
      {oauthResult === 'ok' ? (
        <p className="notice notice-info" role="status">
          {t('channels.oauthConnected')}
        </p>
      ) : null}
      {oauthResult === 'error' ? (
        <p className="notice notice-error" role="alert">
          {t(`channels.oauthErrors.${oauthError}`, { defaultValue: t('channels.oauthFailed') })}
        </p>
      ) : null}

      <section className="card" aria-labelledby="channels-h">
        <h2 id="channels-h">{t('channels.list')}</h2>
        {channels.error ? <ErrorMessage error={channels.error} /> : null}
        {channels.loading && !channels.data ? <Loading /> : null}
        {channels.data && list.length === 0 ? <p className="muted">{t('channels.empty')}</p> : null}
        {list.length > 0 ? (
          <ul className="channel-list">
            {list.map((c) => (
              <ChannelRow
                key={c.id}
                channel={c}
                orgId={org.id}
                manage={manage}
                type={types.data?.find((x) => x.type === c.type)}
                onChanged={(updated) => channels.setData((all) => (all ?? []).map((x) => (x.id === updated.id ? updated : x)))}
              />
            ))}
          </ul>
        ) : null}
        {!manage ? <p className="hint">{t('channels.onlyAdmin')}</p> : null}
      </section>

      {manage ? (
        <section className="card" aria-labelledby="add-channel-h">
          <h2 id="add-channel-h">{t('channels.add')}</h2>
          <AddChannelForm orgId={org.id} types={types} onAdded={(c) => channels.setData((all) => [...(all ?? []), c])} />
        </section>
      ) : null}
    </div>
  );
}
