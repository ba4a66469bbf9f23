import { useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useCrisis } from '../hooks/useCrisis';
import { useLanguage } from '../hooks/useLanguage';
import { useSession } from '../hooks/useSession';
import { alreadyAlerted, markAlerted } from '../lib/crisis-alert';
import { can } from '../lib/permissions';
import { formatInstant } from '../lib/time';

/**
 * Shown on every page while crisis mode is on. The first time this tab sees a crisis it is
 * announced once (role="alert"); after that it stays as a labelled region that does not interrupt.
 * Whoever switched it on in this tab hears the crisis page's status message instead (one announcement).
 */
export function CrisisBanner() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { membership } = useSession();
  const { active, since, by } = useCrisis();
  const { pathname } = useLocation();
  const [alertText, setAlertText] = useState('');
  const clearTimer = useRef<number | undefined>(undefined);

  const show = Boolean(active && since && membership);
  const time = since && membership ? formatInstant(since, membership.organisation.timeZone, language) : '';
  const text = by ? t('crisis.banner', { time, name: by }) : t('crisis.bannerNoName', { time });
  const mayManage = membership ? can(membership.role, 'crisis.switch') : false;

  // Announce once per crisis (per tab): with the name when it is known within a moment.
  useEffect(() => {
    if (!show || !since || alreadyAlerted(since)) return;
    const fire = () => {
      markAlerted(since);
      setAlertText(text);
      window.clearTimeout(clearTimer.current);
      clearTimer.current = window.setTimeout(() => setAlertText(''), 10_000);
    };
    if (by) {
      fire();
      return;
    }
    const timer = window.setTimeout(fire, 2000);
    return () => window.clearTimeout(timer);
  }, [show, since, by, text]);
  useEffect(() => () => window.clearTimeout(clearTimer.current), []);

  return (
    <>
      {/* Always in the document, so the one announcement is picked up reliably. */}
      <div role="alert" className="visually-hidden">
        {show ? alertText : ''}
      </div>
      {show ? (
        <section className="crisis-banner" data-testid="crisis-banner" aria-label={t('crisis.bannerLabel')}>
          <div className="crisis-banner-inner">
            <span className="crisis-icon" aria-hidden="true">
              !
            </span>
            <p>{text}</p>
            {mayManage && pathname !== '/crisis' ? (
              <Link to="/crisis" className="button button-small crisis-banner-link">
                {t('crisis.manage')}
              </Link>
            ) : null}
          </div>
        </section>
      ) : null}
    </>
  );
}
