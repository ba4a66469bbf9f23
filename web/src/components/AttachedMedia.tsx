import { useTranslation } from 'react-i18next';
import type { PostMediaItem } from '../types';

/** The images attached to the post being written, with their alternative text. */
export function AttachedMedia({ items, onRemove }: { items: PostMediaItem[]; onRemove: (id: string) => void }) {
  const { t } = useTranslation();
  if (items.length === 0) return <p className="muted">{t('composer.noMedia')}</p>;
  return (
    <ul className="media-list" aria-label={t('composer.attached')}>
      {items.map((m) => (
        <li key={m.id} className="media-card">
          <img src={m.url} alt={m.altText} loading="lazy" />
          <div className="media-info">
            <p>
              <span className="label-inline">{t('composer.altText')}:</span> {m.altText}
            </p>
            <button type="button" className="button button-small" onClick={() => onRemove(m.id)} aria-label={t('composer.removeLabel', { alt: m.altText })}>
              {t('composer.remove')}
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}
