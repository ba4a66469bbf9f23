import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiRequestError, orgPath } from '../api';
import { useAnnounce } from '../hooks/useAnnounce';
import { useApiData } from '../hooks/useApiData';
import type { Channel, ChannelType } from '../types';
import { ErrorMessage } from './ErrorMessage';
import { FieldError } from './FieldError';

/** Admin: add a channel of one of the available types. */
export function AddChannelForm({ orgId, onAdded }: { orgId: string; onAdded: (channel: Channel) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const announce = useAnnounce();
  const types = useApiData<ChannelType[]>(orgPath(orgId, '/channel-types'));
  const [type, setType] = useState('');
  const [name, setName] = useState('');
  const [slug, setSlug] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const fieldError = (path: string) => (error instanceof ApiRequestError ? error.field(path) : undefined);
  const chosen = types.data?.find((x) => x.type === type);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body: { type: string; name: string; slug?: string } = { type, name: name.trim() };
      if (slug.trim()) body.slug = slug.trim();
      const channel = await api.post<Channel>(orgPath(orgId, '/channels'), body);
      onAdded(channel);
      announce(t('channels.added', { name: channel.name }));
      setName('');
      setSlug('');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  if (types.error) return <ErrorMessage error={types.error} />;

  return (
    <form className="stack-form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={`${id}-type`}>{t('channels.type')}</label>
        <select id={`${id}-type`} value={type} onChange={(e) => setType(e.target.value)} aria-describedby={`${id}-type-error`}>
          <option value="">{t('channels.chooseType')}</option>
          {(types.data ?? []).map((x) => (
            <option key={x.type} value={x.type}>
              {t(`channelType.${x.type}`, { defaultValue: x.type })}
            </option>
          ))}
        </select>
        <FieldError id={`${id}-type-error`} message={fieldError('type')} />
        {chosen ? (
          <p className="hint">
            {t('channels.limits', { max: chosen.limits.maxLength, media: chosen.limits.maxMedia })}
            {chosen.needsCredentials ? ` ${t('channels.needsCredentials')}` : ''}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('channels.name')}</label>
        <input id={`${id}-name`} type="text" value={name} maxLength={80} onChange={(e) => setName(e.target.value)} aria-describedby={`${id}-name-error`} aria-invalid={fieldError('name') ? true : undefined} />
        <FieldError id={`${id}-name-error`} message={fieldError('name')} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-slug`}>{t('channels.slug')}</label>
        <input
          id={`${id}-slug`}
          type="text"
          value={slug}
          maxLength={60}
          pattern="[a-z0-9]+(-[a-z0-9]+)*"
          onChange={(e) => setSlug(e.target.value)}
          aria-describedby={`${id}-slug-hint ${id}-slug-error`}
          aria-invalid={fieldError('slug') ? true : undefined}
        />
        <p id={`${id}-slug-hint`} className="hint">
          {t('channels.slugHint')}
        </p>
        <FieldError id={`${id}-slug-error`} message={fieldError('slug')} />
      </div>
      <ErrorMessage error={error} />
      <button type="submit" className="button button-primary" disabled={busy || !type || !name.trim()}>
        {t('channels.addSubmit')}
      </button>
    </form>
  );
}
