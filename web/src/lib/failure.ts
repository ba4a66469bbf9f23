import type { TFunction } from 'i18next';
import { DateTime } from 'luxon';
import type { Post } from '../types';

type Failure = NonNullable<Post['failure']>;

/**
 * A publication failure in the person's language: the network's name, what happened, what to do,
 * and when Zorgpost tries again (in the organisation's time zone).
 */
export function failureText(t: TFunction, failure: Failure, zone: string): string {
  const p = failure.params;
  const network = typeof p.network === 'string' ? t(`channelType.${p.network}`, { defaultValue: p.network }) : '';
  const params = { ...p, network, channel: p.channel ?? network, status: p.status ?? '?' };
  const text = t(`failure.${failure.code}`, { ...params, defaultValue: t('failure.unknown', params) });
  const retryAt = typeof p.retryAt === 'string' ? DateTime.fromISO(p.retryAt, { zone }) : null;
  return retryAt?.isValid ? `${text} ${t('failure.retryAt', { time: retryAt.toFormat('HH:mm') })}` : text;
}
