// CPU per message of the triage and the sentiment on the inbox benchmark's messages (each made unique
// as the benchmark makes them), in a loop without I/O: `npx tsx bench/classify-cost.ts`;
// N=40000 WHICH=triage|sent|both; profile with `node --import tsx --cpu-prof bench/classify-cost.ts`.
import { performance } from 'node:perf_hooks';
import { sentimentOf } from '../src/sentiment/sentiment.ts';
import { triageText } from '../src/triage/triage.ts';
import { INBOX_TEXTS as texts } from './inbox-texts.ts';

const N = Number(process.env.N ?? 20000);
const which = process.env.WHICH ?? 'both';
const langOf = (i: number): 'nl' | 'en' => (i % 4 ? 'nl' : 'en');
// Warm up (lexicons, the model, the word gate, the JIT).
for (let i = 0; i < 2000; i++) sentimentOf(`${texts[i % texts.length]} (w${i})`, triageText(`${texts[i % texts.length]} (w${i})`, langOf(i)).lang);
let triage = 0;
let sentiment = 0;
const cpu0 = process.cpuUsage();
const t0 = performance.now();
for (let i = 0; i < N; i++) {
  const text = `${texts[i % texts.length]} (${i})`;
  const a = performance.now();
  const lang = which === 'sent' ? langOf(i) : triageText(text, langOf(i)).lang;
  const b = performance.now();
  if (which !== 'triage') sentimentOf(text, lang);
  triage += b - a;
  sentiment += performance.now() - b;
}
const wall = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const us = (ms: number) => ((ms * 1000) / N).toFixed(1);
console.log(
  `per message: cpu=${((cpu.user + cpu.system) / N).toFixed(1)} µs wall=${us(wall)} µs, of the wall triage=${us(triage)} µs sentiment=${us(sentiment)} µs (N=${N})`,
);
