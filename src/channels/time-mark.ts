// The cursor of networks read by time (Facebook, Instagram, LinkedIn comments): the newest creation
// time seen and the ids seen at exactly that time (Graph gives whole seconds; two comments in one
// second must not hide each other, nor one be read twice).
export interface TimeMark {
  /** Epoch ms of the newest item seen. */
  at: number;
  /** Ids seen with exactly that time. */
  ids: string[];
}

/** Newer than the mark (or at its second and not seen yet). */
export const isNew = (mark: TimeMark, id: string, at: number) => at > mark.at || (at === mark.at && !mark.ids.includes(id));

/** The mark after these items. */
export function advance(mark: TimeMark, items: { id: string; at: number }[]): TimeMark {
  let next = mark;
  for (const i of items) {
    if (i.at > next.at) next = { at: i.at, ids: [i.id] };
    else if (i.at === next.at && !next.ids.includes(i.id)) next = { at: next.at, ids: [...next.ids, i.id] };
  }
  return next;
}

/** How far back a channel read for the first time looks: a day, not its whole past. */
export const FIRST_LOOK_MS = 24 * 3_600_000;

/** A mark with, per thing read (a post, a comment), how many answers it had at the last read: a thing is read again only when that changes. */
export interface CountedMark extends TimeMark {
  counts: Record<string, number>;
}

/** The cursor as stored. */
export const encodeMark = (mark: TimeMark, counts: Record<string, number> = {}): string => JSON.stringify({ v: 1, at: mark.at, ids: mark.ids, counts });

/** A stored cursor read back; none, or one of another shape, starts a day back (the store is idempotent). */
export function decodeMark(cursor: string | null): CountedMark {
  try {
    const c = cursor ? (JSON.parse(cursor) as Partial<CountedMark> & { v?: number }) : null;
    if (c?.v === 1 && Number.isFinite(c.at) && Array.isArray(c.ids)) {
      const counts = c.counts && typeof c.counts === 'object' ? c.counts : {};
      return { at: c.at as number, ids: c.ids, counts };
    }
  } catch {
    // fall through
  }
  return { at: Date.now() - FIRST_LOOK_MS, ids: [], counts: {} };
}

/** A second mark kept in the same cursor under `key` (a network's direct messages, read apart from its comments):
 *  none, or one of another shape, starts a day back. */
export function decodeSubMark(cursor: string | null, key: string): TimeMark {
  try {
    const sub = cursor ? (JSON.parse(cursor) as Record<string, Partial<TimeMark> | undefined>)[key] : undefined;
    if (sub && Number.isFinite(sub.at) && Array.isArray(sub.ids)) return { at: sub.at as number, ids: sub.ids };
  } catch {
    // fall through
  }
  return { at: Date.now() - FIRST_LOOK_MS, ids: [] };
}

/** The cursor with the second mark `key` set (the cursor's own mark and counts kept). */
export function withSubMark(cursor: string, key: string, mark: TimeMark): string {
  return JSON.stringify({ ...(JSON.parse(cursor) as object), [key]: { at: mark.at, ids: mark.ids } });
}
