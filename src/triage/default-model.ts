// The model triageText uses: trained once, at first use, on training-data.json (the development
// messages only; eval/triage/build-training.ts writes it). Deterministic: same data, same model.
import { trainModel, type TriageModel } from './model';
import type { TriageCategory } from './triage-categories';
import training from './training-data.json' with { type: 'json' };

let model: TriageModel | undefined;

export function defaultModel(): TriageModel {
  model ??= trainModel((training as { reading: string; category: TriageCategory }[]).map((e) => ({ reading: e.reading, category: e.category })));
  return model;
}
