// Dutch writes compounds as one word ("zorgverzekeraar", "wijkteam"): a form made of known
// words, optionally with a linking s or e ("stadsbus", "zorgverleners"), is an ordinary word too.
// The build script leaves such forms out of the Bloom filter; this check brings them back.

const MIN_COMPOUND = 6;
const MIN_PART = 3;
const MAX_DEPTH = 2;

function part(has: (w: string) => boolean, w: string, depth: number): boolean {
  return has(w) || (depth < MAX_DEPTH && w.length >= MIN_COMPOUND && isWordOrCompound(has, w, depth + 1));
}

/** Whether `word` is a known form or a compound of known forms. */
export function isWordOrCompound(has: (w: string) => boolean, word: string, depth = 0): boolean {
  if (has(word)) return true;
  if (word.length < MIN_COMPOUND + (depth === 0 ? 2 : 0)) return false;
  for (let i = MIN_PART; i <= word.length - MIN_PART; i++) {
    const tail = word.slice(i);
    if (!part(has, tail, depth)) continue;
    const head = word.slice(0, i);
    if (part(has, head, depth)) return true;
    const last = head.charCodeAt(head.length - 1);
    if ((last === 115 || last === 101) && head.length > MIN_PART && part(has, head.slice(0, -1), depth)) return true; // s, e
  }
  return false;
}
