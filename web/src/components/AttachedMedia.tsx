import { useTranslation } from 'react-i18next';
import { MediaThumb } from './MediaThumb';
import type { GuardResult, PostMediaItem } from '../types';
import { GuardFindingList } from './GuardPanel';
import { MediaPeopleEditor } from './MediaPeopleEditor';

/** The images attached to the post being written, with their alternative text and what the privacy check finds in it. */
export function AttachedMedia({
  items,
  guard = null,
  onRemove,
}: {
  items: PostMediaItem[];
  /** The guard's result per media id (null while the engine loads). */
  guard?: Record<string, GuardResult> | null;
  onRemove: (id: string) => void;
}) {
  const { t } = useTranslation();
  if (items.length === 0) return <p className="muted">{t('composer.noMedia')}</p>;
  return (
    <ul className="media-list" aria-label={t('composer.attached')}>
      {items.map((m, i) => {
        const findings = guard?.[m.id]?.findings ?? [];
        return (
          <li key={m.id} className="media-card">
            <MediaThumb item={m} />
            <div className="media-info">
              <p>
                <span className="label-inline">{t('composer.altText')}:</span> {m.altText}
              </p>
              {findings.length > 0 ? (
                <div className="guard-part" data-testid="alt-text-guard">
                  <p className="label-inline">{t('guardFields.partAltText', { number: i + 1 })}</p>
                  <GuardFindingList findings={findings} text={m.altText} part={`media:${m.id}`} />
                </div>
              ) : null}
              <MediaPeopleEditor mediaId={m.id} />
              <button type="button" className="button button-small" onClick={() => onRemove(m.id)} aria-label={t('composer.removeLabel', { alt: m.altText })}>
                {t('composer.remove')}
              </button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
