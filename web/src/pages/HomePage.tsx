import { useId } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Home } from '../../../src/contracts/home';
import { orgPath } from '../api';
import { ErrorMessage } from '../components/ErrorMessage';
import { HomeSectionCard } from '../components/HomeSectionCard';
import { Loading } from '../components/Loading';
import { useApiData } from '../hooks/useApiData';
import { useLanguage } from '../hooks/useLanguage';
import { useOrg } from '../hooks/useSession';
import { HOME_GROUPS } from '../lib/home';
import { can } from '../lib/permissions';
import { formatInstant } from '../lib/time';

/** The start page after login: what waits for this person, publication problems, today and the coming days, crisis state. */
export function HomePage() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const id = useId();
  const { org, role } = useOrg();
  const [params, setParams] = useSearchParams();
  const who = params.get('who') === 'mine' ? 'mine' : 'org';
  const query = who === 'mine' ? '?who=mine' : '';
  // Live: a failed publication or a returned post shows up without reloading.
  const home = useApiData<Home>(orgPath(org.id, `/home${query}`), { live: true });
  const data = home.data;

  return (
    <div className="page home-page">
      <h1>{t('home.title')}</h1>
      <p className="hint">{t('home.intro')}</p>
      {home.error && !data ? <ErrorMessage error={home.error} /> : null}
      {!data ? (
        home.error ? null : (
          <Loading />
        )
      ) : (
        <>
          <p className={`notice home-crisis ${data.crisis.active ? 'notice-error' : ''}`} data-testid="home-crisis" data-active={data.crisis.active}>
            {data.crisis.active && data.crisis.since
              ? t('home.crisisOn', { time: formatInstant(data.crisis.since, org.timeZone, language) })
              : t('home.crisisOff')}{' '}
            {can(role, 'crisis.switch') ? <Link to="/crisis">{t('home.crisisLink')}</Link> : null}
          </p>
          {HOME_GROUPS.map((group) => {
            const sections = group.sections.map((key) => data.sections.find((s) => s.key === key)).filter((s) => s !== undefined);
            if (!sections.length) return null;
            return (
              <section key={group.key} className="home-group" aria-labelledby={`${id}-${group.key}`}>
                <h2 id={`${id}-${group.key}`}>{t(group.title)}</h2>
                {group.key === 'waiting' && data.waiting === 0 ? <p className="hint">{t('home.nothingWaiting')}</p> : null}
                {group.key === 'plan' ? (
                  <fieldset className="home-who">
                    <legend>{t('home.who')}</legend>
                    {(['org', 'mine'] as const).map((value) => (
                      <label key={value} className="radio-inline">
                        <input
                          type="radio"
                          name={`${id}-who`}
                          value={value}
                          checked={who === value}
                          onChange={() => setParams(value === 'mine' ? { who: 'mine' } : {}, { replace: true })}
                        />{' '}
                        {t(value === 'mine' ? 'home.whoMine' : 'home.whoOrg')}
                      </label>
                    ))}
                  </fieldset>
                ) : null}
                <div className="home-sections">
                  {sections.map((section) => (
                    <HomeSectionCard key={section.key} section={section} zone={org.timeZone} query={group.key === 'plan' ? query : ''} />
                  ))}
                </div>
              </section>
            );
          })}
        </>
      )}
    </div>
  );
}
