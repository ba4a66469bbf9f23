// The campaign worksheet's pure rules: how far each phase is filled in, and whether a hashtag
// reads well. A long hashtag in one case ("#weekvandemantelzorg") is hard to read for everyone
// and unreadable for screen readers, which read CamelCase ("#WeekVanDeMantelzorg") word by word.

export interface WorksheetState {
  goalMetric: string | null;
  goalTarget: number | null;
  hashtag: string | null;
  preparation: Record<string, unknown>;
  execution: Record<string, unknown>;
  aftercare: Record<string, unknown>;
}

export interface WorksheetCounts {
  posts: number;
  tasks: number;
  openTasks: number;
}

export interface Progress {
  filled: number;
  total: number;
}

/** A hashtag longer than this in a single case should be written in CamelCase. */
const READABLE_SINGLE_CASE = 12;

export function hashtagAdvice(hashtag: string | null): 'camel_case' | null {
  const body = (hashtag ?? '').replace(/^#/, '');
  const letters = body.replace(/[^\p{L}]/gu, '');
  if (letters.length <= READABLE_SINGLE_CASE) return null;
  const oneCase = letters === letters.toLowerCase() || letters === letters.toUpperCase();
  return oneCase ? 'camel_case' : null;
}

const answered = (v: unknown): boolean => (typeof v === 'string' ? v.trim() !== '' : Array.isArray(v) ? v.length > 0 : v != null);

const PREPARATION_FIELDS = ['goal', 'audience', 'coreMessage', 'slogan', 'visuals', 'text', 'action', 'contact', 'platforms'] as const;
const AFTERCARE_FIELDS = ['responders', 'howToAnswer', 'replyTemplateIds', 'lookBack', 'nextAnnouncement'] as const;

/** How many of each phase's questions have an answer. */
export function worksheetProgress(c: WorksheetState, n: WorksheetCounts): Record<'preparation' | 'execution' | 'aftercare', Progress> {
  const prep = [
    ...PREPARATION_FIELDS.map((f) => answered(c.preparation[f])),
    c.goalMetric != null && c.goalTarget != null, // a goal is measurable only with a figure and where to read it
    Array.isArray(c.preparation.people), // "nobody appears" is an answer too: an empty list
    answered(c.hashtag),
  ];
  const exec = [answered(c.execution.plan), n.tasks > 0, n.posts > 0, n.tasks > 0 && n.openTasks === 0];
  const after = AFTERCARE_FIELDS.map((f) => answered(c.aftercare[f]));
  const count = (a: boolean[]): Progress => ({ filled: a.filter(Boolean).length, total: a.length });
  return { preparation: count(prep), execution: count(exec), aftercare: count(after) };
}
