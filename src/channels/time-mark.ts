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
