import { useTranslation } from 'react-i18next';
import { setLanguage, type Language } from '../i18n';

/** The UI language and a setter (re-renders on change). */
export function useLanguage(): [Language, (language: Language) => void] {
  const { i18n } = useTranslation();
  const language: Language = i18n.language === 'en' ? 'en' : 'nl';
  return [language, setLanguage];
}
