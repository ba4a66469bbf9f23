import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorMessage, orgPath } from '../api';
import { reasonText } from '../lib/reason';
import { useAnnounce } from '../hooks/useAnnounce';
import { returnFocusSoon } from '../lib/focus';
import type { Channel, ChannelType } from '../types';
import { ReconnectForm } from './ReconnectForm';

/** One channel: type, name, limits, feed links; an admin can (de)activate it. */
export function ChannelRow({
  channel,
  orgId,
  manage,
  type,
  onChanged,
}: {
  channel: Channel;
  orgId: string;
  manage: boolean;
  /** The channel's type as GET /channel-types describes it (connect fields), once loaded. */
  type: ChannelType | undefined;
  onChanged: (c: Channel) => void;
}) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [busy, setBusy] = useState(false);
  const [reconnecting, setReconnecting] = useState(false);
  const toggleButton = useRef<HTMLButtonElement>(null);
  const fields = type?.connectFields ?? [];
  const hasAccount = fields.length > 0 || Boolean(type?.needsCredentials);
  const settings = Object.entries(channel.settings ?? {}).filter(([, v]) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean');

  const viaLogin = Boolean(type?.oauth);
  /** OAuth networks reconnect through their login page again (and the page choice), in place. */
  const reconnectViaLogin = async () => {
    if (busy) return;
    setBusy(true);
    try {
      const connection = Object.fromEntries(fields.map((f) => [f.name, String(channel.settings?.[f.name] ?? '')]));
      const { authorizeUrl } = await api.post<{ authorizeUrl: string }>(orgPath(orgId, '/channels/oauth'), {
        type: channel.type,
        name: channel.name,
        channelId: channel.id,
        ...(fields.length > 0 && { connection }),
      });
      announce(t('channels.oauthStarting'));
      window.location.assign(authorizeUrl);
    } catch (err) {
      announce(errorMessage(err), 'error');
      setBusy(false);
    }
  };

  const toggle = async () => {
    if (busy) return;
    setBusy(true);
    try {
      const updated = await api.patch<Channel>(orgPath(orgId, `/channels/${channel.id}`), { active: !channel.active });
      onChanged(updated);
      announce(t(updated.active ? 'channels.activated' : 'channels.deactivated', { name: updated.name }));
    } catch (err) {
      announce(errorMessage(err), 'error');
    } finally {
      setBusy(false);
      // Focus stays on the toggle (its label now says the opposite), also if the card re-rendered.
      returnFocusSoon(() => toggleButton.current);
    }
  };

  return (
    <li className={`channel-card${channel.active ? '' : ' is-inactive'}`} data-testid="channel-item">
      <div className="channel-head">
        <h3>{channel.name}</h3>
        <span className="channel-badges">
          <span className={`badge ${channel.active ? 'badge-active' : 'badge-inactive'}`}>
            {channel.active ? t('channels.active') : t('channels.inactive')}
          </span>
          {hasAccount ? (
            <span className={`badge ${channel.connected && !channel.lastError ? 'badge-active' : 'badge-failed'}`} data-testid="channel-connection">
              {channel.connected && !channel.lastError ? t('channels.connected') : t('channels.notConnected')}
            </span>
          ) : null}
        </span>
      </div>
      <p className="muted">
        {t(`channelType.${channel.type}`, { defaultValue: channel.type })} · <code>{channel.slug}</code>
      </p>
      <p className="small muted">{t('channels.limits', { max: channel.limits.maxLength, media: channel.limits.maxMedia })}</p>
      {settings.length > 0 ? (
        <dl className="channel-settings">
          {settings.map(([key, value]) => (
            <div key={key}>
              <dt>{t(`channels.fields.${key}`, { defaultValue: key })}</dt>
              <dd>
                <code>{String(value)}</code>
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      {channel.lastError ? (
        <div className="notice notice-error" role="note" data-testid="channel-last-error">
          <p className="notice-title">{t('channels.lastErrorTitle')}</p>
          <p>{reasonText(t, channel.lastError)}</p>
          <p className="small">
            {manage && viaLogin ? t('channels.lastErrorFixLogin') : manage && fields.length > 0 ? t('channels.lastErrorFix') : t('channels.lastErrorAskAdmin')}
          </p>
        </div>
      ) : hasAccount && !channel.connected ? (
        <p className="notice notice-warning">{manage ? t('channels.notConnectedFix') : t('channels.lastErrorAskAdmin')}</p>
      ) : null}
      {/* Why the inbox cannot read it (a revoked grant is already told above, as the channel's own error). */}
      {channel.readingBlocked && !(channel.readingBlocked === 'revoked' && channel.lastError) ? (
        <div className="notice notice-warning" role="note" data-testid="channel-reading-blocked">
          <p className="notice-title">{t('inboxReading.blockedTitle')}</p>
          <p>{t(`inboxReading.blocked.${channel.readingBlocked}`)}</p>
          <p className="small">{manage ? (viaLogin ? t('inboxReading.fixLogin') : t('inboxReading.fix')) : t('channels.lastErrorAskAdmin')}</p>
        </div>
      ) : null}
      {channel.links.length > 0 ? (
        <div className="channel-links">
          <h4>{t('channels.links')}</h4>
          <ul>
            {channel.links.map((link) => (
              <li key={link.url}>
                <a href={link.url} target="_blank" rel="noopener noreferrer">
                  {link.label}
                </a>{' '}
                <code className="url">{link.url}</code>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {manage ? (
        <div className="button-row">
          <button
            ref={toggleButton}
            type="button"
            className="button button-small"
            aria-disabled={busy || undefined}
            onClick={() => void toggle()}
            aria-label={t(channel.active ? 'channels.deactivateLabel' : 'channels.activateLabel', { name: channel.name })}
          >
            {channel.active ? t('channels.deactivate') : t('channels.activate')}
          </button>
          {viaLogin ? (
            <button
              type="button"
              className={`button button-small${channel.lastError || !channel.connected || channel.readingBlocked ? ' button-primary' : ''}`}
              aria-disabled={busy || undefined}
              aria-label={t('channels.reconnectViaLabel', { name: channel.name, type: t(`channelType.${channel.type}`, { defaultValue: channel.type }) })}
              onClick={() => void reconnectViaLogin()}
            >
              {t('channels.reconnect')}
            </button>
          ) : fields.length > 0 ? (
            <button
              type="button"
              className={`button button-small${channel.lastError || !channel.connected || channel.readingBlocked ? ' button-primary' : ''}`}
              aria-expanded={reconnecting}
              aria-label={t('channels.reconnectLabel', { name: channel.name })}
              onClick={() => setReconnecting((v) => !v)}
            >
              {t('channels.reconnect')}
            </button>
          ) : null}
        </div>
      ) : null}
      {manage && reconnecting ? (
        <ReconnectForm
          channel={channel}
          orgId={orgId}
          fields={fields}
          onDone={(updated) => {
            setReconnecting(false);
            onChanged(updated);
          }}
          onCancel={() => setReconnecting(false)}
        />
      ) : null}
    </li>
  );
}
