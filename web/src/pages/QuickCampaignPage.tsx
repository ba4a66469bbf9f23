import { DateTime } from 'luxon';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import type { CampaignTemplateView, QuickCampaignResultView, QuickPlanView } from '../../../src/contracts/campaign-quick';
import { api, ApiRequestError, orgPath } from '../api';
import { DateTimeInputs } from '../components/DateTimeInputs';
import { ErrorMessage } from '../components/ErrorMessage';
import { FieldError } from '../components/FieldError';
import { Loading } from '../components/Loading';
import { useAnnounce } from '../hooks/useAnnounce';
import { useApiData } from '../hooks/useApiData';
import { useLanguage } from '../hooks/useLanguage';
import { useOrg } from '../hooks/useSession';
import { can } from '../lib/permissions';
import { formatLocal, luxonLocale, splitLocal } from '../lib/time';
import type { Channel } from '../types';

const MESSAGES = ['announcement', 'during', 'lookBack'] as const;
type Message = (typeof MESSAGES)[number];
type PerMessage<T> = Record<Message, T>;
const each = <T,>(f: (m: Message) => T): PerMessage<T> => ({ announcement: f('announcement'), during: f('during'), lookBack: f('lookBack') });
const COMPLETE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/**
 * The quick route: one form for a mini-campaign of three messages — announcement, during, and a
 * look-back with the next announcement. The times are suggested from the event (by the server, so
 * the form and the server agree) and stay editable; the texts are suggested from the name, date
 * and hashtag until the person changes them. Creating submits all three for approval.
 */
