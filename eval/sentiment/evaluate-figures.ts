// Accuracy, per-class F1 and macro F1 of predicted against gold labels.
import type { SentimentLabel } from '../../src/sentiment/sentiment.ts';

const LABELS: SentimentLabel[] = ['positive', 'negative', 'neutral'];

export interface Figures {
  n: number;
  accuracy: number;
  f1: Record<SentimentLabel, number>;
  macroF1: number;
}

export function figures(gold: SentimentLabel[], predicted: SentimentLabel[]): Figures {
  const f1 = {} as Record<SentimentLabel, number>;
  for (const l of LABELS) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    gold.forEach((g, i) => {
      const p = predicted[i];
      if (p === l && g === l) tp++;
      else if (p === l) fp++;
      else if (g === l) fn++;
    });
    f1[l] = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  }
  const correct = gold.filter((g, i) => g === predicted[i]).length;
  return { n: gold.length, accuracy: gold.length ? correct / gold.length : 0, f1, macroF1: LABELS.reduce((s, l) => s + f1[l], 0) / LABELS.length };
}
