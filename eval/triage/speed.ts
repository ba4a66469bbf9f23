// Triage speed: the first call (loads the shipped model weights, or trains when they are stale), then
// messages per second of wall-clock time and per CPU-second (the machine may be shared) over 3,000
// development messages (the corpus's development split and every dev-written*.jsonl).
// Run: npx tsx eval/triage/speed.ts
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
