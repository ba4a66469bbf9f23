// Splits a long text into thread parts that each fit one Bluesky post: at sentence boundaries
// where possible, else at whitespace, and only as a last resort inside a word. Links never
// contain whitespace, so they are never cut unless a single link exceeds a whole post.
// No Node-only APIs: the web app's preview imports this same function, so what the composer
// shows is exactly what the adapter publishes.
export interface PartLimits {
  /** Graphemes per post (what people see as characters). */
  maxGraphemes: number;
  /** UTF-8 bytes per post (Bluesky's lexicon also caps the byte length). */
  maxBytes: number;
  /** A network's own way of counting (X's weighted length, Mastodon's fixed-length links); default: graphemes. */
  measure?: (text: string) => number;
}

export const BLUESKY_POST_LIMITS: PartLimits = { maxGraphemes: 300, maxBytes: 3000 };

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const sentences = new Intl.Segmenter(undefined, { granularity: 'sentence' });
const utf8 = new TextEncoder();

export function graphemeLength(text: string): number {
  let n = 0;
  for (const _ of graphemes.segment(text)) n++;
  return n;
}

function fits(text: string, limits: PartLimits): boolean {
  const trimmed = text.trim();
  return (limits.measure ?? graphemeLength)(trimmed) <= limits.maxGraphemes && utf8.encode(trimmed).length <= limits.maxBytes;
}

/** Cuts a single overlong token at grapheme boundaries. */
function hardSplit(token: string, limits: PartLimits): string[] {
  const out: string[] = [];
  let current = '';
  for (const { segment } of graphemes.segment(token)) {
    if (current && !fits(current + segment, limits)) {
      out.push(current);
      current = '';
    }
    current += segment;
  }
  if (current) out.push(current);
  return out;
}

/** Greedily packs pieces (each of which fits) into as few parts as possible. */
function pack(pieces: string[], limits: PartLimits, out: string[], start: string): string {
  let current = start;
  for (const piece of pieces) {
    if (fits(current + piece, limits)) {
      current += piece;
      continue;
    }
    if (current.trim()) out.push(current.trim());
    current = piece;
  }
  return current;
}

export function splitIntoPosts(text: string, limits: PartLimits = BLUESKY_POST_LIMITS): string[] {
  const whole = text.trim();
  if (fits(whole, limits)) return [whole];

  const out: string[] = [];
  let current = '';
  for (const { segment: sentence } of sentences.segment(whole)) {
    if (fits(current + sentence, limits)) {
      current += sentence;
      continue;
    }
    if (current.trim()) out.push(current.trim());
    current = '';
    if (fits(sentence, limits)) {
      current = sentence;
      continue;
    }
    // One sentence longer than a post: words (each with its trailing whitespace).
    const words = sentence.split(/(?<=\s)(?=\S)/).flatMap((w) => (fits(w, limits) ? [w] : hardSplit(w, limits)));
    current = pack(words, limits, out, '');
  }
  if (current.trim()) out.push(current.trim());
  return out;
}
