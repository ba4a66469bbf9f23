import { useTranslation } from 'react-i18next';
import { MediaThumb } from './MediaThumb';
import { countChars } from '../lib/text';
import type { Channel, PostMediaItem } from '../types';
import { itemTitle, linksIn, partLength, postParts } from './ChannelPreviewParts';

export type PreviewProps = { channel: Channel; text: string; media: PostMediaItem[] };

/** Images as the network lays them out: one at its own shape, several cropped into a grid; alt text below. */
export function PreviewImages({ media, grid }: { media: PostMediaItem[]; grid: boolean }) {
  const { t } = useTranslation();
  if (media.length === 0) return null;
  return (
    <figure className={`preview-images${grid && media.length > 1 ? ` preview-grid preview-grid-${Math.min(media.length, 4)}` : ''}`}>
      {media.map((m) => (
        <MediaThumb key={m.id} item={m} lazy={false} />
      ))}
      <figcaption className="preview-alt">
        {media.map((m, i) => (
          <span key={m.id}>{t('preview.altText', { n: i + 1, text: m.altText || t('preview.altMissing') })}</span>
        ))}
        {grid && media.length > 1 ? <span className="muted">{t('preview.cropped')}</span> : null}
      </figcaption>
    </figure>
  );
}

/** Bluesky: each part of the thread as its own post, images on the first; links are clickable text. */
export function BlueskyPreview({ channel, text, media }: PreviewProps) {
  const { t } = useTranslation();
  const parts = postParts(channel.type, channel.limits, text);
  const link = linksIn(text)[0];
  const part = channel.limits.partLength ?? channel.limits.maxLength;
  return (
    <ol className="preview-thread" aria-label={t('preview.threadParts', { count: parts.length })}>
      {parts.map((p, i) => (
        <li key={i} className="preview-post" data-testid="preview-part">
          {parts.length > 1 ? <p className="preview-part-label">{t('preview.part', { n: i + 1, total: parts.length })}</p> : null}
          <p className="preview-text">{p}</p>
          <p className="muted preview-part-count">{t('preview.countOf', { count: partLength(channel.type, p), max: part })}</p>
          {i === 0 ? <PreviewImages media={media} grid /> : null}
          {i === 0 && link && media.length === 0 ? <p className="preview-link-note">{t('preview.linkNoCard', { host: link.host })}</p> : null}
        </li>
      ))}
    </ol>
  );
}

/** The website feed: a title (first sentence), the text in paragraphs and the images as attachments. */
export function WebsitePreview({ text, media }: PreviewProps) {
  const { t } = useTranslation();
  return (
    <div className="preview-feed-item">
      <p className="preview-feed-title">
        <span className="muted">{t('preview.feedTitle')}: </span>
        <strong>{itemTitle(text)}</strong>
      </p>
      {text
        .split(/\n{2,}/)
        .filter(Boolean)
        .map((paragraph, i) => (
          <p key={i} className="preview-text">
            {paragraph}
          </p>
        ))}
      <PreviewImages media={media} grid={false} />
    </div>
  );
}

/** A webhook: what the receiving system gets (the JSON's fields), not how it will show it. */
export function WebhookPreview({ text, media }: PreviewProps) {
  const { t } = useTranslation();
  return (
    <dl className="preview-payload">
      <dt>text</dt>
      <dd>{t('preview.payloadText', { count: countChars(text) })}</dd>
      <dt>media</dt>
      <dd>{media.length === 0 ? t('preview.payloadNoMedia') : t('preview.payloadMedia', { count: media.length })}</dd>
      <dt>id, postId</dt>
      <dd>{t('preview.payloadIds')}</dd>
    </dl>
  );
}
