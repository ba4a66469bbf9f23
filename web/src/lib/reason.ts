import type { TFunction } from 'i18next';

/**
 * Reasons written by Zorgpost itself are codes ("system:crisis_hold", "system:queue:Tips");
 * reasons written by people are shown as they wrote them.
 */
export function reasonText(t: TFunction, reason: string): string {
  if (!reason.startsWith('system:')) return reason;
  const [, code = '', ...rest] = reason.split(':');
  return t(`systemReason.${code}`, { name: rest.join(':'), defaultValue: reason });
}
