import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api, ApiRequestError, orgPath } from '../api';
import { useAnnounce } from '../hooks/useAnnounce';
import { useLanguage } from '../hooks/useLanguage';
import { formatLocal, postLocal } from '../lib/time';
import type { Post, RepeatResult } from '../types';
import { DateTimeInputs } from './DateTimeInputs';
import { ErrorMessage } from './ErrorMessage';
import { FieldError } from './FieldError';

type Mode = 'interval' | 'dates';
type Moment = { key: number; date: string; time: string };
type Created = { id: string; local: string | null };

const MAX_MOMENTS = 20;
let nextKey = 1;
const emptyMoment = (): Moment => ({ key: nextKey++, date: '', time: '' });

const inRange = (value: string, min: number, max: number) => /^\d+$/.test(value.trim()) && Number(value) >= min && Number(value) <= max;

/** "Post again to reach other people": copies of an approved post at an interval or on chosen moments. */
export function RepeatSection({ post, orgId, zone, onDone }: { post: Post; orgId: string; zone: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const id = useId();
  const announce = useAnnounce();
  const local = postLocal(post, zone);
  const [mode, setMode] = useState<Mode>(local ? 'interval' : 'dates');
  const [everyDays, setEveryDays] = useState('7');
  const [times, setTimes] = useState('2');
  const [moments, setMoments] = useState<Moment[]>(() => [emptyMoment()]);
  const [busy, setBusy] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [created, setCreated] = useState<Created[] | null>(null);

  const momentLocal = (m: Moment) => `${m.date}T${m.time}`;

  const validate = (): Record<string, string> => {
    const errors: Record<string, string> = {};
    if (mode === 'interval') {
      if (!inRange(everyDays, 1, 365)) errors.everyDays = t('repeat.everyDaysInvalid');
      if (!inRange(times, 1, 20)) errors.times = t('repeat.timesInvalid');
    } else {
      moments.forEach((m, i) => {
        if (!m.date || !m.time) errors[`dates.${i}`] = t('repeat.momentIncomplete');
      });
    }
    return errors;
  };

  /** Server errors next to the field they are about; what matches no field stays general. */
  const placeServerError = (err: unknown) => {
    if (!(err instanceof ApiRequestError)) {
      setError(err);
      return;
    }
    const errors: Record<string, string> = {};
    for (const d of err.details) {
      const path = d.path.replace(/^\(body\)$/, '');
      if (path === 'everyDays' || path === 'times' || /^dates\.\d+$/.test(path)) errors[path] = d.message;
    }
    // A refused moment is named by its row ("dates.1"): show the whole message there.
    for (const path of Object.keys(errors))
      if (/^dates\.\d+$/.test(path) && (err.code === 'time_in_past' || err.code === 'time_invalid')) errors[path] = err.message;
    setFieldErrors(errors);
    const placed = Object.keys(errors).length;
    setError(placed > 0 && placed >= err.details.length ? null : err);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setCreated(null);
    setError(null);
    const errors = validate();
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) return;
    setBusy(true);
    try {
      const body = mode === 'interval' ? { everyDays: Number(everyDays), times: Number(times) } : { dates: moments.map(momentLocal) };
      const result = await api.post<RepeatResult>(orgPath(orgId, `/posts/${post.id}/repeat`), body);
      // Show when each copy goes out; a copy that cannot be read is still linked.
      const copies = await Promise.all(
        result.created.map(async (copyId) => {
          try {
            return { id: copyId, local: postLocal(await api.get<Post>(orgPath(orgId, `/posts/${copyId}`)), zone) };
          } catch {
            return { id: copyId, local: null };
          }
        }),
      );
      copies.sort((a, b) => (a.local ?? '').localeCompare(b.local ?? ''));
      setCreated(copies);
      if (mode === 'dates') setMoments([emptyMoment()]);
      announce(t('repeat.done', { count: copies.length }));
      onDone();
    } catch (err) {
      placeServerError(err);
    } finally {
      setBusy(false);
    }
  };

  const describe = (...ids: (string | false)[]) => ids.filter(Boolean).join(' ') || undefined;

  return (
    <section className="card repeat-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('repeat.title')}</h2>
      <p className="muted">{t('repeat.intro')}</p>
      <form onSubmit={submit} noValidate>
        <fieldset className="choice-group">
          <legend>{t('repeat.mode')}</legend>
          {(['interval', 'dates'] as const).map((m) => (
            <div className="checkbox-field" key={m}>
              <input
                type="radio"
                id={`${id}-mode-${m}`}
                name={`${id}-mode`}
                value={m}
                checked={mode === m}
                onChange={() => {
                  setMode(m);
                  setFieldErrors({});
                  setError(null);
                }}
              />
              <label htmlFor={`${id}-mode-${m}`}>{t(m === 'interval' ? 'repeat.modeInterval' : 'repeat.modeDates')}</label>
            </div>
          ))}
        </fieldset>

        {mode === 'interval' ? (
          <div>
            {local ? (
              <p id={`${id}-interval-hint`} className="hint">
                {t('repeat.intervalHint', { time: local.slice(11, 16), zone })}
              </p>
            ) : (
              <p id={`${id}-interval-hint`} className="notice notice-warning">
                {t('repeat.intervalNeedsTime')}
              </p>
            )}
            <div className="field-row">
              <div className="field">
                <label htmlFor={`${id}-every`}>{t('repeat.everyDays')}</label>
                <input
                  id={`${id}-every`}
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={365}
                  value={everyDays}
                  aria-describedby={describe(`${id}-every-hint`, !!fieldErrors.everyDays && `${id}-every-error`)}
                  aria-invalid={fieldErrors.everyDays ? true : undefined}
                  onChange={(e) => setEveryDays(e.target.value)}
                />
                <p id={`${id}-every-hint`} className="hint">
                  {t('repeat.everyDaysHint')}
                </p>
                <FieldError id={`${id}-every-error`} message={fieldErrors.everyDays} />
              </div>
              <div className="field">
                <label htmlFor={`${id}-times`}>{t('repeat.times')}</label>
                <input
                  id={`${id}-times`}
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={20}
                  value={times}
                  aria-describedby={describe(`${id}-times-hint`, !!fieldErrors.times && `${id}-times-error`)}
                  aria-invalid={fieldErrors.times ? true : undefined}
                  onChange={(e) => setTimes(e.target.value)}
                />
                <p id={`${id}-times-hint`} className="hint">
                  {t('repeat.timesHint')}
                </p>
                <FieldError id={`${id}-times-error`} message={fieldErrors.times} />
              </div>
            </div>
          </div>
        ) : (
          <div>
            <p id={`${id}-dates-hint`} className="hint">
              {t('repeat.datesHint', { zone })}
            </p>
            {moments.map((m, i) => {
              const rowId = `${id}-m${m.key}`;
              const message = fieldErrors[`dates.${i}`];
              return (
                <fieldset key={m.key} className="moment-row">
                  <legend>{t('repeat.moment', { n: i + 1 })}</legend>
                  <div className="field-row">
                    <DateTimeInputs
                      id={rowId}
                      date={m.date}
                      time={m.time}
                      describedBy={describe(`${id}-dates-hint`, !!message && `${rowId}-error`) ?? ''}
                      invalid={!!message}
                      onDate={(date) => setMoments((all) => all.map((x) => (x.key === m.key ? { ...x, date } : x)))}
                      onTime={(time) => setMoments((all) => all.map((x) => (x.key === m.key ? { ...x, time } : x)))}
                    />
                    {moments.length > 1 ? (
                      <button
                        type="button"
                        className="button button-quiet field-row-action"
                        onClick={() => {
                          setMoments((all) => all.filter((x) => x.key !== m.key));
                          setFieldErrors({});
                        }}
                      >
                        {t('repeat.removeMoment')}
                        <span className="visually-hidden"> {t('repeat.removeMomentHidden', { n: i + 1 })}</span>
                      </button>
                    ) : null}
                  </div>
                  <FieldError id={`${rowId}-error`} message={message} />
                </fieldset>
              );
            })}
            {moments.length < MAX_MOMENTS ? (
              <p>
                <button type="button" className="button" onClick={() => setMoments((all) => [...all, emptyMoment()])}>
                  {t('repeat.addMoment')}
                </button>
              </p>
            ) : null}
          </div>
        )}

        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={busy || (mode === 'interval' && !local)}>
            {busy ? t('repeat.busy') : t('repeat.submit')}
          </button>
        </div>
      </form>

      <ErrorMessage error={error} />

      {created ? (
        <div className="notice" role="status" data-testid="repeat-result">
          <p className="notice-title">
            <strong>{t('repeat.done', { count: created.length })}</strong>
          </p>
          <ul>
            {created.map((c, i) => (
              <li key={c.id}>
                <Link to={`/posts/${c.id}`}>{c.local ? formatLocal(c.local, zone, language) : t('repeat.copy', { n: i + 1 })}</Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
