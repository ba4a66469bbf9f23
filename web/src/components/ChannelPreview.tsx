import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel, PostMediaItem } from '../types';
import { BlueskyPreview, WebhookPreview, WebsitePreview, type PreviewProps } from './ChannelPreviewNetworks';
import { FacebookPreview, InstagramPreview, LinkedInPreview } from './ChannelPreviewPages';
import { CropPreview } from './CropPreview';

// One preview per channel type; a type without its own shows the plain text.
const PREVIEWS: Record<string, ComponentType<PreviewProps>> = {
  bluesky: BlueskyPreview,
  // Mastodon and X are threads of posts too: the same layout, each counted the network's way.
  mastodon: BlueskyPreview,
  x: BlueskyPreview,
  website: WebsitePreview,
  webhook: WebhookPreview,
  facebook: FacebookPreview,
  instagram: InstagramPreview,
  linkedin: LinkedInPreview,
};

function PlainPreview({ text }: PreviewProps) {
  return <p className="preview-text">{text}</p>;
}

/** What each chosen channel will show, beside the composer's texts. */
export function ChannelPreviews({
  channels,
  included,
  texts,
  baseText,
  media,
}: {
  channels: Channel[];
  included: Record<string, boolean>;
  texts: Record<string, string>;
  baseText: string;
  media: PostMediaItem[];
}) {
  const { t } = useTranslation();
  const shown = channels.filter((c) => included[c.id]);
  return (
    <section className="card channel-previews" aria-labelledby="preview-heading" data-testid="channel-previews">
      <h2 id="preview-heading">{t('preview.title')}</h2>
      {shown.length === 0 ? <p className="muted">{t('preview.none')}</p> : null}
      {shown.map((channel) => {
        const own = texts[channel.id] ?? '';
        const text = own.length > 0 ? own : baseText;
        const Preview = PREVIEWS[channel.type] ?? PlainPreview;
        return (
          <article key={channel.id} className="channel-preview" aria-label={t('preview.of', { channel: channel.name })} data-testid={`preview-${channel.type}`}>
            <h3 className="preview-channel">
              {channel.name} <span className="muted">({t(`channelType.${channel.type}`, { defaultValue: channel.type })})</span>
            </h3>
            {text.trim() || media.length ? <Preview channel={channel} text={text} media={media} /> : <p className="muted">{t('preview.empty')}</p>}
            <CropPreview channel={channel} media={media} />
          </article>
        );
      })}
    </section>
  );
}
