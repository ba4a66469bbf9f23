import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorMessage, orgPath } from '../api';
import { useAnnounce } from '../hooks/useAnnounce';
import type { Channel } from '../types';

/** One channel: type, name, limits, feed links; an admin can (de)activate it. */
export function ChannelRow({ channel, orgId, manage, onChanged }: { channel: Channel; orgId: string; manage: boolean; onChanged: (c: Channel) => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [busy, setBusy] = useState(false);

  const toggle = async () => {
    setBusy(true);
    try {
      const updated = await api.patch<Channel>(orgPath(orgId, `/channels/${channel.id}`), { active: !channel.active });
      onChanged(updated);
      announce(t(updated.active ? 'channels.activated' : 'channels.deactivated', { name: updated.name }));
    } catch (err) {
      announce(errorMessage(err), 'error');
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className={`channel-card${channel.active ? '' : ' is-inactive'}`} data-testid="channel-item">
      <div className="channel-head">
        <h3>{channel.name}</h3>
        <span className={`badge ${channel.active ? 'badge-active' : 'badge-inactive'}`}>
          {channel.active ? t('channels.active') : t('channels.inactive')}
        </span>
      </div>
      <p className="muted">
        {t(`channelType.${channel.type}`, { defaultValue: channel.type })} · <code>{channel.slug}</code>
      </p>
      <p className="small muted">{t('channels.limits', { max: channel.limits.maxLength, media: channel.limits.maxMedia })}</p>
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
        <button
          type="button"
          className="button button-small"
          disabled={busy}
          onClick={() => void toggle()}
          aria-label={t(channel.active ? 'channels.deactivateLabel' : 'channels.activateLabel', { name: channel.name })}
        >
          {channel.active ? t('channels.deactivate') : t('channels.activate')}
        </button>
      ) : null}
    </li>
  );
}
