// i18next set-up: Dutch first, English second. The choice is kept in localStorage and mirrored
// on <html lang>; the API client sends it as Accept-Language.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import nl from './nl.json';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'zorgpost.language';

function storedLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'nl';
  } catch {
    return 'nl';
  }
}

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'nl';
}

export function setLanguage(language: Language): void {
  void i18n.changeLanguage(language);
}

i18n.on('languageChanged', (lng) => {
  const language: Language = lng === 'en' ? 'en' : 'nl';
  document.documentElement.lang = language;
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
});

const initial = storedLanguage();
document.documentElement.lang = initial;

void i18n.use(initReactI18next).init({
  resources: { nl: { translation: nl }, en: { translation: en } },
  lng: initial,
  fallbackLng: 'nl',
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
  initAsync: false,
  react: { useSuspense: false },
});

export default i18n;
