import { useTranslation } from 'react-i18next';
import { useLanguage } from '../hooks/useLanguage';
import { formatInstant } from '../lib/time';
import type { PostVariant } from '../types';

/** The text each channel publishes, with its length and (when published) the external link. */
export function PostVariants({ variants, zone }: { variants: PostVariant[]; zone: string }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  if (variants.length === 0) return <p className="muted">{t('detail.noChannels')}</p>;
  return (
    <ul className="variant-list">
      {variants.map((v) => {
        const over = v.length > v.maxLength;
        return (
          <li key={v.channelId} className="variant card-inner">
            <h3>
              {v.channelName} <span className="muted">({t(`channelType.${v.channelType}`, { defaultValue: v.channelType })})</span>
            </h3>
            <p className="muted small">{v.text === null ? t('detail.usesBase') : t('detail.ownText')}</p>
            <p className="post-body">{v.effectiveText}</p>
            <p className={`char-count${over ? ' over' : ''}`}>{t('detail.length', { length: v.length, max: v.maxLength })}</p>
            {v.publishedAt ? <p className="small">{t('detail.publishedAt', { time: formatInstant(v.publishedAt, zone, language) })}</p> : null}
            {v.externalUrl ? (
              <p>
                <a href={v.externalUrl} target="_blank" rel="noopener noreferrer">
                  {t('detail.viewPublished', { channel: v.channelName })}
                </a>
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
