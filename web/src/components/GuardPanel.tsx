import { useTranslation } from 'react-i18next';
import { useLanguage } from '../hooks/useLanguage';
import type { Finding, GuardResult, Severity, Verdict } from '../types';

const ORDER: Severity[] = ['block', 'warn', 'info'];

/** The findings of one text, each with its explanation and suggested fix in the UI language. */
export function GuardFindingList({
  findings,
  text,
  part,
  onShow,
}: {
  findings: readonly Finding[];
  /** The scanned text, to quote what each finding is about. */
  text?: string;
  part?: string;
  /** Select the finding's span in the editor. */
  onShow?: (finding: Finding) => void;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  if (findings.length === 0) return null;
  return (
    <ul className="guard-findings" data-testid="guard-findings" data-part={part}>
      {findings.map((f, i) => {
        const quote = text !== undefined && f.end > f.start ? text.slice(f.start, f.end) : '';
        return (
          <li
            key={`${f.rule}-${f.start}-${i}`}
            className={`guard-finding guard-finding-${f.severity}`}
            data-testid="guard-finding"
            data-rule={f.rule}
            data-severity={f.severity}
          >
            <p className="guard-finding-head">
              <span className={`guard-sev guard-sev-${f.severity}`}>{t(`guard.severity.${f.severity}`)}</span>{' '}
              <span className="guard-rule">{t(`guardRules.${f.rule}`, { defaultValue: f.rule })}</span>
              {quote ? (
                <>
                  {' · '}
                  <q className="guard-quote">{quote.length > 60 ? `${quote.slice(0, 59)}…` : quote}</q>
                </>
              ) : null}
            </p>
            <p className="guard-message">{f.message[language]}</p>
            {f.fix[language] ? (
              <p className="guard-fix">
                <span className="label-inline">{t('guard.fix')}:</span> {f.fix[language]}
              </p>
            ) : null}
            {onShow && quote ? (
              <button type="button" className="link-button small" onClick={() => onShow(f)}>
                {t('guard.show')}
              </button>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { block: 0, warn: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/** "1 blokkade, 2 waarschuwingen" */
export function useCountsText(): (findings: readonly Finding[]) => string {
  const { t } = useTranslation();
  return (findings) => {
    const counts = countBySeverity(findings);
    return ORDER.filter((s) => counts[s] > 0)
      .map((s) => t(`guard.count.${s}`, { count: counts[s] }))
      .join(', ');
  };
}

/**
 * The live privacy check of one text in the composer: a one-line summary and the findings.
 * Give the textarea aria-describedby={id}.
 */
export function GuardPanel({
  id,
  result,
  text,
  part,
  failed = false,
  onShow,
}: {
  id: string;
  result: GuardResult | null;
  text: string;
  part: string;
  failed?: boolean;
  onShow?: (finding: Finding) => void;
}) {
  const { t } = useTranslation();
  const countsText = useCountsText();
  if (!result) {
    return (
      <div id={id} className="guard-panel guard-panel-pending">
        <p className="guard-summary">{failed ? t('guard.loadFailed') : t('guard.loading')}</p>
      </div>
    );
  }
  const verdict: Verdict = result.verdict;
  return (
    <div id={id} className={`guard-panel guard-panel-${verdict}`} data-verdict={verdict}>
      <p className="guard-summary">
        <span className="guard-dot" aria-hidden="true" />
        {text.trim().length === 0
          ? t('guard.empty')
          : result.findings.length === 0
            ? t('guard.nothingFound')
            : t('guard.summary', { counts: countsText(result.findings) })}
      </p>
      <GuardFindingList findings={result.findings} text={text} part={part} onShow={onShow} />
    </div>
  );
}

/**
 * The verdict over every text of the post (one per composer / detail page). Its title is a live
 * status; with `findings` it also carries their counts, so a change in the number of findings is
 * announced even when the verdict itself stays the same.
 */
export function GuardVerdict({
  verdict,
  context,
  overridden = false,
  id,
  findings,
  empty = false,
}: {
  verdict: Verdict | null;
  context: 'composer' | 'detail';
  overridden?: boolean;
  id?: string;
  findings?: readonly Finding[];
  /** Nothing written yet: say so, as the text's own summary does, instead of "no problems found". */
  empty?: boolean;
}) {
  const { t } = useTranslation();
  const countsText = useCountsText();
  const key = verdict === null ? 'pending' : verdict === 'block' && overridden ? 'overridden' : verdict;
  if (empty && verdict !== null) {
    return (
      <div id={id} className="guard-verdict guard-verdict-pending" data-testid="guard-verdict" data-verdict="empty">
        <span className="guard-dot" aria-hidden="true" />
        <div>
          <p className="guard-verdict-title" role="status" data-testid="guard-verdict-status">
            {t('composerCheck.verdictEmpty')}
          </p>
          <p className="guard-verdict-hint">{t('composerCheck.verdictEmptyHint')}</p>
        </div>
      </div>
    );
  }
  return (
    <div
      id={id}
      className={`guard-verdict guard-verdict-${key}`}
      data-testid="guard-verdict"
      data-verdict={verdict ?? 'pending'}
      data-overridden={overridden ? 'true' : undefined}
    >
      <span className="guard-dot" aria-hidden="true" />
      <div>
        <p className="guard-verdict-title" role="status" data-testid="guard-verdict-status">
          {t(`guard.verdict.${key}`)}
          {verdict !== null && findings && findings.length > 0 ? (
            <span className="visually-hidden"> {t('a11y.findingsNow', { counts: countsText(findings) })}</span>
          ) : null}
        </p>
        <p className="guard-verdict-hint">{t(`guard.${context}Hint.${key}`)}</p>
      </div>
    </div>
  );
}
