import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { orgPath } from '../api';
import { useApiData } from '../hooks/useApiData';
import { useOrg } from '../hooks/useSession';
import { can } from '../lib/permissions';
import type { PeoplePage } from '../types';

export interface PeopleTags {
  showsPeople: boolean;
  personIds: string[];
}

/** Who an image shows: "shows people" and the people of the consent register tagged in it. */
export function PeopleTagger({ value, onChange }: { value: PeopleTags; onChange: (tags: PeopleTags) => void }) {
  const { t } = useTranslation();
  const { org, role } = useOrg();
  const id = useId();
  const people = useApiData<PeoplePage>(can(role, 'consent.read') ? orgPath(org.id, '/consent/people?limit=200') : null);
  if (!can(role, 'consent.read')) return null;
  const toggle = (personId: string, on: boolean) =>
    onChange({ ...value, personIds: on ? [...value.personIds, personId] : value.personIds.filter((p) => p !== personId) });
  return (
    <fieldset className="people-tagger">
      <legend>{t('consent.tagLegend')}</legend>
      <div className="checkbox">
        <input type="checkbox" id={`${id}-shows`} checked={value.showsPeople} onChange={(e) => onChange({ ...value, showsPeople: e.target.checked })} />
        <label htmlFor={`${id}-shows`}>{t('consent.showsPeople')}</label>
      </div>
      {value.showsPeople ? (
        <>
          <p className="hint">{t('consent.tagHint')}</p>
          <ul className="tag-list">
            {(people.data?.items ?? []).map((p) => (
              <li key={p.id} className="checkbox">
                <input type="checkbox" id={`${id}-${p.id}`} checked={value.personIds.includes(p.id)} onChange={(e) => toggle(p.id, e.target.checked)} />
                <label htmlFor={`${id}-${p.id}`}>{p.name}</label>
              </li>
            ))}
          </ul>
          {people.data?.nextCursor ? <p className="hint">{t('consent.tagMore')}</p> : null}
          {value.personIds.length === 0 ? (
            <p className="notice notice-warning" role="status">
              {t('consent.tagReminder')}
            </p>
          ) : null}
        </>
      ) : null}
    </fieldset>
  );
}
