import { useTranslation } from 'react-i18next';
import type { PostMediaItem } from '../types';

export function PostMedia({ items }: { items: PostMediaItem[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return <p className="muted">{t('detail.noMedia')}</p>;
  return (
    <ul className="media-list">
      {items.map((m) => (
        <li key={m.id} className="media-card">
          <figure>
            <img src={m.url} alt={m.altText} loading="lazy" />
            <figcaption>
              <span className="label-inline">{t('detail.altText')}:</span> {m.altText}
            </figcaption>
          </figure>
        </li>
      ))}
    </ul>
  );
}
