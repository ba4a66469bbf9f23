// Comments anchored to passages of a post's text: where a quoted passage is, and the text cut
// into plain and marked pieces. Offsets are UTF-16 code units, as the browser's selection gives.

export interface Anchor {
  /** The comment's number in its list; by default its place among the anchors given. */
  n?: number;
  start: number;
  end: number;
  quote: string;
}

/** Where the quoted passage is in the text: once, or why not. */
export function findPassage(text: string, quote: string): { start: number; end: number } | 'missing' | 'ambiguous' {
  const q = quote.trim();
  if (!q) return 'missing';
  const at = text.indexOf(q);
  if (at < 0) return 'missing';
  if (text.indexOf(q, at + 1) >= 0) return 'ambiguous';
  return { start: at, end: at + q.length };
}

export interface Piece {
  text: string;
  /** The number of the comment this piece is the passage of (1-based), if any. */
  comment?: number;
}

/**
 * The text cut at the commented passages that still fit (the text between the offsets is the
 * quote); a passage overlapping an earlier one is not marked twice.
 */
export function markedPieces(text: string, anchors: readonly Anchor[]): Piece[] {
  const fitting = anchors
    .map((a, i) => ({ ...a, n: a.n ?? i + 1 }))
    .filter((a) => a.end > a.start && text.slice(a.start, a.end) === a.quote)
    .sort((a, b) => a.start - b.start || a.n - b.n);
  const out: Piece[] = [];
  let at = 0;
  for (const a of fitting) {
    if (a.start < at) continue;
    if (a.start > at) out.push({ text: text.slice(at, a.start) });
    out.push({ text: a.quote, comment: a.n });
    at = a.end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}
