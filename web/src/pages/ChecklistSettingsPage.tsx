import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, orgPath } from '../api';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { useAnnounce } from '../hooks/useAnnounce';
import { useApiData } from '../hooks/useApiData';
import { useOrg } from '../hooks/useSession';
import { can } from '../lib/permissions';
import type { Checklist } from '../types';

type Question = Checklist['questions'][number];

/** A new question's stable id from its Dutch text, unique in the list. */
function newId(nl: string, taken: Set<string>): string {
  const base =
    nl
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 30) || 'vraag';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** Admins edit the questions every approver confirms before approving a post. */
export function ChecklistSettingsPage() {
  const { t } = useTranslation();
  const { org, role } = useOrg();
  const id = useId();
  const announce = useAnnounce();
  const allowed = can(role, 'org.manage');
  const loaded = useApiData<Checklist>(orgPath(org.id, '/checklist'));
  const [questions, setQuestions] = useState<Question[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (loaded.data && questions === null) setQuestions(loaded.data.questions);
  }, [loaded.data, questions]);

  if (!allowed) {
    return (
      <div className="page">
        <h1>{t('checklist.settingsTitle')}</h1>
        <p className="notice notice-info">{t('checklist.onlyAdmin')}</p>
      </div>
    );
  }
  if (loaded.error) return <ErrorMessage error={loaded.error} />;
  if (!questions) return <Loading />;

  const change = (i: number, patch: Partial<Question>) => setQuestions(questions.map((q, j) => (j === i ? { ...q, ...patch } : q)));
  const move = (i: number, by: -1 | 1) => {
    const next = [...questions];
    const [q] = next.splice(i, 1);
    next.splice(i + by, 0, q!);
    setQuestions(next);
    announce(t('checklist.moved', { position: i + by + 1 }));
  };
  const save = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const taken = new Set(questions.map((q) => q.id).filter(Boolean));
      const body = { questions: questions.map((q) => (q.id ? q : { ...q, id: newId(q.nl, taken) })) };
      const saved = await api.put<Checklist>(orgPath(org.id, '/checklist'), body);
      setQuestions(saved.questions);
      announce(t('checklist.saved'));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="page checklist-settings-page">
      <h1>{t('checklist.settingsTitle')}</h1>
      <p className="muted">{t('checklist.settingsIntro')}</p>
      <p>
        <Link to="/settings/approvals">{t('chainSettings.title')}</Link>
      </p>
      {loaded.data && !loaded.data.customised ? <p className="notice notice-info">{t('checklist.usingDefault')}</p> : null}
      <form onSubmit={save} noValidate>
        <ol className="checklist-questions">
          {questions.map((q, i) => (
            <li key={q.id || `new-${i}`} className="card">
              <div className="field">
                <label htmlFor={`${id}-${i}-nl`}>{t('checklist.textNl', { n: i + 1 })}</label>
                <textarea id={`${id}-${i}-nl`} rows={2} maxLength={500} value={q.nl} onChange={(e) => change(i, { nl: e.target.value })} />
              </div>
              <div className="field">
                <label htmlFor={`${id}-${i}-en`}>{t('checklist.textEn', { n: i + 1 })}</label>
                <textarea id={`${id}-${i}-en`} rows={2} maxLength={500} value={q.en} onChange={(e) => change(i, { en: e.target.value })} />
              </div>
              <div className="button-row">
                <button type="button" className="button" disabled={i === 0} onClick={() => move(i, -1)}>
                  {t('checklist.up', { n: i + 1 })}
                </button>
                <button type="button" className="button" disabled={i === questions.length - 1} onClick={() => move(i, 1)}>
                  {t('checklist.down', { n: i + 1 })}
                </button>
                <button type="button" className="button button-danger-outline" onClick={() => setQuestions(questions.filter((_, j) => j !== i))}>
                  {t('checklist.remove', { n: i + 1 })}
                </button>
              </div>
            </li>
          ))}
        </ol>
        <div className="button-row">
          <button type="button" className="button" onClick={() => setQuestions([...questions, { id: '', nl: '', en: '' }])}>
            {t('checklist.add')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('checklist.save')}
          </button>
        </div>
        <ErrorMessage error={error} />
      </form>
    </div>
  );
}
