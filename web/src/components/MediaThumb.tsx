import type { PostMediaItem } from '../types';

/** An attached file as it is shown: an image, or a video with its own controls (its alt text as its name). */
export function MediaThumb({ item, lazy = true }: { item: Pick<PostMediaItem, 'url' | 'altText' | 'mimeType'>; lazy?: boolean }) {
  if (item.mimeType.startsWith('video/')) {
    // biome-ignore lint/a11y/useMediaCaption: the videos have no caption track; the alt text describes them
    return <video src={item.url} controls preload="metadata" aria-label={item.altText} />;
  }
  return <img src={item.url} alt={item.altText} loading={lazy ? 'lazy' : undefined} />;
}
