import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiRequestError, orgPath } from '../api';
import { useAnnounce } from '../hooks/useAnnounce';
import { usePages } from '../hooks/usePages';
import type { GuardResult, Media, PostMediaItem } from '../types';
import { ErrorMessage } from './ErrorMessage';
import { FieldError } from './FieldError';
import { GuardFindingList } from './GuardPanel';
import { type PeopleTags, PeopleTagger } from './PeopleTagger';

/** Upload an image (alternative text required) or pick one from the organisation's library. */
export function MediaUpload({
  orgId,
  attachedIds,
  checkAlt = null,
  onAdd,
}: {
  orgId: string;
  attachedIds: string[];
  /** The privacy check of an alt text while it is typed (null while the engine loads). */
  checkAlt?: ((altText: string) => GuardResult) | null;
  onAdd: (item: PostMediaItem) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const announce = useAnnounce();
  const fileRef = useRef<HTMLInputElement>(null);
  const [altText, setAltText] = useState('');
  const [busy, setBusy] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<{ file?: string; altText?: string }>({});
  const [error, setError] = useState<unknown>(null);
  const [choice, setChoice] = useState('');
  const [tags, setTags] = useState<PeopleTags>({ showsPeople: false, personIds: [] });
  const library = usePages<Media>(orgPath(orgId, '/media'), 'all');
  const available = library.items.filter((m) => !attachedIds.includes(m.id));
  const altFindings = checkAlt && altText.trim() ? checkAlt(altText).findings : [];

  const upload = async () => {
    const file = fileRef.current?.files?.[0];
    const errors: { file?: string; altText?: string } = {};
    if (!file) errors.file = t('composer.fileRequired');
    if (!altText.trim()) errors.altText = t('composer.altRequired');
    setFieldErrors(errors);
    setError(null);
    if (!file || errors.altText) return;
    const form = new FormData();
    form.append('file', file);
    form.append('altText', altText.trim());
    if (tags.showsPeople) {
      form.append('showsPeople', 'true');
      form.append('personIds', tags.personIds.join(','));
    }
    setBusy(true);
    try {
      const media = await api.upload<Media>(orgPath(orgId, '/media'), form);
      onAdd({
        id: media.id,
        altText: media.altText,
        mimeType: media.mimeType,
        url: media.url,
        fileName: media.fileName,
        width: media.width,
        height: media.height,
      });
      setAltText('');
      setTags({ showsPeople: false, personIds: [] });
      if (fileRef.current) fileRef.current.value = '';
      announce(t('composer.uploaded'));
      library.reload();
    } catch (err) {
      setError(err);
      if (err instanceof ApiRequestError) {
        setFieldErrors({ file: err.field('file'), altText: err.field('altText') });
      }
    } finally {
      setBusy(false);
    }
  };

  const onAltKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      void upload();
    }
  };

  return (
    <div className="media-upload">
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-file`}>{t('composer.file')}</label>
          <input
            id={`${id}-file`}
            ref={fileRef}
            type="file"
            accept="image/jpeg,image/png,image/gif,image/webp,video/mp4,video/quicktime"
            aria-describedby={`${id}-file-hint ${id}-file-error`}
            aria-invalid={fieldErrors.file ? true : undefined}
          />
          <p id={`${id}-file-hint`} className="hint">
            {t('composer.fileHint')}
          </p>
          <FieldError id={`${id}-file-error`} message={fieldErrors.file} />
        </div>
        <div className="field field-grow">
          <label htmlFor={`${id}-alt`}>{t('composer.altText')}</label>
          <input
            id={`${id}-alt`}
            type="text"
            value={altText}
            maxLength={1000}
            aria-required="true"
            aria-describedby={`${id}-alt-hint ${id}-alt-error ${id}-alt-guard`}
            aria-invalid={fieldErrors.altText || altFindings.some((f) => f.severity === 'block') ? true : undefined}
            onChange={(e) => setAltText(e.target.value)}
            onKeyDown={onAltKey}
          />
          <p id={`${id}-alt-hint`} className="hint">
            {t('composer.altHint')}
          </p>
          <FieldError id={`${id}-alt-error`} message={fieldErrors.altText} />
          <div id={`${id}-alt-guard`}>
            <GuardFindingList findings={altFindings} text={altText} part="media:new" />
          </div>
        </div>
      </div>
      <PeopleTagger value={tags} onChange={setTags} />
      <button type="button" className="button" onClick={() => void upload()} disabled={busy}>
        {busy ? t('composer.uploading') : t('composer.upload')}
      </button>
      <ErrorMessage error={error} />
      {available.length > 0 ? (
        <div className="field-row library-pick">
          <div className="field field-grow">
            <label htmlFor={`${id}-library`}>{t('composer.library')}</label>
            <select id={`${id}-library`} value={choice} onChange={(e) => setChoice(e.target.value)}>
              <option value="">{t('composer.libraryChoose')}</option>
              {available.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.altText} ({m.fileName})
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            className="button"
            disabled={!choice}
            onClick={() => {
              const m = available.find((x) => x.id === choice);
              if (!m) return;
              onAdd({ id: m.id, altText: m.altText, mimeType: m.mimeType, url: m.url, fileName: m.fileName, width: m.width, height: m.height });
              setChoice('');
            }}
          >
            {t('composer.libraryAdd')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
