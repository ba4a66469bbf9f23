import { useTranslation } from 'react-i18next';
import { orgPath } from '../api';
import { useApiData } from '../hooks/useApiData';
import { useLanguage } from '../hooks/useLanguage';
import { formatInstant } from '../lib/time';
import type { PostChecklist } from '../types';

/** What each approver confirmed of the checklist for this post, and whether the content is still that. */
export function PostChecklistRecord({ orgId, postId, zone }: { orgId: string; postId: string; zone: string }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const data = useApiData<PostChecklist>(orgPath(orgId, `/posts/${postId}/checklist`));
  const confirmations = data.data?.confirmations ?? [];
  if (confirmations.length === 0) return <p className="muted">{t('checklist.noneYet')}</p>;
  return (
    <ul className="checklist-record">
      {confirmations.map((c) => (
        <li key={`${c.approver?.id ?? ''}-${c.contentHash}`}>
          <p>
            {t('checklist.confirmedBy', { name: c.approver?.name || t('audit.formerMember') })}{' '}
            <time dateTime={c.at}>{formatInstant(c.at, zone, language)}</time>
            {c.current ? null : <strong> — {t('checklist.contentChanged')}</strong>}
          </p>
          <ul>
            {c.answers.map((a) => (
              <li key={a.id}>
                {a.confirmed ? t('checklist.yes') : t('checklist.no')}: {language === 'en' ? a.en : a.nl}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
