// Triage speed: the model's training at first use, then messages per second over 1,000
// development messages (the corpus's development split and dev-written.jsonl, repeated).
// Run: npx tsx eval/triage/speed.ts
import { triageText } from '../../src/triage/triage.ts';
import { loadDevWritten, splitCorpus } from './corpus.ts';

const pool = [...splitCorpus().dev, ...loadDevWritten()];
const messages = Array.from({ length: 1000 }, (_, i) => pool[i % pool.length]!);
let start = performance.now();
triageText('warm-up: trains the model');
console.log(`first call (trains the model): ${(performance.now() - start).toFixed(0)} ms`);
for (let round = 1; round <= 3; round++) {
  start = performance.now();
  for (const m of messages) triageText(m.text, m.lang);
  const ms = performance.now() - start;
  console.log(`round ${round}: 1,000 messages in ${ms.toFixed(0)} ms = ${Math.round(1e6 / ms)} messages/s`);
}
