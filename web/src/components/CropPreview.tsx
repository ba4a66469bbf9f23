import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel, PostMediaItem } from '../types';

/** Allowed shapes slightly widened, as the server checks them (src/channels/media-rules.ts). */
const SLACK = 0.005;

/**
 * How a network with an aspect-ratio limit (Instagram's 4:5 to 1.91:1) will show each image: a box
 * of the nearest allowed shape with the image cropped to fill it (object-fit: cover), and a warning
 * naming the image when it falls outside, because such a post is refused when it is saved.
 */
export function CropPreview({ channel, media }: { channel: Channel; media: PostMediaItem[] }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [whole, setWhole] = useState(false);
  const rule = channel.limits.media?.find((r) => r.kind === 'image' && (r.minAspect !== undefined || r.maxAspect !== undefined));
  const images = media.filter((m) => m.mimeType.startsWith('image/') && m.width && m.height);
  if (!rule || images.length === 0) return null;
  const min = rule.minAspect ?? 0;
  const max = rule.maxAspect ?? Number.POSITIVE_INFINITY;
  const [minLabel, maxLabel] = rule.aspectLabels ?? [String(min), String(max)];
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
  return (
    <section className="crop-preview" aria-labelledby={`${id}-title`} data-testid={`crop-preview-${channel.type}`}>
      <h4 id={`${id}-title`}>{t('cropPreview.title', { channel: channel.name })}</h4>
      <p className="muted" id={`${id}-range`}>
        {t('cropPreview.range', { channel: channel.name, min: minLabel, max: maxLabel })}
      </p>
      <button type="button" className="button button-small" aria-pressed={whole} onClick={() => setWhole(!whole)}>
        {t('cropPreview.showWhole')}
      </button>
      <ul className="crop-list">
        {images.map((m) => {
          const ratio = m.width! / m.height!;
          const outside = ratio < min - SLACK || ratio > max + SLACK;
          const shown = Math.min(Math.max(ratio, min), max);
          const name = m.fileName ?? m.altText;
          const ratioText = `${number.format(ratio)}:1`;
          return (
            <li key={m.id}>
              <figure>
                <div className={`crop-frame${outside ? ' is-outside' : ''}`} style={{ aspectRatio: String(shown) }}>
                  <img src={m.url} alt={m.altText} style={{ objectFit: whole ? 'contain' : 'cover' }} />
                </div>
                <figcaption>
                  {outside ? (
                    <p className="field-error" data-testid="crop-warning">
                      {t('cropPreview.outside', { file: name, ratio: ratioText, channel: channel.name, min: minLabel, max: maxLabel })}
                    </p>
                  ) : (
                    <p className="muted">{t('cropPreview.inside', { file: name, ratio: ratioText })}</p>
                  )}
                </figcaption>
              </figure>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
