// The words of a notification: its title in a language, where it opens, and the mails built from it.
import type { NotificationKind } from '../../contracts/notification';
import { type Lang, type MessageKey, translate } from '../../i18n/messages';
import { CRISIS_REFERRAL } from '../../domain/reply-templates';
import { appUrl } from './mail-config';

export function titleOf(lang: Lang, kind: NotificationKind, params: Record<string, string>): string {
  const key: MessageKey =
    kind === 'crisis_switched'
      ? params.state === 'resumed'
        ? 'notify_crisis_resumed'
        : 'notify_crisis_paused'
      : kind === 'listening_alert' && params.crisis === 'yes'
        ? 'notify_listening_alert_crisis'
        : kind === 'inbox_reply_failed' && params.unconfirmed === 'yes'
          ? 'notify_inbox_reply_unconfirmed'
          : kind === 'qa_hour_unstaffed' && params.role === 'moderator'
            ? 'notify_qa_hour_unstaffed_moderator'
            : kind === 'qa_hour_named' && params.role === 'moderator'
              ? 'notify_qa_hour_named_moderator'
              : kind === 'qa_hour_named' && params.role === 'both'
                ? 'notify_qa_hour_named_both'
                : `notify_${kind}`;
  return translate(lang, key, params);
}

export function linkOf(kind: NotificationKind, postId: string | null, params: Record<string, string>): string | null {
  if (postId) return `/posts/${postId}`;
  if (kind === 'consent_expiring' && params.personId) return `/consent/${params.personId}`;
  if (kind === 'crisis_switched') return '/crisis';
  if (kind.startsWith('inbox_') && params.itemId) return `/inbox/${params.itemId}`;
  if (kind === 'listening_alert' && params.alertId) return `/listening?alert=${params.alertId}`;
  if (kind === 'campaign_task_due' && params.campaignId) return `/campaigns/${params.campaignId}/execution`;
  if (kind.startsWith('qa_hour_') && params.qaHourId) return `/qa/${params.qaHourId}`;
  return null;
}

/** A line the mail adds below the title: for a crisis, the referral to offer in the answer. */
export function detailOf(lang: Lang, kind: NotificationKind, params: Record<string, string>): string | null {
  if (kind === 'inbox_urgent' && (params.region === 'nl' || params.region === 'us')) {
    return translate(lang, 'notify_inbox_urgent_referral', { referral: CRISIS_REFERRAL[params.region][lang] });
  }
  return null;
}

export const SETTINGS_PATH = '/notifications/settings';

const footer = (lang: Lang, org: string) => translate(lang, 'mail_footer', { org, url: appUrl(SETTINGS_PATH) });

export function singleMail(
  lang: Lang,
  n: { name: string; org: string; title: string; link: string | null; detail?: string | null; details?: string[] },
): { subject: string; body: string } {
  const lines = [translate(lang, 'mail_greeting', { name: n.name }), '', `${n.title}.`];
  if (n.detail) lines.push('', n.detail);
  if (n.details?.length) lines.push('', ...n.details);
  if (n.link) lines.push('', translate(lang, 'mail_open', { url: appUrl(n.link) }));
  lines.push('', '-- ', footer(lang, n.org));
  return { subject: `Zorgpost: ${n.title}`, body: lines.join('\n') };
}

export function digestMail(
  lang: Lang,
  d: { name: string; orgs: string; items: { title: string; link: string | null; at: Date }[] },
): { subject: string; body: string } {
  const lines = [translate(lang, 'mail_greeting', { name: d.name }), '', translate(lang, 'mail_digest_intro'), ''];
  for (const item of d.items) lines.push(`- ${item.title}${item.link ? `: ${appUrl(item.link)}` : ''}`);
  lines.push('', '-- ', footer(lang, d.orgs));
  return { subject: translate(lang, 'mail_digest_subject', { count: d.items.length }), body: lines.join('\n') };
}
