import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, orgPath } from '../api';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { StickyActions } from '../components/StickyActions';
import { useAnnounce } from '../hooks/useAnnounce';
import { useApiData } from '../hooks/useApiData';
import { useOrg } from '../hooks/useSession';
import { useGuardEngine } from '../lib/guard';
import { can } from '../lib/permissions';
import type { GuardSettings } from '../types';

// Trusted websites are not here: they are the organisation's trusted sources (/sources), one list.
type ListKey = 'phones' | 'addresses' | 'bigNumbers' | 'ibans';
const LEVELS = ['block', 'warn', 'info', 'off'] as const;
type Level = (typeof LEVELS)[number];

interface Form {
  phones: string;
  addresses: string;
  staff: string;
  bigNumbers: string;
  ibans: string;
  severities: Record<string, Level>;
}

function toForm(s: GuardSettings): Form {
  const allow = s.allow ?? {};
  return {
    phones: (allow.phones ?? []).join('\n'),
    addresses: (allow.addresses ?? []).join('\n'),
    staff: (allow.staff ?? []).map((p) => (p.role ? `${p.name}, ${p.role}` : p.name)).join('\n'),
    bigNumbers: (allow.bigNumbers ?? []).join('\n'),
    ibans: (allow.ibans ?? []).join('\n'),
    severities: { ...(s.severities ?? {}) },
  };
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

function toSettings(f: Form): GuardSettings {
  const staff = lines(f.staff).map((line) => {
    const comma = line.indexOf(',');
    if (comma < 0) return { name: line };
    const name = line.slice(0, comma).trim();
    const role = line.slice(comma + 1).trim();
    return role ? { name, role } : { name };
  });
  return {
    severities: f.severities,
    allow: {
      phones: lines(f.phones),
      addresses: lines(f.addresses),
      staff: staff.filter((p) => p.name),
      bigNumbers: lines(f.bigNumbers),
      ibans: lines(f.ibans),
    },
  };
}

/** The organisation's privacy-check settings: allow-lists and per-rule severity. Admins edit; everyone reads. */
export function PrivacySettingsPage() {
  const { t } = useTranslation();
  const id = useId();
  const announce = useAnnounce();
  const { org, role } = useOrg();
  const manage = can(role, 'org.manage');
  const loaded = useApiData<GuardSettings>(orgPath(org.id, '/guard/settings'));
  const { engine } = useGuardEngine();
  const [form, setForm] = useState<Form | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (loaded.data) setForm(toForm(loaded.data));
  }, [loaded.data]);

  if (loaded.error && !loaded.data) {
    return (
      <div className="page privacy-page">
        <h1>{t('privacy.title')}</h1>
        <ErrorMessage error={loaded.error} />
      </div>
    );
  }
  if (!form) return <Loading />;

  const rules = [...new Set<string>([...(engine?.GUARD_RULES ?? []), ...Object.keys(form.severities)])];

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const saved = await api.put<GuardSettings>(orgPath(org.id, '/guard/settings'), toSettings(form));
      loaded.setData(saved);
      announce(t('privacy.saved'));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const textarea = (key: ListKey | 'staff') => (
    <div className="field" key={key}>
      <label htmlFor={`${id}-${key}`}>{t(`privacy.lists.${key}`)}</label>
      <p id={`${id}-${key}-hint`} className="hint">
        {t(`privacy.listHints.${key}`)}
      </p>
      <textarea
        id={`${id}-${key}`}
        rows={key === 'staff' ? 6 : 4}
        value={form[key]}
        readOnly={!manage}
        spellCheck={false}
        aria-describedby={`${id}-${key}-hint`}
        data-testid={`allow-${key}`}
        onChange={(e) => setForm({ ...form, [key]: e.target.value })}
      />
      <p className="small muted">{t('privacy.lineCount', { count: lines(form[key]).length })}</p>
    </div>
  );

  return (
    <div className="page privacy-page">
      <h1>{t('privacy.title')}</h1>
      <p className="muted">{t('privacy.intro', { org: org.name })}</p>
      {!manage ? <p className="notice notice-info">{t('privacy.onlyAdmin')}</p> : null}

      <form onSubmit={save} noValidate>
        <section className="card" aria-labelledby={`${id}-allow`}>
          <h2 id={`${id}-allow`}>{t('privacy.allowTitle')}</h2>
          <p className="hint">{t('privacy.allowIntro')}</p>
          <div className="settings-grid">
            {textarea('phones')}
            {textarea('addresses')}
            {textarea('staff')}
            {textarea('bigNumbers')}
            {textarea('ibans')}
          </div>
          <div className="field" data-testid="trusted-sources-link">
            <h3>{t('sources.title')}</h3>
            <p className="hint">{t('sources.privacyNote', { count: loaded.data?.allow?.domains?.length ?? 0 })}</p>
            <Link to="/sources">{t('sources.privacyLink')}</Link>
          </div>
        </section>

        <section className="card" aria-labelledby={`${id}-rules`}>
          <h2 id={`${id}-rules`}>{t('privacy.rulesTitle')}</h2>
          <p className="hint">{t('privacy.rulesIntro')}</p>
          {rules.length === 0 ? <Loading /> : null}
          <ul className="rule-list">
            {rules.map((rule) => (
              <li key={rule} className="rule-row" data-testid="rule-severity" data-rule={rule}>
                <label htmlFor={`${id}-rule-${rule}`}>
                  <span className="rule-name">{t(`guardRules.${rule}`, { defaultValue: rule })}</span>
                  <span className="small muted"> {t(`guardRuleHints.${rule}`, { defaultValue: '' })}</span>
                </label>
                <select
                  id={`${id}-rule-${rule}`}
                  value={form.severities[rule] ?? ''}
                  disabled={!manage}
                  onChange={(e) => {
                    const severities = { ...form.severities };
                    if (e.target.value) severities[rule] = e.target.value as Level;
                    else delete severities[rule];
                    setForm({ ...form, severities });
                  }}
                >
                  <option value="">{t('privacy.level.default')}</option>
                  {LEVELS.map((l) => (
                    <option key={l} value={l}>
                      {t(`privacy.level.${l}`)}
                    </option>
                  ))}
                </select>
              </li>
            ))}
          </ul>
        </section>

        <ErrorMessage error={error} />
        {manage ? (
          <StickyActions className="button-row">
            <button type="submit" className="button button-primary" disabled={busy}>
              {busy ? t('composer.saving') : t('privacy.save')}
            </button>
            <button type="button" className="button button-quiet" disabled={busy} onClick={() => loaded.data && setForm(toForm(loaded.data))}>
              {t('privacy.reset')}
            </button>
          </StickyActions>
        ) : null}
      </form>
    </div>
  );
}
