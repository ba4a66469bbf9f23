// Writes src/triage/training-data.json, the learned model's training data: the development
// messages only (the corpus's development split and dev-written.jsonl), as normalised readings
// with their category. Development texts that share a run of five words with a held-out message
// (written before the independent sets; leak-check.ts lists their ids) are left out, so the model
// cannot have seen a held-out phrasing. Run: npx tsx eval/triage/build-training.ts
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { modelReading } from '../../src/triage/normalise.ts';
import { loadDevWritten, splitCorpus } from './corpus.ts';
import { findDevLeaks } from './leak-check.ts';

const out = join(dirname(fileURLToPath(import.meta.url)), '../../src/triage/training-data.json');
const skip = new Set(findDevLeaks().map((l) => l.devId));
const records = [...splitCorpus().dev, ...loadDevWritten()].filter((r) => !skip.has(r.id));
const data = records.map((r) => ({ id: r.id, category: r.category, reading: modelReading(r.text).trim() }));
writeFileSync(out, `[\n${data.map((d) => JSON.stringify(d)).join(',\n')}\n]\n`);
// In the project's format, so `npm test`'s format check stays green after a rebuild.
spawnSync('npx', ['biome', 'format', '--write', out], { stdio: 'ignore' });
console.log(`${data.length} development messages (${skip.size} left out for sharing words with a held-out message) → ${out}`);
