// Writes src/triage/training-data.json, the learned model's training data: the development
// messages only (the corpus's development split and every dev-written*.jsonl), as normalised readings
// with their category; and src/triage/model-weights.json, the model trained on it (so start-up does
// not train). Development texts that nearly copy a held-out message (a run of eight words in common, or
// three in ten of their runs of five: leak-check.ts findDevNearCopies) are left out; a text that merely
// shares a common phrase stays, so the model does not change with each new held-out set.
// Run: npx tsx eval/triage/build-training.ts
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { trainingHash } from '../../src/triage/default-model.ts';
import { trainModel } from '../../src/triage/model.ts';
import { modelReading } from '../../src/triage/normalise.ts';
import { loadDevWritten, splitCorpus } from './corpus.ts';
import { findDevNearCopies } from './leak-check.ts';

const dir = join(dirname(fileURLToPath(import.meta.url)), '../../src/triage');
const skip = new Set(findDevNearCopies().map((l) => l.devId));
const records = [...splitCorpus().dev, ...loadDevWritten()].filter((r) => !skip.has(r.id));
const data = records.map((r) => ({ id: r.id, category: r.category, reading: modelReading(r.text, undefined, r.lang) }));
const dataFile = join(dir, 'training-data.json');
writeFileSync(dataFile, `[\n${data.map((d) => JSON.stringify(d)).join(',\n')}\n]\n`);
// In the project's format, so `npm test`'s format check stays green after a rebuild.
spawnSync('npx', ['biome', 'format', '--write', dataFile], { stdio: 'ignore' });
console.log(`${data.length} development messages (${skip.size} left out as near copies of a held-out message) → ${dataFile}`);

const started = performance.now();
const model = trainModel(data);
const weightsFile = join(dir, 'model-weights.json');
const file = model.toFile(trainingHash(data));
// One line, generated (biome.json leaves it out): its hash ties it to training-data.json.
writeFileSync(weightsFile, `${JSON.stringify(file)}\n`);
console.log(`model trained in ${((performance.now() - started) / 1000).toFixed(1)} s: ${file.features.split('\n').length} features → ${weightsFile}`);
