import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../hooks/useLanguage';
import type { Checklist } from '../types';
import { FieldError } from './FieldError';

/** The pre-publication checklist at approval: every question must be confirmed before approving. */
export function ApprovalChecklist({
  checklist,
  busy,
  onApprove,
  onCancel,
}: {
  checklist: Checklist;
  busy: boolean;
  onApprove: (confirmed: string[]) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const id = useId();
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const [missing, setMissing] = useState<string | undefined>(undefined);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const first = checklist.questions.find((q) => !checked.has(q.id));
    if (first) {
      setMissing(t('checklist.confirmAll', { question: first[language === 'en' ? 'en' : 'nl'] }));
      document.getElementById(`${id}-${first.id}`)?.focus();
      return;
    }
    setMissing(undefined);
    onApprove(checklist.questions.map((q) => q.id));
  };

  return (
    <form className="reason-form approval-checklist" onSubmit={submit} noValidate>
      <fieldset aria-describedby={`${id}-hint ${id}-error`}>
        <legend>{t('checklist.legend')}</legend>
        <p id={`${id}-hint`} className="hint">
          {t('checklist.hint')}
        </p>
        {checklist.questions.map((q) => (
          <div className="field field-checkbox" key={q.id}>
            <input
              type="checkbox"
              id={`${id}-${q.id}`}
              checked={checked.has(q.id)}
              onChange={(e) => {
                const next = new Set(checked);
                if (e.target.checked) next.add(q.id);
                else next.delete(q.id);
                setChecked(next);
              }}
            />
            <label htmlFor={`${id}-${q.id}`}>{language === 'en' ? q.en : q.nl}</label>
          </div>
        ))}
        <FieldError id={`${id}-error`} message={missing} />
      </fieldset>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('checklist.approve')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
