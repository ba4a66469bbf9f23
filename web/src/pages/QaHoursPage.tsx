// Question hours (spreekuur): the list, newest first and paged, and the form that plans one on a
// channel with a readable hashtag, a host and a moderator, and (by default) two announcement
// drafts — the day before and one hour before, both times editable.
import { DateTime } from 'luxon';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { QaHour } from '../../../src/contracts/qa-hour';
import { api, orgPath } from '../api';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { useAnnounce } from '../hooks/useAnnounce';
import { useApiData } from '../hooks/useApiData';
import { useLanguage } from '../hooks/useLanguage';
import { usePages } from '../hooks/usePages';
import { useOrg } from '../hooks/useSession';
import { can } from '../lib/permissions';
import { formatInstant } from '../lib/time';
import type { Channel, Member } from '../types';

const FORMAT = "yyyy-MM-dd'T'HH:mm";
const shift = (local: string, zone: string, hours: number) => {
  const dt = DateTime.fromFormat(local, FORMAT, { zone });
  return dt.isValid ? dt.plus({ hours }).toFormat(FORMAT) : '';
};

function PlanForm({ onPlanned }: { onPlanned: (hour: QaHour) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const { org } = useOrg();
  const channels = useApiData<Channel[]>(orgPath(org.id, '/channels'));
  const members = useApiData<Member[]>(orgPath(org.id, '/members'));
  const answerers = (members.data ?? []).filter((m) => can(m.role, 'inbox.answer'));
  const nextHour = DateTime.now().setZone(org.timeZone).plus({ days: 2 }).set({ hour: 19, minute: 0 }).toFormat(FORMAT);
  const [form, setForm] = useState({
    channelId: '',
    title: '',
    hashtag: '',
    startLocal: nextHour,
    endLocal: shift(nextHour, org.timeZone, 1),
    hostId: '',
    moderatorId: '',
  });
  const [announce, setAnnounce] = useState(true);
  const [times, setTimes] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const now = DateTime.now().setZone(org.timeZone).toFormat(FORMAT);
  // Until edited, the announcements follow the start: the day before and one hour before (those still ahead).
  const announcements = times ?? [shift(form.startLocal, org.timeZone, -24), shift(form.startLocal, org.timeZone, -1)].filter((a) => a > now);
  const set = (name: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [name]: e.target.value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const hour = await api.post<QaHour>(orgPath(org.id, '/qa-hours'), {
        ...form,
        announce,
        announcements: announce ? announcements.filter(Boolean).map((atLocal) => ({ atLocal })) : [],
      });
      onPlanned(hour);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const person = (name: 'hostId' | 'moderatorId', label: string) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <select id={`${id}-${name}`} required value={form[name]} onChange={set(name)}>
        <option value="">{t('qa.choose')}</option>
        {answerers.map((m) => (
          <option key={m.userId} value={m.userId}>
            {m.name}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <form className="card qa-plan" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('qa.planTitle')}</h2>
      <div className="field">
        <label htmlFor={`${id}-channel`}>{t('qa.channel')}</label>
        <select id={`${id}-channel`} required value={form.channelId} onChange={set('channelId')}>
          <option value="">{t('qa.choose')}</option>
          {(channels.data ?? [])
            .filter((c) => c.active)
            .map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('qa.titleLabel')}</label>
        <input id={`${id}-name`} type="text" required maxLength={200} value={form.title} onChange={set('title')} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-hashtag`}>{t('qa.hashtag')}</label>
        <input
          id={`${id}-hashtag`}
          type="text"
          required
          maxLength={61}
          value={form.hashtag}
          onChange={set('hashtag')}
          aria-describedby={`${id}-hashtag-hint`}
        />
        <p id={`${id}-hashtag-hint`} className="hint">
          {t('qa.hashtagHint')}
        </p>
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-start`}>{t('qa.start')}</label>
          <input id={`${id}-start`} type="datetime-local" required value={form.startLocal} onChange={set('startLocal')} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-end`}>{t('qa.end')}</label>
          <input id={`${id}-end`} type="datetime-local" required value={form.endLocal} onChange={set('endLocal')} />
        </div>
      </div>
      <p className="hint">{t('qa.zone', { zone: org.timeZone })}</p>
      {person('hostId', t('qa.host'))}
      {person('moderatorId', t('qa.moderator'))}
      <fieldset>
        <legend>{t('qa.announcements')}</legend>
        <div className="checkbox-field">
          <input id={`${id}-announce`} type="checkbox" checked={announce} onChange={(e) => setAnnounce(e.target.checked)} />
          <label htmlFor={`${id}-announce`}>{t('qa.announce')}</label>
        </div>
        {announce
          ? announcements.map((at, i) => (
              <div className="field" key={i}>
                <label htmlFor={`${id}-ann-${i}`}>{t('qa.announcementAt', { number: i + 1 })}</label>
                <input
                  id={`${id}-ann-${i}`}
                  type="datetime-local"
                  value={at}
                  onChange={(e) => setTimes(announcements.map((a, j) => (j === i ? e.target.value : a)))}
                />
              </div>
            ))
          : null}
        {announce ? <p className="hint">{t('qa.announceHint')}</p> : null}
      </fieldset>
      <ErrorMessage error={error} />
      <button type="submit" className="button button-primary" disabled={busy}>
        {t('qa.plan')}
      </button>
    </form>
  );
}

export function QaHoursPage() {
  const { t } = useTranslation();
  const { org, role } = useOrg();
  const [language] = useLanguage();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const list = usePages<QaHour>(orgPath(org.id, '/qa-hours?limit=20'), 'list');
  const [planning, setPlanning] = useState(false);

  return (
    <div className="page qa-page">
      <h1>{t('qa.title')}</h1>
      <p className="muted">{t('qa.intro')}</p>
      <p>
        <Link to="/inbox">{t('qa.toInbox')}</Link>
      </p>
      {can(role, 'post.write') ? (
        planning ? (
          <PlanForm
            onPlanned={(hour) => {
              announce(t('qa.planned', { title: hour.title }));
              navigate(`/qa/${hour.id}`);
            }}
          />
        ) : (
          <button type="button" className="button button-primary" onClick={() => setPlanning(true)}>
            {t('qa.new')}
          </button>
        )
      ) : null}
      <h2>{t('qa.listTitle')}</h2>
      {list.error ? <ErrorMessage error={list.error} /> : null}
      {list.loading && list.items.length === 0 ? <Loading /> : null}
      {!list.loading && !list.error && list.items.length === 0 ? <p className="empty-state">{t('qa.empty')}</p> : null}
      {list.items.length ? (
        <ul className="qa-list" data-testid="qa-list">
          {list.items.map((h) => (
            <li key={h.id} className="card">
              <h3>
                <Link to={`/qa/${h.id}`}>{h.title}</Link> <span className={`badge qa-phase-${h.phase}`}>{t(`qa.phase.${h.phase}`)}</span>
              </h3>
              <p className="muted small">
                #{h.hashtag} · {h.channel.name} · {formatInstant(h.startsAt, org.timeZone, language, true)}
              </p>
              <p className="small">
                {t('qa.people', { host: h.host?.name ?? '—', moderator: h.moderator?.name ?? '—' })} ·{' '}
                {t('qa.counts', { questions: h.questions, answered: h.answered })}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
      {list.hasMore ? (
        <button type="button" className="button" onClick={list.loadMore}>
          {t('qa.more')}
        </button>
      ) : null}
    </div>
  );
}
