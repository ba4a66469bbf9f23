import { useTranslation } from 'react-i18next';
import { useLanguage } from '../hooks/useLanguage';

/** One button that switches between Dutch and English. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const [language, setLanguage] = useLanguage();
  const other = language === 'nl' ? 'en' : 'nl';
  return (
    <button type="button" className="button button-quiet" lang={other} aria-label={t('header.switchLanguageLabel')} onClick={() => setLanguage(other)}>
      {t('header.switchLanguage')}
    </button>
  );
}
