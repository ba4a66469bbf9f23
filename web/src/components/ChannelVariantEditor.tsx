import { useCallback, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { selectFinding } from '../lib/guard';
import { countChars } from '../lib/text';
import type { Channel, Finding, GuardResult } from '../types';
import { ChannelPreviewCount } from './ChannelPreviewCount';
import { GuardPanel } from './GuardPanel';
import { GuardTextarea } from './GuardTextarea';

/** One channel in the composer: include or not, its own text, its count against the channel limit. */
export function ChannelVariantEditor({
  channel,
  included,
  text,
  baseText,
  mediaCount,
  guard,
  guardFailed,
  onInclude,
  onText,
}: {
  channel: Channel;
  included: boolean;
  text: string;
  baseText: string;
  mediaCount: number;
  /** The live privacy check of this channel's own text (null while it uses the base text). */
  guard: GuardResult | null;
  guardFailed: boolean;
  onInclude: (included: boolean) => void;
  onText: (text: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const effective = text.length > 0 ? text : baseText;
  const count = countChars(effective);
  const max = channel.limits.maxLength;
  const ref = useRef<HTMLTextAreaElement>(null);
  const show = useCallback((f: Finding) => selectFinding(ref, f), []);
  const typeName = t(`channelType.${channel.type}`, { defaultValue: channel.type });
  return (
    <fieldset className={`channel-variant${included ? '' : ' is-excluded'}`}>
      <legend>
        {channel.name} <span className="muted">({typeName})</span>
      </legend>
      <div className="checkbox-field">
        <input id={`${id}-include`} type="checkbox" checked={included} onChange={(e) => onInclude(e.target.checked)} />
        <label htmlFor={`${id}-include`}>{t('composer.include', { channel: channel.name })}</label>
      </div>
      {included ? (
        <div className="field">
          <label htmlFor={`${id}-text`}>{t('composer.variantLabel', { channel: channel.name })}</label>
          <GuardTextarea
            id={`${id}-text`}
            ref={ref}
            rows={3}
            value={text}
            findings={text.length > 0 ? guard?.findings : undefined}
            placeholder={baseText}
            aria-describedby={`${id}-count ${id}-hint${text.length > 0 ? ` ${id}-guard` : ''}`}
            aria-invalid={count > max ? true : undefined}
            onChange={(e) => onText(e.target.value)}
          />
          <div className="field-meta">
            <ChannelPreviewCount id={`${id}-count`} channel={channel} text={effective} />
            <span id={`${id}-hint`} className="hint">
              {text.length === 0 ? t('composer.usesBase') : ''}
            </span>
          </div>
          {mediaCount > channel.limits.maxMedia ? (
            <p className="field-error">{t('composer.tooManyMedia', { channel: channel.name, max: channel.limits.maxMedia })}</p>
          ) : null}
          {text.length > 0 ? <GuardPanel id={`${id}-guard`} result={guard} text={text} part={channel.id} failed={guardFailed} onShow={show} /> : null}
        </div>
      ) : null}
    </fieldset>
  );
}
