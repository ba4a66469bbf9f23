// Lexicon source note: every list in this folder was assembled by hand from common-knowledge
// frequency lists (common Dutch and English first names and surnames, everyday medical and
// care vocabulary); no third-party list copied. Entries are lower-case.

/** Build a lookup set from a whitespace-separated list; `_` stands for a space inside a phrase. */
export function wordSet(list: string): Set<string> {
  const out = new Set<string>();
  for (const w of list.split(/\s+/)) if (w) out.add(w.replace(/_/g, ' '));
  return out;
}
