import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, orgPath } from '../api';
import { useAnnounce } from '../hooks/useAnnounce';
import { useLanguage } from '../hooks/useLanguage';
import { useOrg } from '../hooks/useSession';
import { formatInstant } from '../lib/time';
import type { Source } from '../types';
import { Confirm } from './Confirm';
import { ErrorMessage } from './ErrorMessage';
import { SourceForm } from './SourceForm';

/** The state of a source's feed in words, with why it fails and since when. */
export function SourceStatus({ source }: { source: Source }) {
  const { t } = useTranslation();
  const { org } = useOrg();
  const [language] = useLanguage();
  const when = (iso: string) => formatInstant(iso, org.timeZone, language);
  if (source.status === 'failing' && source.error) {
    return (
      <p className="source-status is-failing" data-testid="source-status">
        <strong>{t('sources.status.failing')}</strong> {t(`sources.reason.${source.error.reason}`, { status: source.error.httpStatus ?? '' })}{' '}
        {t('sources.failingSince', { since: when(source.error.since), count: source.error.failures })}
        {source.nextFetchAt ? ` ${t('sources.nextTry', { at: when(source.nextFetchAt) })}` : null}
      </p>
    );
  }
  return (
    <p className={`source-status is-${source.status}`} data-testid="source-status">
      {t(`sources.status.${source.status}`)}
      {source.status === 'ok' && source.lastFetchedAt ? ` ${t('sources.lastFetched', { at: when(source.lastFetchedAt) })}` : null}
    </p>
  );
}

/** One trusted source: what it is, the state of its feed, and (for admins) edit, pause, fetch now and remove. */
export function SourceRow({
  source,
  manage,
  onChanged,
  onRemoved,
}: {
  source: Source;
  manage: boolean;
  onChanged: (s: Source) => void;
  onRemoved: (id: string) => void;
}) {
  const { t } = useTranslation();
  const { org } = useOrg();
  const announce = useAnnounce();
  const [editing, setEditing] = useState(false);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const path = orgPath(org.id, `/sources/${source.id}`);

  const act = async (fn: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const patch = (body: Partial<Pick<Source, 'name' | 'domain' | 'feedUrl' | 'active'>>) => api.patch<Source>(path, body);

  return (
    <li className="source-row" data-testid="source-row" data-name={source.name}>
      {editing ? (
        <SourceForm
          initial={{ name: source.name, domain: source.domain, feedUrl: source.feedUrl ?? '' }}
          submitLabel={t('sources.save')}
          onCancel={() => {
            setEditing(false);
            setTimeout(() => editButton.current?.focus());
          }}
          onSubmit={async (fields) => {
            onChanged(await patch(fields));
            setEditing(false);
            announce(t('sources.saved', { name: fields.name }));
            setTimeout(() => editButton.current?.focus());
          }}
        />
      ) : (
        <>
          <h3 className="source-name">{source.name}</h3>
          <p className="small">
            <span className="muted">{t('sources.field.domain')}:</span> {source.domain}
            {source.feedUrl ? (
              <>
                <br />
                <span className="muted">{t('sources.field.feedUrl')}:</span> <span className="break-anywhere">{source.feedUrl}</span>
              </>
            ) : null}
          </p>
          <SourceStatus source={source} />
          <ErrorMessage error={error} />
          {manage ? (
            <div className="button-row">
              <button ref={editButton} type="button" className="button button-small" onClick={() => setEditing(true)}>
                {t('sources.edit')}
                <span className="visually-hidden">: {source.name}</span>
              </button>
              {source.feedUrl ? (
                <button
                  type="button"
                  className="button button-small"
                  disabled={busy}
                  onClick={() =>
                    void act(async () => {
                      const next = await patch({ active: !source.active });
                      onChanged(next);
                      announce(t(next.active ? 'sources.resumed' : 'sources.paused', { name: source.name }));
                    })
                  }
                >
                  {source.active ? t('sources.pause') : t('sources.resume')}
                  <span className="visually-hidden">: {source.name}</span>
                </button>
              ) : null}
              {source.feedUrl && source.active ? (
                <button
                  type="button"
                  className="button button-small"
                  disabled={busy}
                  onClick={() =>
                    void act(async () => {
                      const next = await api.post<Source>(`${path}/fetch`);
                      onChanged(next);
                      announce(t(next.status === 'failing' ? 'sources.fetchFailed' : 'sources.fetched', { name: source.name }));
                    })
                  }
                >
                  {t('sources.fetchNow')}
                  <span className="visually-hidden">: {source.name}</span>
                </button>
              ) : null}
              <button type="button" className="button button-small button-danger" disabled={busy} onClick={() => setAsking(true)}>
                {t('sources.remove')}
                <span className="visually-hidden">: {source.name}</span>
              </button>
            </div>
          ) : null}
          {asking ? (
            <Confirm
              question={t('sources.removeQuestion', { name: source.name })}
              yes={t('sources.removeYes')}
              no={t('sources.removeNo')}
              busy={busy}
              fallbackFocus={() => document.querySelector<HTMLElement>('h1')}
              onNo={() => setAsking(false)}
              onYes={() =>
                void act(async () => {
                  await api.delete(path);
                  setAsking(false);
                  onRemoved(source.id);
                  announce(t('sources.removed', { name: source.name }));
                })
              }
            />
          ) : null}
        </>
      )}
    </li>
  );
}
