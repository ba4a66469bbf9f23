// Naming a new host and/or moderator of a question hour that has not ended (for those who may plan):
// the organisation's members who may answer in the inbox, "nobody" for the moderator. The server
// checks again; its refusal is shown at the field it names, and focus goes there. A new host is put
// into the announcement drafts by the server; what it did (and did not) is announced with "saved".
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QaHour, QaPeopleChanged } from '../../../src/contracts/qa-hour';
import { ApiRequestError, api, errorMessage, orgPath } from '../api';
import { useAnnounce } from '../hooks/useAnnounce';
import { useApiData } from '../hooks/useApiData';
import { useOrg } from '../hooks/useSession';
import { can } from '../lib/permissions';
import type { Member } from '../types';
import { ErrorMessage } from './ErrorMessage';
import { FieldError } from './FieldError';
import { announcementsSaid } from './QaAnnouncementsChanged';

type Field = 'hostId' | 'moderatorId';

export function QaHourPeopleForm({ hour, onSaved }: { hour: QaHour; onSaved: (saved: QaPeopleChanged) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const { org } = useOrg();
  const announce = useAnnounce();
  const members = useApiData<Member[]>(orgPath(org.id, '/members'));
  const answerers = (members.data ?? []).filter((m) => can(m.role, 'inbox.answer'));
  const [form, setForm] = useState<Record<Field, string>>({ hostId: hour.host?.id ?? '', moderatorId: hour.moderator?.id ?? '' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const refs = { hostId: useRef<HTMLSelectElement>(null), moderatorId: useRef<HTMLSelectElement>(null) };
  const fieldError = (name: Field) => (error instanceof ApiRequestError ? error.field(name) : undefined);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      // The host cannot be cleared: left on "choose", it stays as it is (nobody, after one left).
      const saved = await api.patch<QaPeopleChanged>(orgPath(org.id, `/qa-hours/${hour.id}`), {
        ...(form.hostId ? { hostId: form.hostId } : {}),
        moderatorId: form.moderatorId || null,
      });
      onSaved(saved);
      announce(`${t('qa.peopleSaved')} ${announcementsSaid(t, saved)}`.trim());
    } catch (err) {
      setError(err);
      // A refusal at a field: focus goes there (its error is read with it) and is announced; any
      // other error shows in an alert below.
      const field = err instanceof ApiRequestError ? (['hostId', 'moderatorId'] as const).find((f) => err.field(f)) : undefined;
      if (field) {
        refs[field].current?.focus();
        announce(errorMessage(err), 'error');
      }
    } finally {
      setBusy(false);
    }
  };

  const person = (name: Field, label: string, empty: string) => {
    const message = fieldError(name);
    // A person no longer among those who may answer still shows as chosen, so nothing changes silently.
    const current = name === 'hostId' ? hour.host : hour.moderator;
    const listed = !current || answerers.some((m) => m.userId === current.id);
    return (
      <div className="field">
        <label htmlFor={`${id}-${name}`}>{label}</label>
        <select
          ref={refs[name]}
          id={`${id}-${name}`}
          value={form[name]}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? `${id}-${name}-error` : undefined}
          onChange={(e) => setForm((f) => ({ ...f, [name]: e.target.value }))}
        >
          <option value="">{empty}</option>
          {!listed && current ? <option value={current.id}>{current.name}</option> : null}
          {answerers.map((m) => (
            <option key={m.userId} value={m.userId}>
              {m.name}
            </option>
          ))}
        </select>
        <FieldError id={`${id}-${name}-error`} message={message} />
      </div>
    );
  };

  return (
    <form className="card qa-people" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h2 id={`${id}-title`}>{t('qa.peopleTitle')}</h2>
      <p className="hint">{t('qa.peopleHint')}</p>
      {members.error ? <ErrorMessage error={members.error} /> : null}
      {person('hostId', t('qa.host'), t('qa.choose'))}
      {person('moderatorId', t('qa.moderator'), t('qa.nobody'))}
      {error && !fieldError('hostId') && !fieldError('moderatorId') ? <ErrorMessage error={error} /> : null}
      <button type="submit" className="button button-primary" disabled={busy || members.loading}>
        {t('qa.peopleSave')}
      </button>
    </form>
  );
}
