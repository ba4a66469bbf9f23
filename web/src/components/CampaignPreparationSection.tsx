import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { orgPath } from '../api';
import { useApiData } from '../hooks/useApiData';
import type { SaveState } from '../hooks/useCampaignSave';
import { useOrg } from '../hooks/useSession';
import { can } from '../lib/permissions';
import { type CampaignPatchInput, type CampaignView, type Channel, GOAL_METRICS, type PeoplePage } from '../types';
import { AutoChecks, AutoField, fieldErrorOf } from './CampaignFields';
import { FieldError } from './FieldError';

type Save = (patch: CampaignPatchInput, field?: string) => Promise<boolean>;
type Person = NonNullable<CampaignView['preparation']['people']>[number];
const TEXTS = ['goal', 'audience', 'coreMessage', 'slogan', 'visuals', 'text', 'action', 'contact'] as const;
const LONG = new Set(['goal', 'audience', 'coreMessage', 'visuals', 'text', 'action']);

/** Preparation: the campaign's name, hashtag (with the readability advice), dates, a measurable goal and the worksheet's questions. */
export function CampaignPreparationSection({ campaign: c, state, save }: { campaign: CampaignView; state: SaveState; save: Save }) {
  const { t } = useTranslation();
  const { org, role } = useOrg();
  const id = useId();
  const channels = useApiData<Channel[]>(orgPath(org.id, '/channels'));
  const prep = c.preparation;
  const field = (name: keyof CampaignPatchInput, value: string, type: 'text' | 'date' | 'datetime-local' | 'number' = 'text', hint?: string) => (
    <AutoField
      label={t(`campaigns.field.${name}`)}
      hint={hint}
      value={value}
      type={type}
      field={name}
      state={state}
      onSave={(v) =>
        void save({ [name]: type === 'number' ? (v === '' ? null : Number(v)) : name === 'name' ? v : v.trim() === '' ? null : v } as CampaignPatchInput, name)
      }
    />
  );

  return (
    <>
      <section className="card" aria-labelledby={`${id}-basics`}>
        <h2 id={`${id}-basics`}>{t('campaigns.section.basics')}</h2>
        {field('name', c.name)}
        {field('hashtag', c.hashtag ?? '', 'text', t('campaigns.hint.hashtag'))}
        {c.hashtagAdvice === 'camel_case' ? (
          <p className="notice notice-warning" data-testid="hashtag-advice">
            {t('campaigns.hashtagAdvice', { hashtag: c.hashtag })}
          </p>
        ) : null}
        {field('eventLocal', c.eventLocal ?? '', 'datetime-local', t('campaigns.hint.eventLocal', { zone: org.timeZone }))}
        <div className="field-row">
          {field('startsOn', c.startsOn ?? '', 'date')}
          {field('endsOn', c.endsOn ?? '', 'date')}
        </div>
      </section>

      <section className="card" aria-labelledby={`${id}-goal`}>
        <h2 id={`${id}-goal`}>{t('campaigns.section.goal')}</h2>
        <AutoField
          label={t('campaigns.field.goal')}
          hint={t('campaigns.hint.goal')}
          value={prep.goal ?? ''}
          type="textarea"
          field="preparation"
          state={state}
          onSave={(v) => void save({ preparation: { goal: v } }, 'preparation')}
        />
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-metric`}>{t('campaigns.field.goalMetric')}</label>
            <select
              id={`${id}-metric`}
              value={c.goalMetric ?? ''}
              onChange={(e) => void save({ goalMetric: (e.target.value || null) as CampaignView['goalMetric'] }, 'goalMetric')}
            >
              <option value="">{t('campaigns.noMetric')}</option>
              {GOAL_METRICS.map((m) => (
                <option key={m} value={m}>
                  {t(`campaigns.metric.${m}`)}
                </option>
              ))}
            </select>
          </div>
          {field('goalTarget', c.goalTarget === null ? '' : String(c.goalTarget), 'number')}
        </div>
      </section>

      <section className="card" aria-labelledby={`${id}-message`}>
        <h2 id={`${id}-message`}>{t('campaigns.section.message')}</h2>
        {TEXTS.filter((f) => f !== 'goal').map((f) => (
          <AutoField
            key={f}
            label={t(`campaigns.field.${f}`)}
            value={prep[f] ?? ''}
            type={LONG.has(f) ? 'textarea' : 'text'}
            field="preparation"
            state={state}
            onSave={(v) => void save({ preparation: { [f]: v } }, 'preparation')}
          />
        ))}
        <AutoChecks
          legend={t('campaigns.field.platforms')}
          options={(channels.data ?? []).map((ch) => ({ id: ch.id, label: ch.name }))}
          chosen={prep.platforms ?? []}
          empty={t('campaigns.noChannels')}
          onSave={(platforms) => void save({ preparation: { platforms } }, 'preparation')}
        />
      </section>

      <CampaignPeople people={prep.people} save={save} state={state} consentRead={can(role, 'consent.read')} />
    </>
  );
}

/** Who appears, and whether they consented: linked to the consent register, whose consents are shown. */
function CampaignPeople({ people, save, state, consentRead }: { people: Person[] | undefined; save: Save; state: SaveState; consentRead: boolean }) {
  const { t } = useTranslation();
  const { org } = useOrg();
  const id = useId();
  const register = useApiData<PeoplePage>(consentRead ? orgPath(org.id, '/consent/people?limit=200') : null);
  const [name, setName] = useState('');
  const [personId, setPersonId] = useState('');
  const [consented, setConsented] = useState(false);
  const list = people ?? [];
  const inRegister = (pid: string | null | undefined) => register.data?.items.find((p) => p.id === pid);
  const error = fieldErrorOf(state, 'people');

  const add = async (e: FormEvent) => {
    e.preventDefault();
    const linked = inRegister(personId);
    const who = name.trim() || linked?.name || '';
    if (!who) return;
    const person: Person = { name: who, consentPersonId: linked?.id ?? null, consented: linked ? linked.validConsents > 0 : consented };
    if (await save({ preparation: { people: [...list, person] } }, 'people')) {
      setName('');
      setPersonId('');
      setConsented(false);
    }
  };

  return (
    <section className="card" aria-labelledby={`${id}-people`}>
      <h2 id={`${id}-people`}>{t('campaigns.section.people')}</h2>
      <p className="hint">{t('campaigns.hint.people')}</p>
      {people === undefined ? (
        <button type="button" className="button" onClick={() => void save({ preparation: { people: [] } }, 'people')}>
          {t('campaigns.nobodyAppears')}
        </button>
      ) : list.length === 0 ? (
        <p className="muted">{t('campaigns.nobody')}</p>
      ) : null}
      <ul className="campaign-people">
        {list.map((p, i) => {
          const linked = inRegister(p.consentPersonId);
          const ok = linked ? linked.validConsents > 0 : p.consented;
          return (
            <li key={`${p.name}-${i}`}>
              <strong>{p.name}</strong> — <span className={ok ? 'text-ok' : 'text-warning'}>{ok ? t('campaigns.consentYes') : t('campaigns.consentNo')}</span>
              {p.consentPersonId ? (
                <>
                  {' '}
                  <Link to={`/consent/${p.consentPersonId}`}>{t('campaigns.inRegister', { name: p.name })}</Link>
                </>
              ) : null}{' '}
              <button
                type="button"
                className="button button-small"
                onClick={() => void save({ preparation: { people: list.filter((_, j) => j !== i) } }, 'people')}
              >
                {t('campaigns.removePerson', { name: p.name })}
              </button>
            </li>
          );
        })}
      </ul>
      <form onSubmit={(e) => void add(e)} className="campaign-person-form" noValidate>
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-name`}>{t('campaigns.field.personName')}</label>
            <input id={`${id}-name`} type="text" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
          </div>
          {consentRead ? (
            <div className="field">
              <label htmlFor={`${id}-register`}>{t('campaigns.field.register')}</label>
              <select id={`${id}-register`} value={personId} onChange={(e) => setPersonId(e.target.value)}>
                <option value="">{t('campaigns.notInRegister')}</option>
                {(register.data?.items ?? []).map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
              {register.data?.nextCursor ? <p className="hint">{t('campaigns.registerMore')}</p> : null}
            </div>
          ) : null}
        </div>
        {!personId ? (
          <div className="checkbox-field">
            <input id={`${id}-consented`} type="checkbox" checked={consented} onChange={(e) => setConsented(e.target.checked)} />
            <label htmlFor={`${id}-consented`}>{t('campaigns.field.consented')}</label>
          </div>
        ) : null}
        <FieldError id={`${id}-error`} message={error} />
        <button type="submit" className="button">
          {t('campaigns.addPerson')}
        </button>
      </form>
    </section>
  );
}
