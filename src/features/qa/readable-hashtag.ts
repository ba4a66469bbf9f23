// A question hour's hashtag must be readable: several words run together are written in
// CamelCase (#SpreekuurGriep, not #spreekuurgriep), so screen readers say the words. The word
// split is the guard's hashtag detector's own (its lexicon of Dutch, English and care words).
import { camelCase, splitWords } from '../../guard/detectors/hashtags';

// Words of question hours the guard's lexicon lacks.
const HOUR_WORDS = ['spreekuur', 'spreekuren', 'vragenuur', 'vraaguur', 'vragen', 'live', 'online', 'qa'];

function wordsOf(lower: string): string[] | undefined {
  const whole = splitWords(lower);
  if (whole) return whole;
  for (const w of HOUR_WORDS) {
    if (lower === w) return [w];
    if (lower.startsWith(w)) {
      const rest = wordsOf(lower.slice(w.length));
      if (rest) return [w, ...rest];
    }
    if (lower.endsWith(w)) {
      const head = splitWords(lower.slice(0, -w.length));
      if (head) return [...head, w];
    }
  }
  return undefined;
}

/** null when readable; otherwise the CamelCase form to suggest. */
export function unreadableHashtag(tag: string): string | null {
  // Capitals after the first letter, digits or underscores: the writer chose the word breaks.
  if (/\p{Lu}/u.test(tag.slice(1)) || /[\d_]/.test(tag)) return null;
  const parts = wordsOf(tag.toLowerCase());
  if (!parts || parts.length < 2) return null;
  const suggestion = camelCase(parts);
  return suggestion === tag ? null : suggestion;
}
