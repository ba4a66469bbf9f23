import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MediaThumb } from './MediaThumb';
import { api, orgPath } from '../api';
import { useAnnounce } from '../hooks/useAnnounce';
import type { PostMediaItem } from '../types';
import { ErrorMessage } from './ErrorMessage';
import { FieldError } from './FieldError';

/** One image's alt text, changed in place: an approved post goes back to draft and needs approval again. */
function AltTextEditor({ item, orgId, onChanged }: { item: PostMediaItem; orgId: string; onChanged: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const announce = useAnnounce();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState(item.altText);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState(false);
  if (!open) {
    return (
      <button type="button" className="button button-small" aria-expanded={false} onClick={() => setOpen(true)}>
        {t('altEdit.open', { alt: item.altText })}
      </button>
    );
  }
  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    setBusy(true);
    setError(null);
    try {
      await api.patch(orgPath(orgId, `/media/${item.id}`), { altText: text.trim() });
      setOpen(false);
      announce(t('altEdit.saved'));
      onChanged();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={save} noValidate className="alt-edit">
      <div className="field">
        <label htmlFor={`${id}-alt`}>{t('altEdit.label')}</label>
        <textarea
          id={`${id}-alt`}
          rows={2}
          maxLength={1000}
          value={text}
          autoFocus
          aria-invalid={missing ? true : undefined}
          aria-describedby={`${id}-hint ${id}-error`}
          onChange={(e) => setText(e.target.value)}
        />
        <p className="hint" id={`${id}-hint`}>
          {t('altEdit.hint')}
        </p>
        <FieldError id={`${id}-error`} message={missing ? t('altEdit.required') : undefined} />
      </div>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('altEdit.save')}
        </button>
        <button type="button" className="button" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </button>
      </div>
      <ErrorMessage error={error} />
    </form>
  );
}

/** The post's images with their alt texts; who may edit the post may change an alt text here. */
export function PostMedia({ items, edit }: { items: PostMediaItem[]; edit?: { orgId: string; onChanged: () => void } }) {
  const { t } = useTranslation();
  if (items.length === 0) return <p className="muted">{t('detail.noMedia')}</p>;
  return (
    <ul className="media-list">
      {items.map((m) => (
        <li key={m.id} className="media-card">
          <figure>
            <MediaThumb item={m} />
            <figcaption>
              <span className="label-inline">{t('detail.altText')}:</span> {m.altText}
            </figcaption>
          </figure>
          {edit ? <AltTextEditor key={m.altText} item={m} orgId={edit.orgId} onChanged={edit.onChanged} /> : null}
        </li>
      ))}
    </ul>
  );
}
