// Triage speed: the first call (loads the shipped model weights, or trains when they are stale), then
// messages per second of wall-clock time and per CPU-second (the machine may be shared) over 3,000
// development messages (the corpus's development split and every dev-written*.jsonl).
// Beside it, the sentiment of the same messages (the ingest runs both on every item), per CPU-second.
// Run: npx tsx eval/triage/speed.ts
import { sentimentOf } from '../../src/sentiment/sentiment.ts';
import { triageText } from '../../src/triage/triage.ts';
import { loadDevWritten, splitCorpus } from './corpus.ts';

const pool = [...splitCorpus().dev, ...loadDevWritten()];
const messages = Array.from({ length: 3000 }, (_, i) => pool[i % pool.length]!);
let start = performance.now();
triageText('warm-up: loads the model');
console.log(`first call (loads the model): ${(performance.now() - start).toFixed(0)} ms`);
for (let round = 1; round <= 3; round++) {
  start = performance.now();
  const cpu = process.cpuUsage();
  for (const m of messages) triageText(m.text, m.lang);
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  console.log(`round ${round}: 3,000 messages in ${ms.toFixed(0)} ms = ${Math.round(3e6 / ms)} messages/s, ${Math.round(3000 / cpuSeconds)} per CPU-second`);
}
sentimentOf('warm-up: loads the lexicons', 'nl');
for (let round = 1; round <= 3; round++) {
  const cpu = process.cpuUsage();
  for (const m of messages) sentimentOf(m.text, m.lang ?? 'nl');
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  console.log(`sentiment round ${round}: ${Math.round(3000 / cpuSeconds)} messages per CPU-second (${((cpuSeconds / 3000) * 1e6).toFixed(0)} µs each)`);
}
