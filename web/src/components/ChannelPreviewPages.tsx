import { useTranslation } from 'react-i18next';
import { countChars } from '../lib/text';
import { linksIn } from './ChannelPreviewParts';
import { PreviewImages, type PreviewProps } from './ChannelPreviewNetworks';

// Where each network folds a long text behind "more" in the feed (approximate, as the apps show it).
const FOLD = { instagram: 125, linkedin: 210 } as const;

function Folded({ text, at }: { text: string; at: number }) {
  const { t } = useTranslation();
  const chars = Array.from(text);
  if (chars.length <= at) return <p className="preview-text">{text}</p>;
  return (
    <p className="preview-text">
      {chars.slice(0, at).join('')}… <span className="muted">{t('previewPages.more')}</span>
    </p>
  );
}

function Count({ text, max }: { text: string; max: number }) {
  const { t } = useTranslation();
  const count = countChars(text);
  return <p className={count > max ? 'error preview-part-count' : 'muted preview-part-count'}>{t('preview.countOf', { count, max })}</p>;
}

/** Facebook Page: the whole text, a link preview card when there are no images, images in a grid. */
export function FacebookPreview({ channel, text, media }: PreviewProps) {
  const { t } = useTranslation();
  const link = linksIn(text)[0];
  return (
    <div className="preview-post">
      <p className="preview-text">{text}</p>
      <Count text={text} max={channel.limits.maxLength} />
      <PreviewImages media={media} grid />
      {link && media.length === 0 ? <p className="preview-link-note">{t('previewPages.linkCard', { host: link.host })}</p> : null}
    </div>
  );
}

/** Instagram: images first (cropped square in the grid, a carousel when several), the caption folded. */
export function InstagramPreview({ channel, text, media }: PreviewProps) {
  const { t } = useTranslation();
  const hashtags = (text.match(/(^|[^\p{L}\p{N}_&])#[\p{L}\p{N}_]+/gu) ?? []).length;
  return (
    <div className="preview-post">
      {media.length === 0 ? <p className="error">{t('previewPages.instagramNeedsImage')}</p> : <PreviewImages media={media} grid={false} />}
      {media.length > 1 ? <p className="muted">{t('previewPages.carousel', { count: media.length })}</p> : null}
      <Folded text={text} at={FOLD.instagram} />
      <Count text={text} max={channel.limits.maxLength} />
      <p className={hashtags > 30 ? 'error' : 'muted'}>{t('previewPages.hashtags', { count: hashtags, max: 30 })}</p>
      {linksIn(text).length ? <p className="preview-link-note">{t('previewPages.instagramLinks')}</p> : null}
    </div>
  );
}

/** LinkedIn page: the text folded after about three lines, images in a grid. */
export function LinkedInPreview({ channel, text, media }: PreviewProps) {
  return (
    <div className="preview-post">
      <Folded text={text} at={FOLD.linkedin} />
      <Count text={text} max={channel.limits.maxLength} />
      <PreviewImages media={media} grid />
    </div>
  );
}
