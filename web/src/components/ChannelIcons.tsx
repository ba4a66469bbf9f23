import { useTranslation } from 'react-i18next';
import type { PostSummary } from '../types';

// A short mark per channel type (the colour and letter are only visual; the name is read out).
const MARKS: Record<string, string> = { bluesky: 'B', website: 'W', webhook: 'H', mastodon: 'M', facebook: 'F', instagram: 'I' };

/** The channels of a calendar card as small marks, each with its name as text alternative. */
export function ChannelIcons({ channels }: { channels: PostSummary['channels'] }) {
  const { t } = useTranslation();
  if (channels.length === 0) return null;
  return (
    <span className="channel-icons" data-testid="channel-icons">
      {channels.map((c) => (
        <span key={c.id} className={`channel-icon channel-icon-${c.type}`} title={c.name}>
          <span aria-hidden="true">{MARKS[c.type] ?? '•'}</span>
          <span className="visually-hidden">{t('calendarCards.onChannel', { channel: c.name })}</span>
        </span>
      ))}
    </span>
  );
}
