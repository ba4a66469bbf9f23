// The inbox's duty rota: who is on duty now, the weekly slots (weekday and hours in the
// organisation's time zone) and one-off exceptions (someone on duty besides the rota, or off
// duty). A crisis notifies the people on duty at once; with nobody on duty, the admins. Managers
// edit; everyone who reads the inbox sees it. The server checks every value; its errors show as
// they come, a slot's also with that slot.
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { DutyOverride, DutyOverrideList, DutyRota, DutySlot } from '../../../src/contracts/inbox-duty';
import { ApiRequestError, api, orgPath } from '../api';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { useAnnounce } from '../hooks/useAnnounce';
import { useApiData } from '../hooks/useApiData';
import { useOrg } from '../hooks/useSession';
import { can } from '../lib/permissions';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];
/** The weekday's name in the reader's language (2026-11-30 is a Monday). */
const weekdayName = (day: number, language: string) =>
  new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 10, 29 + day)));
const localText = (local: string) => local.replace('T', ' ');

type Row = DutySlot & { key: number };

export function InboxDutyPage() {
  const { t, i18n } = useTranslation();
  const { org, role } = useOrg();
  const id = useId();
  const announce = useAnnounce();
  const manager = can(role, 'inbox.manage');
  const rota = useApiData<DutyRota>(orgPath(org.id, '/inbox/duty'));
  const [rows, setRows] = useState<Row[]>([]);
  const nextKey = useRef(0);
  const [sent, setSent] = useState<number[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (rota.data) setRows(rota.data.slots.map((s) => ({ ...s, key: nextKey.current++ })));
  }, [rota.data]);

  if (rota.error) return <ErrorMessage error={rota.error} />;
  if (!rota.data) return <Loading />;
  const data = rota.data;
  const nameOf = (userId: string) => data.people.find((p) => p.id === userId)?.name ?? '';

  // The server names a slot by its place in the list sent.
  const rowErrors = new Map<number, string>();
  if (error instanceof ApiRequestError) {
    for (const d of error.details) {
      const m = /^slots\.(\d+)\./.exec(d.path);
      const key = m ? sent[Number(m[1])] : undefined;
      if (key !== undefined && !rowErrors.has(key)) rowErrors.set(key, d.message);
    }
  }
  const setRow = (key: number, change: Partial<DutySlot>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...change } : r)));
  const addRow = () => {
    const key = nextKey.current++;
    setRows((rs) => [...rs, { key, userId: data.people[0]?.id ?? '', day: 1, start: '09:00', end: '17:00' }]);
    // Focus the new slot's first field, so a keyboard user carries on where the slot is.
    requestAnimationFrame(() => document.getElementById(`${id}-slot-${key}-person`)?.focus());
  };
  const removeRow = (key: number) => {
    setRows((rs) => rs.filter((r) => r.key !== key));
    addButton.current?.focus();
  };
  const save = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setSent(rows.map((r) => r.key));
      const saved = await api.put<DutyRota>(orgPath(org.id, '/inbox/duty/slots'), { slots: rows.map(({ key: _key, ...slot }) => slot) });
      rota.setData(saved);
      announce(t('inboxDuty.saved'));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="page inbox-duty-page">
      <h1>{t('inboxDuty.title')}</h1>
      <p>
        <Link to="/inbox">{t('inboxDuty.back')}</Link>
      </p>
      <p>{t('inboxDuty.intro')}</p>

      <section className="card" aria-labelledby={`${id}-now`}>
        <h2 id={`${id}-now`}>{t('inboxDuty.nowTitle')}</h2>
        <p data-testid="duty-now">
          {data.now.fallback
            ? t('inboxDuty.nowFallback', { names: data.now.people.map((p) => p.name).join(', ') })
            : t('inboxDuty.now', { names: data.now.people.map((p) => p.name).join(', ') })}
        </p>
      </section>

      <form className="card" onSubmit={save} noValidate aria-labelledby={`${id}-week`}>
        <h2 id={`${id}-week`}>{t('inboxDuty.weekTitle')}</h2>
        <p className="hint">{t('inboxDuty.weekHelp', { zone: data.timeZone })}</p>
        {rows.length === 0 ? <p>{t('inboxDuty.noSlots')}</p> : null}
        <ul className="duty-slots">
          {rows.map((r, index) => {
            const rowError = rowErrors.get(r.key);
            const label = t('inboxDuty.slotLabel', { number: index + 1 });
            return (
              <li key={r.key} className="duty-slot">
                <fieldset>
                  <legend>{label}</legend>
                  {manager ? (
                    <>
                      <label htmlFor={`${id}-slot-${r.key}-person`}>{t('inboxDuty.person')}</label>
                      <select id={`${id}-slot-${r.key}-person`} value={r.userId} onChange={(e) => setRow(r.key, { userId: e.target.value })}>
                        {data.people.map((p) => (
                          <option key={p.id} value={p.id}>
                            {p.name}
                          </option>
                        ))}
                      </select>
                      <label htmlFor={`${id}-slot-${r.key}-day`}>{t('inboxDuty.day')}</label>
                      <select id={`${id}-slot-${r.key}-day`} value={r.day} onChange={(e) => setRow(r.key, { day: Number(e.target.value) })}>
                        {WEEKDAYS.map((d) => (
                          <option key={d} value={d}>
                            {weekdayName(d, i18n.language)}
                          </option>
                        ))}
                      </select>
                      <label htmlFor={`${id}-slot-${r.key}-start`}>{t('inboxDuty.from')}</label>
                      <input id={`${id}-slot-${r.key}-start`} type="time" value={r.start} onChange={(e) => setRow(r.key, { start: e.target.value })} />
                      <label htmlFor={`${id}-slot-${r.key}-end`}>{t('inboxDuty.until')}</label>
                      <input
                        id={`${id}-slot-${r.key}-end`}
                        type="time"
                        value={r.end === '24:00' ? '23:59' : r.end}
                        aria-invalid={rowError ? true : undefined}
                        aria-describedby={rowError ? `${id}-slot-${r.key}-error` : undefined}
                        onChange={(e) => setRow(r.key, { end: e.target.value })}
                      />
                      <button type="button" className="button button-small" onClick={() => removeRow(r.key)}>
                        {t('inboxDuty.removeSlot')}
                        <span className="visually-hidden">: {label}</span>
                      </button>
                      {rowError ? (
                        <p id={`${id}-slot-${r.key}-error`} className="field-error">
                          {rowError}
                        </p>
                      ) : null}
                    </>
                  ) : (
                    <p>{t('inboxDuty.slotText', { name: nameOf(r.userId), day: weekdayName(r.day, i18n.language), start: r.start, end: r.end })}</p>
                  )}
                </fieldset>
              </li>
            );
          })}
        </ul>
        {manager ? (
          <>
            <button ref={addButton} type="button" className="button" onClick={addRow}>
              {t('inboxDuty.addSlot')}
            </button>
            <ErrorMessage error={error} />
            <button type="submit" className="button button-primary" disabled={busy}>
              {t('inboxDuty.save')}
            </button>
          </>
        ) : (
          <p className="notice notice-info">{t('inboxDuty.onlyManagers')}</p>
        )}
      </form>

      <Overrides people={data.people} manager={manager} zone={data.timeZone} onChange={rota.reload} />
    </div>
  );
}

