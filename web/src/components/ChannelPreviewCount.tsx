import { useTranslation } from 'react-i18next';
import { countChars } from '../lib/text';
import type { Channel } from '../types';
import { postParts } from './ChannelPreviewParts';

/**
 * A channel's counter in the network's own terms: a network that splits long texts into a thread
 * counts against one post's limit and says how many parts the text becomes; others count against
 * their maximum.
 */
export function ChannelPreviewCount({ id, channel, text }: { id: string; channel: Channel; text: string }) {
  const { t } = useTranslation();
  const count = countChars(text);
  const max = channel.limits.maxLength;
  const part = channel.limits.partLength;
  const over = count > max;
  let message: string;
  if (part && count > part) {
    const parts = postParts(channel.type, channel.limits, text).length;
    message = t('preview.countThread', { count, part, parts });
  } else {
    message = t('preview.countOf', { count, max: part ?? max });
  }
  return (
    <span id={id} className={`char-count${over ? ' over' : ''}`} data-over={over ? 'true' : undefined} data-testid="channel-count">
      {message}
      {over ? <strong> · {t('preview.overBy', { count: count - max, max })}</strong> : null}
    </span>
  );
}
