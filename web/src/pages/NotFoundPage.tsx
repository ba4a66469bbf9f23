import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <h1>{t('app.notFoundTitle')}</h1>
      <p>{t('app.notFound')}</p>
      <p>
        <Link to="/calendar">{t('app.toCalendar')}</Link>
      </p>
    </div>
  );
}
