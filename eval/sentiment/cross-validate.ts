// Cross-validation on development data only (never a held-out set): the corpus's development
// split, dev-extra.jsonl and dev-written.jsonl (when present). Five folds by family (a text and its
// translation stay together), seeded; each system is fitted on four folds and scored on the fifth.
// Also "leave a writer out": fitted on the first writer's texts, scored on the blind writer's.
// Systems: the lexicon engine with its fixed neutral band; with the band fitted per language on the
// training folds; logistic regression on words, on the lexicon score, and on both (learned.ts).
// Run: npx tsx eval/sentiment/cross-validate.ts
import { shuffle } from '../guard/split.ts';
import { emoticons } from '../../src/sentiment/lexicons.ts';
import { features, type LearnedClass, type LearnedModel, probabilities, train } from './learned.ts';
import { labelOf, type SentimentLabel, sentimentOf } from '../../src/sentiment/sentiment.ts';
import { tokenize } from '../../src/sentiment/tokens.ts';
import { loadFreshDev, loadWrittenDev, type SentimentRecord, splitCorpus } from './corpus.ts';
import { figures } from './evaluate-figures.ts';

export interface Scored {
  r: SentimentRecord;
  source: 'corpus' | 'extra' | 'written';
  score: number;
  words: ReturnType<typeof features>;
  lexical: ReturnType<typeof features>;
  both: ReturnType<typeof features>;
}

export function developmentData(): Scored[] {
  const { dev } = splitCorpus();
  const tagged = [
    ...dev.map((r) => ({ r, source: 'corpus' as const })),
    ...loadFreshDev().map((r) => ({ r, source: 'extra' as const })),
    ...loadWrittenDev().map((r) => ({ r, source: 'written' as const })),
  ];
  return tagged.map(({ r, source }) => {
    const score = sentimentOf(r.text, r.lang).score;
    const tokens = tokenize(r.text, emoticons());
    const both = features(tokens, r.lang, score);
    const words = new Map([...both].filter(([k]) => !k.startsWith('lex')));
    const lexical = new Map([...both].filter(([k]) => k === 'bias' || k === 'question' || k.startsWith('lex')));
    return { r, source, score, words, lexical, both };
  });
}

const BANDS = Array.from({ length: 17 }, (_, i) => i * 0.025);

export function fitBand(train: Scored[]): Record<'nl' | 'en', number> {
  const out = { nl: 0.05, en: 0.05 };
  for (const lang of ['nl', 'en'] as const) {
    const recs = train.filter((s) => s.r.lang === lang);
    let best = -1;
    for (const b of BANDS) {
      const acc = recs.filter((s) => (s.score >= b ? 'positive' : s.score <= -b ? 'negative' : 'neutral') === s.r.sentiment).length;
      if (acc > best) {
        best = acc;
        out[lang] = b;
      }
    }
  }
  return out;
}

type Predictor = (train: Scored[]) => (s: Scored) => SentimentLabel;

const argmax = (p: Record<LearnedClass, number>): SentimentLabel => Object.entries(p).sort((a, b) => b[1] - a[1])[0]![0] as SentimentLabel;
const learned =
  (key: 'words' | 'lexical' | 'both', l2: number): Predictor =>
  (tr) => {
    const model: LearnedModel = train(
      tr.map((s) => ({ f: s[key], y: s.r.sentiment })),
      l2,
    );
    return (s) => argmax(probabilities(model, s[key]));
  };

export const PREDICTORS: [string, Predictor][] = [
  ['lexicon engine, fixed band', () => (s) => labelOf(s.score, s.r.lang)],
  [
    'lexicon engine, band fitted per language',
    (tr) => {
      const band = fitBand(tr);
      return (s) => (s.score >= band[s.r.lang] ? 'positive' : s.score <= -band[s.r.lang] ? 'negative' : 'neutral');
    },
  ],
  ['regression on words only (l2 0.01)', learned('words', 0.01)],
  ['regression on lexicon score (l2 0.01)', learned('lexical', 0.01)],
  ['regression on words + lexicon (l2 0.003)', learned('both', 0.003)],
  ['regression on words + lexicon (l2 0.01)', learned('both', 0.01)],
  ['regression on words + lexicon (l2 0.03)', learned('both', 0.03)],
];

function report(title: string, rows: [string, Scored[], SentimentLabel[]][]) {
  console.log(`\n${title}`);
  console.log(`  ${'system'.padEnd(46)}${'lang'.padEnd(5)}${'n'.padStart(4)}  acc    F1+    F1-    F1=    macroF1`);
  for (const [name, recs, pred] of rows)
    for (const lang of ['nl', 'en', 'all'] as const) {
      const idx = recs.map((s, i) => [s, i] as const).filter(([s]) => lang === 'all' || s.r.lang === lang);
      if (idx.length === 0) continue;
      const f = figures(
        idx.map(([s]) => s.r.sentiment),
        idx.map(([, i]) => pred[i]!),
      );
      console.log(
        `  ${name.padEnd(46)}${lang.padEnd(5)}${String(f.n).padStart(4)}  ${f.accuracy.toFixed(3)}  ${f.f1.positive.toFixed(3)}  ${f.f1.negative.toFixed(3)}  ${f.f1.neutral.toFixed(3)}  ${f.macroF1.toFixed(3)}`,
      );
    }
}

if (process.argv[1]?.endsWith('cross-validate.ts')) {
  const data = developmentData();
  const K = 5;
  const families = shuffle([...new Set(data.map((s) => `${s.source}:${s.r.family}`))].sort(), 20261128);
  const foldOf = new Map(families.map((f, i) => [f, i % K]));
  const fold = (s: Scored) => foldOf.get(`${s.source}:${s.r.family}`)!;
  const rows: [string, Scored[], SentimentLabel[]][] = [];
  for (const [name, make] of PREDICTORS) {
    const pred = new Array<SentimentLabel>(data.length);
    for (let k = 0; k < K; k++) {
      const predict = make(data.filter((s) => fold(s) !== k));
      data.forEach((s, i) => {
        if (fold(s) === k) pred[i] = predict(s);
      });
    }
    rows.push([name, data, pred]);
  }
  const sources = [...new Set(data.map((s) => s.source))].join(' + ');
  report(`${K}-FOLD CROSS-VALIDATION on development data (${sources}; ${data.length} texts; folds by family)`, rows);
  const written = data.filter((s) => s.source === 'written');
  if (written.length > 0) {
    const first = data.filter((s) => s.source !== 'written');
    report(
      'LEAVE THE WRITER OUT: fitted on the first writer (corpus development split + dev-extra), scored on the blind writer (dev-written)',
      PREDICTORS.map(([name, make]) => {
        const predict = make(first);
        return [name, written, written.map(predict)];
      }),
    );
  }
}
