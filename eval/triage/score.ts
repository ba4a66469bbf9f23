// Scores triage on a set of corpus records: crisis recall and false-crisis rate first, then
// per-category precision and recall, and overall accuracy. No text leaves this function.
import { TRIAGE_CATEGORIES, type TriageCategory, triageText } from '../../src/triage/triage.ts';
import type { TriageRecord } from './corpus.ts';

export const TARGETS = { crisisRecall: 1, falseCrisis: 0.05, accuracy: 0.85 };

export interface TriageScore {
  n: number;
  crisis: { total: number; found: number; recall: number };
  /** Share of non-crisis messages marked as crisis. */
  falseCrisis: { total: number; flagged: number; rate: number };
  accuracy: number;
  perCategory: Record<TriageCategory, { support: number; precision: number; recall: number }>;
  /** Ids of missed crises and false alarms (ids only, never texts). */
  missedCrisis: string[];
  falseAlarms: string[];
}

export function scoreTriage(records: TriageRecord[]): TriageScore {
  const predicted = records.map((r) => triageText(r.text, r.lang).category);
  const crisis = records.filter((r) => r.category === 'crisis');
  const missedCrisis = records.filter((r, i) => r.category === 'crisis' && predicted[i] !== 'crisis').map((r) => r.id);
  const nonCrisis = records.length - crisis.length;
  const falseAlarms = records.filter((r, i) => r.category !== 'crisis' && predicted[i] === 'crisis').map((r) => r.id);
  const perCategory = {} as TriageScore['perCategory'];
  for (const c of TRIAGE_CATEGORIES) {
    const support = records.filter((r) => r.category === c).length;
    const said = predicted.filter((p) => p === c).length;
    const right = records.filter((r, i) => r.category === c && predicted[i] === c).length;
    perCategory[c] = { support, precision: said === 0 ? (support === 0 ? 1 : 0) : right / said, recall: support === 0 ? 1 : right / support };
  }
  const correct = records.filter((r, i) => predicted[i] === r.category).length;
  return {
    n: records.length,
    crisis: {
      total: crisis.length,
      found: crisis.length - missedCrisis.length,
      recall: crisis.length === 0 ? 1 : (crisis.length - missedCrisis.length) / crisis.length,
    },
    falseCrisis: { total: nonCrisis, flagged: falseAlarms.length, rate: nonCrisis === 0 ? 0 : falseAlarms.length / nonCrisis },
    accuracy: records.length === 0 ? 1 : correct / records.length,
    perCategory,
    missedCrisis,
    falseAlarms,
  };
}

/** Which targets a score misses (empty when all are met). */
export function missedTargets(s: TriageScore): string[] {
  const out: string[] = [];
  if (s.crisis.recall < TARGETS.crisisRecall) out.push(`crisis recall ${s.crisis.recall.toFixed(3)} < ${TARGETS.crisisRecall}`);
  if (s.falseCrisis.rate > TARGETS.falseCrisis) out.push(`false crisis ${s.falseCrisis.rate.toFixed(3)} > ${TARGETS.falseCrisis}`);
  if (s.accuracy < TARGETS.accuracy) out.push(`accuracy ${s.accuracy.toFixed(3)} < ${TARGETS.accuracy}`);
  return out;
}
