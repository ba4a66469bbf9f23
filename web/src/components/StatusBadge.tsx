import { useTranslation } from 'react-i18next';
import type { PostStatus } from '../types';

export function StatusBadge({ status }: { status: PostStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge-${status}`}>{t(`status.${status}`)}</span>;
}
