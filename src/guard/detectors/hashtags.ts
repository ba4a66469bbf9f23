import type { ScanContext } from '../context.ts';
import { finding } from '../finding.ts';
import { COMMON_WORDS, STOPWORDS_EN, STOPWORDS_NL } from '../lexicon/common-words.ts';
import { CONDITIONS, DEPARTMENTS, TREATMENTS } from '../lexicon/medical.ts';
import type { Finding } from '../types.ts';

const HASHTAG_RE = /#([\p{L}\p{N}_]{8,})/gu;
let words: Set<string> | undefined;

function lexicon(): Set<string> {
  if (words) return words;
  words = new Set<string>();
  for (const set of [COMMON_WORDS, STOPWORDS_NL, STOPWORDS_EN, CONDITIONS, TREATMENTS, DEPARTMENTS]) {
    for (const w of set) if (!w.includes(' ') && (w.length >= 2 || w === 'u')) words.add(w);
  }
  return words;
}

/** Split a lower-case run of letters into the fewest known words, or undefined. */
export function splitWords(s: string): string[] | undefined {
  const dict = lexicon();
  const n = s.length;
  const best: (string[] | undefined)[] = new Array(n + 1);
  best[0] = [];
  for (let end = 1; end <= n; end++) {
    for (let start = Math.max(0, end - 20); start < end; start++) {
      const head = best[start];
      if (!head) continue;
      const w = s.slice(start, end);
      if (!dict.has(w)) continue;
      const cand = [...head, w];
      const cur = best[end];
      if (!cur || cand.length < cur.length) best[end] = cand;
    }
  }
  return best[n];
}

export function camelCase(parts: string[]): string {
  return parts.map((p) => p[0]!.toUpperCase() + p.slice(1)).join('');
}

/** Multi-word hashtags in CamelCase so screen readers read the words (#GezondOuderWorden). */
export function detectHashtags(ctx: ScanContext, out: Finding[]): void {
  if (ctx.text.indexOf('#') < 0) return;
  HASHTAG_RE.lastIndex = 0;
  for (let m = HASHTAG_RE.exec(ctx.text); m; m = HASHTAG_RE.exec(ctx.text)) {
    const tag = m[1]!;
    // Already has capitals after the first letter, or contains digits: leave it.
    if (/\p{Lu}/u.test(tag.slice(1)) || /\d|_/.test(tag)) continue;
    const parts = splitWords(tag.toLowerCase());
    if (!parts || parts.length < 2) continue;
    const better = `#${camelCase(parts)}`;
    out.push(
      finding(
        'hashtag-camelcase',
        'info',
        m.index,
        m.index + m[0].length,
        {
          nl: `Schrijf de hashtag met hoofdletters per woord: ${better}. Dan leest een schermlezer de woorden goed voor.`,
          en: `Capitalise each word of the hashtag: ${better}. Screen readers can then read the words.`,
        },
        { nl: `Vervang door ${better}.`, en: `Replace with ${better}.` },
      ),
    );
  }
}
