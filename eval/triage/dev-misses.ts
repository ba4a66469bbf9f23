// Development-split misses with their texts, for tuning. Never looks at the holdout.
// Run: npx tsx eval/triage/dev-misses.ts
import { triageText } from '../../src/triage/triage.ts';
import { splitCorpus } from './corpus.ts';

for (const r of splitCorpus().dev) {
  const got = triageText(r.text, r.lang);
  if (got.category !== r.category) console.log(`${r.id} ${r.category} → ${got.category}${got.crisisKind ? ` (${got.crisisKind})` : ''}: ${r.text}`);
}
