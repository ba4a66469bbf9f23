import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiRequestError, orgPath } from '../api';
import { useAnnounce } from '../hooks/useAnnounce';
import type { Channel, ConnectField } from '../types';
import { connectionBody, ConnectionFields, missingField } from './ConnectionFields';
import { ErrorMessage } from './ErrorMessage';

/** Admin: give a channel new connection details (PATCH /channels/{id} {connection}). */
export function ReconnectForm({
  channel,
  orgId,
  fields,
  onDone,
  onCancel,
}: {
  channel: Channel;
  orgId: string;
  fields: ConnectField[];
  onDone: (channel: Channel) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const announce = useAnnounce();
  const [values, setValues] = useState<Record<string, string>>(() => {
    // Non-secret settings the server returns (e.g. the handle) are a sensible start.
    const start: Record<string, string> = {};
    for (const f of fields) {
      const known = channel.settings[f.name];
      if (!f.secret && (typeof known === 'string' || typeof known === 'number')) start[f.name] = String(known);
    }
    return start;
  });
  const [missing, setMissing] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const fieldError = (path: string) => (error instanceof ApiRequestError ? error.field(path) : undefined);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const empty = missingField(fields, values);
    if (empty) {
      setMissing(empty.name);
      document.getElementById(`${id}-${empty.name}`)?.focus();
      return;
    }
    setMissing(null);
    setBusy(true);
    setError(null);
    try {
      const updated = await api.patch<Channel>(orgPath(orgId, `/channels/${channel.id}`), { connection: connectionBody(fields, values) });
      announce(t('channels.reconnected', { name: updated.name }));
      onDone(updated);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="reconnect-form" onSubmit={submit} noValidate aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`}>{t('channels.reconnectTitle', { name: channel.name })}</h4>
      <ConnectionFields
        idPrefix={id}
        fields={fields}
        values={values}
        errorFor={(n) => (missing === n ? t('channels.fieldRequired') : fieldError(`connection.${n}`))}
        onChange={(n, v) => setValues((all) => ({ ...all, [n]: v }))}
      />
      <ErrorMessage error={error} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('channels.connecting') : t('channels.reconnect')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
