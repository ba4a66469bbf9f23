import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';

const TITLES: [RegExp, string][] = [
  [/^\/login/, 'login.title'],
  [/^\/reset/, 'reset.title'],
  [/^\/invite/, 'invite.title'],
  [/^\/account\/password/, 'account.changePassword'],
  [/^\/calendar/, 'calendar.title'],
  [/^\/(home\/?.*)?$/, 'home.title'],
  [/^\/posts\/new/, 'composer.titleNew'],
  [/^\/posts\/[^/]+\/edit/, 'composer.titleEdit'],
  [/^\/posts\//, 'detail.title'],
  [/^\/people/, 'people.title'],
  [/^\/channels/, 'channels.title'],
  [/^\/queues/, 'queues.title'],
  [/^\/settings\/privacy/, 'privacy.title'],
  [/^\/settings\/approvals/, 'chainSettings.title'],
  [/^\/crisis/, 'crisis.title'],
  [/^\/audit/, 'audit.title'],
  [/^\/sources/, 'sources.title'],
  [/^\/reading/, 'reading.title'],
  [/^\/campaigns\/[^/]+\/preparation/, 'campaigns.phase.preparation'],
  [/^\/campaigns\/[^/]+\/execution/, 'campaigns.phase.execution'],
  [/^\/campaigns\/[^/]+\/aftercare/, 'campaigns.phase.aftercare'],
  [/^\/campaigns$/, 'campaigns.title'],
];

/** Keeps the browser tab title in step with the screen and the language. */
export function DocumentTitle() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  useEffect(() => {
    const key = TITLES.find(([re]) => re.test(pathname))?.[1];
    document.title = key ? `${t(key)} · ${t('app.name')}` : t('app.name');
  }, [pathname, t]);
  return null;
}