function Overrides({ people, manager, zone, onChange }: { people: DutyRota['people']; manager: boolean; zone: string; onChange: () => void }) {
  const { t } = useTranslation();
  const { org } = useOrg();
  const id = useId();
  const announce = useAnnounce();
  const first = useApiData<DutyOverrideList>(orgPath(org.id, '/inbox/duty/overrides?limit=20'));
  const [extra, setExtra] = useState<DutyOverride[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [form, setForm] = useState({ userId: '', onDuty: 'true', fromLocal: '', untilLocal: '' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    setExtra([]);
    setCursor(first.data?.nextCursor ?? null);
  }, [first.data]);
  useEffect(() => {
    if (!form.userId && people[0]) setForm((f) => ({ ...f, userId: people[0]!.id }));
  }, [people, form.userId]);

  const list = [...(first.data?.overrides ?? []), ...extra];
  const loadMore = async () => {
    if (!cursor) return;
    const page = await api.get<DutyOverrideList>(orgPath(org.id, `/inbox/duty/overrides?limit=20&cursor=${cursor}`));
    setExtra((e) => [...e, ...page.overrides]);
    setCursor(page.nextCursor);
  };
  const add = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.post<DutyOverride>(orgPath(org.id, '/inbox/duty/overrides'), { ...form, onDuty: form.onDuty === 'true' });
      first.reload();
      onChange();
      announce(t('inboxDuty.overrideAdded'));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const remove = async (o: DutyOverride) => {
    try {
      await api.delete(orgPath(org.id, `/inbox/duty/overrides/${o.id}`));
      first.reload();
      onChange();
      announce(t('inboxDuty.overrideRemoved'));
      heading.current?.focus();
    } catch (err) {
      setError(err);
    }
  };
  const describe = (o: DutyOverride) =>
    t(o.onDuty ? 'inboxDuty.overrideOn' : 'inboxDuty.overrideOff', { name: o.person.name, from: localText(o.fromLocal), until: localText(o.untilLocal) });

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('inboxDuty.overridesTitle')}
      </h2>
      <p className="hint">{t('inboxDuty.overridesHelp', { zone })}</p>
      {first.error ? <ErrorMessage error={first.error} /> : null}
      {first.data && list.length === 0 ? <p>{t('inboxDuty.noOverrides')}</p> : null}
      <ul className="duty-overrides">
        {list.map((o) => (
          <li key={o.id}>
            {describe(o)}{' '}
            {manager ? (
              <button type="button" className="button button-small" onClick={() => void remove(o)}>
                {t('inboxDuty.removeOverride')}
                <span className="visually-hidden">: {describe(o)}</span>
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {cursor ? (
        <button type="button" className="button" onClick={() => void loadMore()}>
          {t('inboxDuty.more')}
        </button>
      ) : null}
      {manager ? (
        <form onSubmit={add} noValidate className="duty-override-form">
          <h3>{t('inboxDuty.addOverrideTitle')}</h3>
          <label htmlFor={`${id}-person`}>{t('inboxDuty.person')}</label>
          <select id={`${id}-person`} value={form.userId} onChange={(e) => setForm({ ...form, userId: e.target.value })}>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-kind`}>{t('inboxDuty.kind')}</label>
          <select id={`${id}-kind`} value={form.onDuty} onChange={(e) => setForm({ ...form, onDuty: e.target.value })}>
            <option value="true">{t('inboxDuty.kindOn')}</option>
            <option value="false">{t('inboxDuty.kindOff')}</option>
          </select>
          <label htmlFor={`${id}-from`}>{t('inboxDuty.periodFrom')}</label>
          <input id={`${id}-from`} type="datetime-local" value={form.fromLocal} onChange={(e) => setForm({ ...form, fromLocal: e.target.value })} />
          <label htmlFor={`${id}-until`}>{t('inboxDuty.periodUntil')}</label>
          <input id={`${id}-until`} type="datetime-local" value={form.untilLocal} onChange={(e) => setForm({ ...form, untilLocal: e.target.value })} />
          <ErrorMessage error={error} />
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('inboxDuty.addOverride')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
