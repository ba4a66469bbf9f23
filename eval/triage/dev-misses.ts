// Development misses with their texts, for tuning: the corpus's development split and
// dev-written.jsonl. Never looks at a held-out set.
// Run: npx tsx eval/triage/dev-misses.ts
import { triageText } from '../../src/triage/triage.ts';
import { loadDevWritten, splitCorpus } from './corpus.ts';

for (const r of [...splitCorpus().dev, ...loadDevWritten()]) {
  const got = triageText(r.text, r.lang);
  if (got.category !== r.category) console.log(`${r.id} ${r.category} → ${got.category}${got.crisisKind ? ` (${got.crisisKind})` : ''}: ${r.text}`);
}