export function QuickCampaignPage() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const announce = useAnnounce();
  const { org, role } = useOrg();
  const [params] = useSearchParams();
  const templateId = params.get('template');
  const template = useApiData<CampaignTemplateView>(templateId ? orgPath(org.id, `/campaign-templates/${templateId}`) : null);
  const channels = useApiData<Channel[]>(orgPath(org.id, '/channels'));
  const active = (channels.data ?? []).filter((c) => c.active);

  const [name, setName] = useState('');
  const [hashtag, setHashtag] = useState('');
  const [event, setEvent] = useState({ date: '', time: '' });
  const [picked, setPicked] = useState<string[] | null>(null);
  const [times, setTimes] = useState<PerMessage<{ date: string; time: string }>>(each(() => ({ date: '', time: '' })));
  const [texts, setTexts] = useState<PerMessage<string>>(each(() => ''));
  const [edited, setEdited] = useState<PerMessage<boolean>>(each(() => false));
  const [planError, setPlanError] = useState<unknown>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<QuickCampaignResultView | null>(null);

  const chosen = picked ?? active.map((c) => c.id);
  const eventLocal = `${event.date}T${event.time}`;
  const tpl = template.data;

  useEffect(() => {
    if (!tpl) return;
    setName((n) => n || tpl.name);
    if (tpl.content.hashtag) setHashtag((h) => h || tpl.content.hashtag!);
  }, [tpl]);

  // The suggested times, whenever the event changes (the person may change them afterwards).
  useEffect(() => {
    if (!COMPLETE.test(eventLocal)) return;
    const controller = new AbortController();
    const q = `eventLocal=${eventLocal}${templateId ? `&templateId=${templateId}` : ''}`;
    api
      .get<QuickPlanView>(orgPath(org.id, `/campaigns/quick/plan?${q}`), controller.signal)
      .then((plan) => {
        setPlanError(null);
        setTimes(each((m) => splitLocal(plan[m])));
      })
      .catch((err) => {
        if (!controller.signal.aborted) setPlanError(err);
      });
    return () => controller.abort();
  }, [eventLocal, org.id, templateId]);

  // The suggested texts follow the name, date and hashtag until the person edits them.
  useEffect(() => {
    const tag = hashtag.trim() ? (hashtag.trim().startsWith('#') ? hashtag.trim() : `#${hashtag.trim()}`) : '';
    const dt = COMPLETE.test(eventLocal) ? DateTime.fromISO(eventLocal).setLocale(luxonLocale(language)) : null;
    const values = {
      name: name.trim() || t('quick.suggest.unnamed'),
      date: dt ? dt.toFormat('cccc d LLLL') : t('quick.suggest.undated'),
      time: dt ? dt.toFormat('HH:mm') : '',
      hashtag: tag,
    };
    const fromTemplate = tpl?.content.quick;
    setTexts((now) => each((m) => (edited[m] ? now[m] : (fromTemplate?.[m] ?? t(`quick.suggest.${m}`, values)).trim())));
  }, [name, hashtag, eventLocal, language, edited, t, tpl]);

  if (!can(role, 'post.write')) return <p className="notice">{t('quick.onlyWriters')}</p>;
  if (channels.error) return <ErrorMessage error={channels.error} />;
  if (!channels.data || (templateId && template.loading)) return <Loading />;

  const field = (path: string) => (error instanceof ApiRequestError ? error.field(path) : undefined);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const result = await api.post<QuickCampaignResultView>(orgPath(org.id, '/campaigns/quick'), {
        name,
        eventLocal,
        hashtag: hashtag.trim() || null,
        channelIds: chosen,
        templateId: templateId ?? null,
        messages: each((m) => ({ text: texts[m], scheduledLocal: `${times[m].date}T${times[m].time}` })),
      });
      setMade(result);
      announce(t('quick.created', { name: result.campaign.name }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  if (made) {
    return (
      <div className="page quick-campaign-page">
        <h1>{t('quick.title')}</h1>
        <section className="card" aria-labelledby="quick-made-h" data-testid="quick-made">
          <h2 id="quick-made-h">{t('quick.madeTitle', { name: made.campaign.name })}</h2>
          <p>{made.scheduledWhenApproved ? t('quick.madeScheduled') : t('quick.madeApproved')}</p>
          <ul>
            {made.posts.map((p) => (
              <li key={p.id} data-testid="quick-made-post" data-message={p.message}>
                <Link to={`/posts/${p.id}`}>{t(`quick.message.${p.message}`)}</Link>: {formatLocal(p.scheduledLocal, org.timeZone, language)} —{' '}
                {t(`status.${p.status}`)}
              </li>
            ))}
          </ul>
          <p>
            <Link to="/calendar">{t('quick.toCalendar')}</Link>
          </p>
        </section>
      </div>
    );
  }

  return (
    <div className="page quick-campaign-page">
      <h1>{t('quick.title')}</h1>
      <p className="muted">{t('quick.intro')}</p>
      {tpl ? <p className="notice notice-info">{t('quick.fromTemplate', { name: tpl.name })}</p> : null}
      <form onSubmit={submit} noValidate>
        <section className="card" aria-labelledby="quick-event-h">
          <h2 id="quick-event-h">{t('quick.eventTitle')}</h2>
          <div className="field">
            <label htmlFor="quick-name">{t('quick.name')}</label>
            <input
              id="quick-name"
              value={name}
              maxLength={200}
              required
              aria-invalid={field('name') ? true : undefined}
              aria-describedby="quick-name-error"
              onChange={(e) => setName(e.target.value)}
            />
            <FieldError id="quick-name-error" message={field('name')} />
          </div>
          <fieldset>
            <legend>{t('quick.eventWhen', { zone: org.timeZone })}</legend>
            <div className="field-row">
              <DateTimeInputs
                id="quick-event"
                date={event.date}
                time={event.time}
                describedBy="quick-event-error"
                invalid={Boolean(field('eventLocal') || planError)}
                onDate={(date) => setEvent((v) => ({ ...v, date }))}
                onTime={(time) => setEvent((v) => ({ ...v, time }))}
              />
            </div>
            <FieldError id="quick-event-error" message={field('eventLocal') ?? (planError instanceof ApiRequestError ? planError.message : undefined)} />
          </fieldset>
          <div className="field">
            <label htmlFor="quick-hashtag">{t('quick.hashtag')}</label>
            <input
              id="quick-hashtag"
              value={hashtag}
              maxLength={61}
              aria-describedby="quick-hashtag-hint quick-hashtag-error"
              aria-invalid={field('hashtag') ? true : undefined}
              onChange={(e) => setHashtag(e.target.value)}
            />
            <p id="quick-hashtag-hint" className="hint">
              {t('quick.hashtagHint')}
            </p>
            <FieldError id="quick-hashtag-error" message={field('hashtag')} />
          </div>
          <fieldset aria-describedby="quick-channels-error">
            <legend>{t('quick.channels')}</legend>
            {active.length === 0 ? <p className="notice">{t('composer.noChannels')}</p> : null}
            {active.map((c) => (
              <div key={c.id} className="checkbox">
                <input
                  type="checkbox"
                  id={`quick-channel-${c.id}`}
                  checked={chosen.includes(c.id)}
                  onChange={(e) => setPicked(e.target.checked ? [...chosen, c.id] : chosen.filter((x) => x !== c.id))}
                />
                <label htmlFor={`quick-channel-${c.id}`}>{c.name}</label>
              </div>
            ))}
            <FieldError id="quick-channels-error" message={field('channelIds')} />
          </fieldset>
        </section>

        {MESSAGES.map((m) => (
          <section key={m} className="card" aria-labelledby={`quick-${m}-h`} data-testid={`quick-${m}`}>
            <h2 id={`quick-${m}-h`}>{t(`quick.message.${m}`)}</h2>
            <p className="hint">{t(`quick.messageHint.${m}`)}</p>
            <div className="field">
              <label htmlFor={`quick-${m}-text`}>{t('quick.text')}</label>
              <textarea
                id={`quick-${m}-text`}
                rows={4}
                value={texts[m]}
                aria-invalid={field(`messages.${m}.text`) ? true : undefined}
                aria-describedby={`quick-${m}-text-error`}
                onChange={(e) => {
                  const value = e.target.value;
                  setEdited((x) => ({ ...x, [m]: true }));
                  setTexts((x) => ({ ...x, [m]: value }));
                }}
              />
              <FieldError id={`quick-${m}-text-error`} message={field(`messages.${m}.text`)} />
            </div>
            <fieldset>
              <legend>{t('quick.when', { zone: org.timeZone })}</legend>
              <div className="field-row">
                <DateTimeInputs
                  id={`quick-${m}`}
                  date={times[m].date}
                  time={times[m].time}
                  describedBy={`quick-${m}-time-error`}
                  invalid={Boolean(field(`messages.${m}.scheduledLocal`))}
                  onDate={(date) => setTimes((x) => ({ ...x, [m]: { ...x[m], date } }))}
                  onTime={(time) => setTimes((x) => ({ ...x, [m]: { ...x[m], time } }))}
                />
              </div>
              <FieldError id={`quick-${m}-time-error`} message={field(`messages.${m}.scheduledLocal`)} />
            </fieldset>
          </section>
        ))}

        <ErrorMessage error={error} />
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('quick.create')}
          </button>
          <Link to="/campaigns/templates">{t('quick.toTemplates')}</Link>
        </div>
      </form>
    </div>
  );
}
