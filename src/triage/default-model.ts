// The model triageText uses. Its weights ship in model-weights.json, written by
// eval/triage/build-training.ts together with training-data.json (the development messages only), so
// start-up does not train. When the weights do not belong to the training data (their hash differs:
// the data was rebuilt without the weights), the model is trained at first use instead (about 3 s).
// Deterministic: same data, same model.
import { type ModelFile, modelFromFile, trainModel, type TriageModel } from './model';
import weights from './model-weights.json' with { type: 'json' };
import type { TriageCategory } from './triage-categories';
import training from './training-data.json' with { type: 'json' };

type TrainingRecord = { reading: string; category: TriageCategory };
const examples = () => (training as TrainingRecord[]).map((e) => ({ reading: e.reading, category: e.category }));

/** A short hash (FNV-1a, 2×32 bits) of the training data: what the shipped weights were trained from. */
export function trainingHash(records: TrainingRecord[]): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (const r of records) {
    const s = `${r.category}\t${r.reading}\n`;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193) >>> 0;
      b = Math.imul(b ^ c, 0x01000193 ^ 0x5bd1e995) >>> 0;
    }
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

let model: TriageModel | undefined;

/** Whether the shipped weights belong to the shipped training data. */
export function weightsAreCurrent(): boolean {
  return (weights as unknown as ModelFile).hash === trainingHash(training as TrainingRecord[]);
}

export function defaultModel(): TriageModel {
  model ??= weightsAreCurrent() ? modelFromFile(weights as unknown as ModelFile) : trainModel(examples());
  return model;
}

/** The model trained afresh from the training data (build-training.ts writes its weights; a test compares). */
export function trainDefaultModel() {
  return trainModel(examples());
}
