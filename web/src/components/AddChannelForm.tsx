import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiRequestError, orgPath } from '../api';
import { useAnnounce } from '../hooks/useAnnounce';
import type { Channel, ChannelType } from '../types';
import { connectionBody, ConnectionFields, missingField } from './ConnectionFields';
import { ErrorMessage } from './ErrorMessage';
import { FieldError } from './FieldError';

/** Admin: add a channel of one of the available types. */
export function AddChannelForm({
  orgId,
  types,
  onAdded,
}: {
  orgId: string;
  types: { data: ChannelType[] | undefined; error: unknown };
  onAdded: (channel: Channel) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const announce = useAnnounce();
  const [type, setType] = useState('');
  const [connection, setConnection] = useState<Record<string, string>>({});
  const [missing, setMissing] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [slug, setSlug] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const fieldError = (path: string) => (error instanceof ApiRequestError ? error.field(path) : undefined);
  const chosen = types.data?.find((x) => x.type === type);
  const fields = chosen?.connectFields ?? [];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const empty = missingField(fields, connection);
    if (empty) {
      setMissing(empty.name);
      document.getElementById(`${id}-conn-${empty.name}`)?.focus();
      return;
    }
    setMissing(null);
    setBusy(true);
    setError(null);
    try {
      const body: { type: string; name: string; slug?: string; connection?: Record<string, string> } = { type, name: name.trim() };
      if (slug.trim()) body.slug = slug.trim();
      if (fields.length > 0) body.connection = connectionBody(fields, connection);
      if (chosen?.oauth) {
        // The network's login page; it sends the person back to /channels?connected=… (ChannelsPage).
        const { authorizeUrl } = await api.post<{ authorizeUrl: string }>(orgPath(orgId, '/channels/oauth'), {
          type,
          name: body.name,
          connection: body.connection,
        });
        announce(t('channels.oauthStarting'));
        window.location.assign(authorizeUrl);
        return;
      }
      const channel = await api.post<Channel>(orgPath(orgId, '/channels'), body);
      onAdded(channel);
      announce(t('channels.added', { name: channel.name }));
      setName('');
      setSlug('');
      setConnection({});
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
        <select
          id={`${id}-type`}
          value={type}
          onChange={(e) => {
            setType(e.target.value);
            setConnection({});
            setMissing(null);
            setError(null);
          }}
          aria-describedby={`${id}-type-error`}
        >
          <option value="">{t('channels.chooseType')}</option>
          {(types.data ?? []).map((x) => (
            <option key={x.type} value={x.type}>
              {t(`channelType.${x.type}`, { defaultValue: x.type })}
            </option>
          ))}
        </select>
        <FieldError id={`${id}-type-error`} message={fieldError('type')} />
        {types.data === undefined ? <p className="hint">{t('common.loading')}</p> : null}
        {chosen ? (
          <p className="hint">
            {t('channels.limits', { max: chosen.limits.maxLength, media: chosen.limits.maxMedia })}
            {chosen.needsCredentials && fields.length === 0 ? ` ${t('channels.needsCredentials')}` : ''}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('channels.name')}</label>
        <input
          id={`${id}-name`}
          type="text"
          value={name}
          maxLength={80}
          onChange={(e) => setName(e.target.value)}
          aria-describedby={`${id}-name-error`}
          aria-invalid={fieldError('name') ? true : undefined}
        />
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
      {fields.length > 0 ? (
        <fieldset className="connect-fields">
          <legend>{t('channels.connection', { type: t(`channelType.${type}`, { defaultValue: type }) })}</legend>
          <p className="hint">
            {chosen?.oauth ? t('channels.oauthHint', { type: t(`channelType.${type}`, { defaultValue: type }) }) : t('channels.connectionHint')}
          </p>
          <ConnectionFields
            idPrefix={`${id}-conn`}
            fields={fields}
            values={connection}
            errorFor={(n) => (missing === n ? t('channels.fieldRequired') : fieldError(`connection.${n}`))}
            onChange={(n, v) => setConnection((c) => ({ ...c, [n]: v }))}
          />
        </fieldset>
      ) : null}
      <ErrorMessage error={error} />
      <button type="submit" className="button button-primary" disabled={busy || !type || !name.trim()}>
        {chosen?.oauth ? t('channels.oauthSubmit', { type: t(`channelType.${type}`, { defaultValue: type }) }) : t('channels.addSubmit')}
      </button>
      {chosen?.oauth && fields.length === 0 ? (
        <p className="hint">{t('channels.oauthHint', { type: t(`channelType.${type}`, { defaultValue: type }) })}</p>
      ) : null}
    </form>
  );
}
