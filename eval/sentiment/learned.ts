// A small learned layer over the lexicon score, measured and not shipped (docs/sentiment.md):
// multinomial logistic regression on word stems (negated ones marked), the lexicon score and a
// question mark, fitted on development texts only by cross-validate.ts. Leaving the writer out it
// did no better than the engine alone, so sentimentOf does not use it.
import { stemNl } from '../../src/sentiment/lexicons.ts';
import { RULES } from '../../src/sentiment/rules.ts';
import type { SentimentLang, Token } from '../../src/sentiment/tokens.ts';

export const CLASSES = ['positive', 'negative', 'neutral'] as const;
export type LearnedClass = (typeof CLASSES)[number];

export interface LearnedModel {
  /** Per class, feature → weight; "bias" is the intercept. */
  weights: Record<LearnedClass, Record<string, number>>;
}

export type Features = Map<string, number>;

/** Word stems (marked "not:" within three words after a negator), the lexicon score and its sign, a question. */
export function features(tokens: Token[], lang: SentimentLang, lexiconScore: number): Features {
  const f: Features = new Map([['bias', 1]]);
  const negators = RULES[lang].negators;
  let negatedFor = 0;
  for (const t of tokens) {
    if (t.kind === 'stop' || t.kind === 'comma') {
      negatedFor = 0;
      if (t.text.includes('?')) f.set('question', 1);
      continue;
    }
    if (t.kind === 'emo') {
      f.set(`e:${t.text}`, 1);
      continue;
    }
    if (negators.has(t.text)) {
      negatedFor = 3;
      continue;
    }
    const stem = lang === 'nl' ? stemNl(t.text) : t.text.replace(/(ing|ed|es|s)$/, '');
    f.set(`${lang}:${negatedFor > 0 ? 'not:' : ''}${stem}`, 1);
    if (negatedFor > 0) negatedFor--;
  }
  f.set('lex', lexiconScore * 3);
  f.set('lex+', lexiconScore > 0.05 ? 1 : 0);
  f.set('lex-', lexiconScore < -0.05 ? 1 : 0);
  return f;
}

export function probabilities(model: LearnedModel, f: Features): Record<LearnedClass, number> {
  const z = CLASSES.map((c) => {
    let s = 0;
    const w = model.weights[c];
    for (const [k, v] of f) s += (w[k] ?? 0) * v;
    return s;
  });
  const max = Math.max(...z);
  const e = z.map((x) => Math.exp(x - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return { positive: e[0]! / sum, negative: e[1]! / sum, neutral: e[2]! / sum };
}

/** Full-batch gradient descent with L2 (bias not penalised). */
export function train(examples: { f: Features; y: LearnedClass }[], l2: number, epochs = 300, rate = 0.5): LearnedModel {
  const weights = { positive: {}, negative: {}, neutral: {} } as Record<LearnedClass, Record<string, number>>;
  const model: LearnedModel = { weights };
  const n = examples.length;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const grad = { positive: new Map<string, number>(), negative: new Map<string, number>(), neutral: new Map<string, number>() };
    for (const { f, y } of examples) {
      const p = probabilities(model, f);
      for (const c of CLASSES) {
        const err = p[c] - (c === y ? 1 : 0);
        const g = grad[c];
        for (const [k, v] of f) g.set(k, (g.get(k) ?? 0) + err * v);
      }
    }
    for (const c of CLASSES) {
      const w = weights[c];
      for (const k of new Set([...Object.keys(w), ...grad[c].keys()])) {
        const reg = k === 'bias' ? 0 : l2 * (w[k] ?? 0);
        w[k] = (w[k] ?? 0) - rate * ((grad[c].get(k) ?? 0) / n + reg);
      }
    }
  }
  return model;
}
