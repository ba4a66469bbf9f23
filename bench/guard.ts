// Throughput of the guard beside openredaction and redact-pii, same texts, same process.
// Run: npm run bench:guard (about a minute; alternatives are capped by time).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { OpenRedaction } from 'openredaction';
import rp from 'redact-pii';
import { scanText } from '../src/guard/scan-text.ts';

interface Rec {
  text: string;
  lang: 'nl' | 'en';
  kind: 'post' | 'reply';
}

const root = dirname(fileURLToPath(import.meta.url));
const corpus: Rec[] = readFileSync(join(root, '../eval/guard/corpus.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l));

// Typical posts of about 280 characters: corpus texts joined until they reach 250-310 chars.
function typicalPosts(): string[] {
  const out: string[] = [];
  for (let i = 0; i < corpus.length; i++) {
    let t = corpus[i]!.text;
    for (let j = i + 1; t.length < 250; j++) t += ` ${corpus[j % corpus.length]!.text}`;
    out.push(t.slice(0, 310));
  }
  return out;
}

function longText(): string {
  let t = '';
  for (let i = 0; t.length < 3000; i += 7) t += `${corpus[i % corpus.length]!.text} `;
  return t.slice(0, 3000);
}

type Engine = { name: string; run: (text: string) => unknown | Promise<unknown> };

const sync = new rp.SyncRedactor();
const orDefault = new OpenRedaction();
const orHealth = new OpenRedaction({ preset: 'healthcare' });
const engines: Engine[] = [
  { name: 'zorgpost', run: (t) => scanText(t) },
  { name: 'openredaction', run: (t) => orDefault.detect(t) },
  { name: 'openredaction/healthcare', run: (t) => orHealth.detect(t) },
  { name: 'redact-pii', run: (t) => sync.redact(t) },
];

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/**
 * Texts per second over one round, stopping after `budgetMs`: per wall-clock second and per CPU-second of this
 * process (the machine is shared, so wall-clock figures drop with the load; CPU time much less).
 */
async function throughput(e: Engine, texts: string[], budgetMs: number): Promise<{ wall: number; cpu: number }> {
  const start = performance.now();
  const cpu0 = cpuMs();
  let n = 0;
  for (;;) {
    for (const t of texts) {
      const r = e.run(t);
      if (r instanceof Promise) await r;
      n++;
      if ((n & 15) === 0 && performance.now() - start > budgetMs) {
        return { wall: (n * 1000) / (performance.now() - start), cpu: (n * 1000) / Math.max(1, cpuMs() - cpu0) };
      }
    }
  }
}

async function medianLatency(e: Engine, text: string, runs: number, budgetMs: number): Promise<number> {
  const times: number[] = [];
  const started = performance.now();
  for (let i = 0; i < runs && performance.now() - started < budgetMs; i++) {
    const t0 = performance.now();
    const r = e.run(text);
    if (r instanceof Promise) await r;
    times.push(performance.now() - t0);
  }
  return median(times);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  const posts = typicalPosts();
  const long = longText();
  const avg = Math.round(posts.reduce((s, t) => s + t.length, 0) / posts.length);
  console.log(`${posts.length} typical posts (avg ${avg} chars), one long text of ${long.length} chars; node ${process.version}, single thread`);
  console.log(
    `load average at start: ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')} (other jobs share this machine)`,
  );
  const ROUNDS = 7;
  const rows: { name: string; tps: number; best: number; cpu: number; ms: number }[] = [];
  for (const e of engines) {
    await throughput(e, posts, 1500); // warm-up: let the JIT settle
    const rounds: { wall: number; cpu: number }[] = [];
    for (let r = 0; r < ROUNDS; r++) rounds.push(await throughput(e, posts, 1000));
    const ms = await medianLatency(e, long, e.name === 'zorgpost' ? 300 : 40, 4000);
    const wall = rounds.map((x) => x.wall);
    rows.push({ name: e.name, tps: median(wall), best: Math.max(...wall), cpu: median(rounds.map((x) => x.cpu)), ms });
    console.log(`  ${e.name}: rounds ${wall.map((x) => Math.round(x)).join(', ')} texts/s; per CPU-second ${rounds.map((x) => Math.round(x.cpu)).join(', ')}`);
  }
  const ours = rows[0]!;
  console.log(
    `${'\nengine'.padEnd(28) + 'texts/s median of 7'.padEnd(21) + 'best round'.padEnd(12) + 'per CPU-s'.padEnd(11) + 'vs zorgpost'.padEnd(13)}3,000 chars, median ms`,
  );
  for (const r of rows) {
    console.log(
      r.name.padEnd(27) +
        String(Math.round(r.tps)).padEnd(21) +
        String(Math.round(r.best)).padEnd(12) +
        String(Math.round(r.cpu)).padEnd(11) +
        (r === ours ? '1x' : `${(ours.tps / r.tps).toFixed(1)}x slower`).padEnd(13) +
        r.ms.toFixed(3),
    );
  }
  console.log(
    `\ntargets: >= 20,000 posts/s per core -> median ${ours.tps >= 20000 ? 'met' : 'NOT met'}, best round ${ours.best >= 20000 ? 'met' : 'NOT met'}; ` +
      `< 5 ms for 3,000 chars -> ${ours.ms < 5 ? 'met' : 'NOT met'}; load average now ${loadavg()[0]!.toFixed(1)}`,
  );
}

await main();
