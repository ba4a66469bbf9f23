import type { TFunction } from 'i18next';

/**
 * Reasons written by Zorgpost itself are codes ("system:crisis_hold", "system:queue:Tips");
 * reasons written by people are shown as they wrote them.
 */
export function reasonText(t: TFunction, reason: string): string {
  if (!reason.startsWith('system:')) return reason;
  const [, code = '', ...rest] = reason.split(':');
  // "system:failure:credentials_refused:bluesky:Bluesky Zorg": a publication failure's code (src/contracts/post.ts).
  if (code === 'failure') {
    const [failure = '', network = '', ...name] = rest;
    const params = { network: t(`channelType.${network}`, { defaultValue: network }), channel: name.join(':') };
    return t(`failure.${failure}`, { ...params, defaultValue: t('failure.unknown', params) });
  }
  return t(`systemReason.${code}`, { name: rest.join(':'), defaultValue: reason });
}
