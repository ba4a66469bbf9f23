// A cheap necessary test before a rule's regular expression: the words one of which every match must
// contain, read from the rule's own source (a space, then a literal word or an alternation of
// literal words). A reading holding none of them cannot match, so the costly scan is skipped and
// the answer is the rule's own either way. Rules stay as written: the rule files pass them through
// gated() / gatedAll() once, when the module loads.

/** `exact`: a whole word (a space before and after it in every match); `prefix`: the start of a word. */
export type Triggers = { exact: string[]; prefix: string[] };

type El =
  | { kind: 'space' }
  | { kind: 'word'; text: string }
  | { kind: 'group'; body: string; look: 'ahead' | 'behind' | null; min: number; max: number }
  | { kind: 'other'; zeroWidth: boolean; min: number };

const WORD_CHAR = /[a-z0-9]/;

/** Index of the `)` closing the group opened at `i`. */
function closing(src: string, i: number): number {
  let depth = 0;
  for (let j = i; j < src.length; j++) {
    const c = src[j];
    if (c === '\\') j++;
    else if (c === '[') {
      j++;
      while (j < src.length && src[j] !== ']') if (src[j++] === '\\') j++;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return j;
  }
  return -1;
}

/** The quantifier at `i` as [min, max, length]; [1, 1, 0] when there is none. */
function quantifier(src: string, i: number): [number, number, number] {
  const m = /^(?:([?*+])|\{(\d+)(?:(,)(\d*))?\})\??/.exec(src.slice(i, i + 20));
  if (!m) return [1, 1, 0];
  if (m[1]) return [m[1] === '+' ? 1 : 0, m[1] === '?' ? 1 : Infinity, m[0].length];
  const min = Number(m[2]);
  return [min, m[3] ? (m[4] ? Number(m[4]) : Infinity) : min, m[0].length];
}

/** The elements of one alternative, or null for a construct not read here. */
function elements(src: string): El[] | null {
  const out: El[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i] as string;
    if (c === '(') {
      const end = closing(src, i);
      if (end < 0) return null;
      const head = /^\(\?(?::|=|!|<=|<!|<[A-Za-z]\w*>)?|^\(/.exec(src.slice(i, i + 40))?.[0] ?? '(';
      const look = head === '(?=' || head === '(?!' ? 'ahead' : head === '(?<=' || head === '(?<!' ? 'behind' : null;
      const [min, max, n] = quantifier(src, end + 1);
      if (look && head.endsWith('=') && n === 0) out.push({ kind: 'group', body: src.slice(i + head.length, end), look, min: 1, max: 1 });
      else if (look) out.push({ kind: 'other', zeroWidth: true, min: 1 });
      else out.push({ kind: 'group', body: src.slice(i + head.length, end), look: null, min, max });
      i = end + 1 + n;
    } else if (c === ' ' || WORD_CHAR.test(c)) {
      const [min, , n] = quantifier(src, i + 1);
      if (n > 0) out.push({ kind: 'other', zeroWidth: false, min });
      else if (c === ' ') out.push({ kind: 'space' });
      else {
        const last = out[out.length - 1];
        if (last?.kind === 'word') last.text += c;
        else out.push({ kind: 'word', text: c });
      }
      i += 1 + n;
    } else {
      let j = i + 1;
      if (c === '\\') j = /^\\[pPu]\{/.test(src.slice(i, i + 3)) ? src.indexOf('}', i) + 1 : i + 2;
      else if (c === '[') {
        while (j < src.length && src[j] !== ']') if (src[j++] === '\\') j++;
        j++;
      } else if (c === '|' || c === ')' || c === '{') return null;
      const [min, , n] = quantifier(src, j);
      out.push({ kind: 'other', zeroWidth: c === '^' || c === '$' || (c === '\\' && /[bB]/.test(src[i + 1] ?? '')), min });
      i = j + n;
    }
  }
  return out;
}

/** The top-level alternatives of a pattern. */
function alternatives(src: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let j = 0; j < src.length; j++) {
    const c = src[j];
    if (c === '\\') j++;
    else if (c === '[') {
      j++;
      while (j < src.length && src[j] !== ']') if (src[j++] === '\\') j++;
    } else if (c === '(') j = closing(src, j);
    else if (c === '|') {
      out.push(src.slice(start, j));
      start = j + 1;
    }
    if (j < 0) return [src];
  }
  out.push(src.slice(start));
  return out;
}

/** Whether every match of the pattern starts with a space. */
function startsWithSpace(src: string): boolean {
  return alternatives(src).every((alt) => {
    const els = elements(alt);
    return els?.[0]?.kind === 'space' || (els?.[0]?.kind === 'group' && els[0].min >= 1 && !els[0].look && startsWithSpace(els[0].body));
  });
}

/** Whether a space comes right after the element at `i` (elements after it, then what follows the sequence). */
function spaceNext(els: El[], i: number, endIsSpace: boolean): boolean {
  for (let j = i + 1; j < els.length; j++) {
    const e = els[j] as El;
    if (e.kind === 'space') return true;
    if (e.kind === 'other' && e.zeroWidth) continue;
    if (e.kind === 'group' && e.look === 'behind') continue;
    if (e.kind === 'group' && e.look === 'ahead') {
      if (startsWithSpace(e.body)) return true;
      continue;
    }
    if (e.kind === 'group' && startsWithSpace(e.body)) {
      if (e.min >= 1) return true;
      continue;
    }
    return false;
  }
  return endIsSpace;
}

// Fewer and longer words pass fewer texts: a word start matches more than a word, a short word is common.
const weight = (w: string) => (w.length <= 3 ? 3 : 1);
const cost = (t: Triggers) => t.exact.reduce((n, w) => n + weight(w), 0) + t.prefix.reduce((n, p) => n + 4 * weight(p), 0);

/** Triggers of one alternative: the cheapest required word or alternation found in it. */
function sequence(src: string, spaceBefore: boolean, spaceAfter: boolean): Triggers | null {
  const els = elements(src);
  if (!els) return null;
  let best: Triggers | null = null;
  let afterSpace = spaceBefore;
  els.forEach((e, i) => {
    let found: Triggers | null = null;
    if (e.kind === 'word' && afterSpace) found = spaceNext(els, i, spaceAfter) ? { exact: [e.text], prefix: [] } : { exact: [], prefix: [e.text] };
    else if (e.kind === 'group' && !e.look && e.min >= 1 && e.max === 1) found = pattern(e.body, afterSpace, spaceNext(els, i, spaceAfter));
    if (found && (!best || cost(found) < cost(best))) best = found;
    if (e.kind === 'space') afterSpace = true;
    else if (!(e.kind === 'group' && e.look) && !(e.kind === 'other' && e.zeroWidth)) afterSpace = false;
  });
  return best;
}

function pattern(src: string, spaceBefore: boolean, spaceAfter: boolean): Triggers | null {
  const all: Triggers = { exact: [], prefix: [] };
  for (const alt of alternatives(src)) {
    const t = sequence(alt, spaceBefore, spaceAfter);
    if (!t) return null;
    all.exact.push(...t.exact);
    all.prefix.push(...t.prefix);
  }
  return { exact: [...new Set(all.exact)], prefix: [...new Set(all.prefix)] };
}

/** The words one of which every match of `re` contains, or null when none can be read from it. */
export function triggersOf(re: RegExp): Triggers | null {
  if (/[iy]/.test(re.flags)) return null;
  return pattern(re.source, false, false);
}

// Every gated rule's triggers, indexed by word: a text is read once (its words looked up here) and
// each of its rules' gates is then one array read. Rules are numbered as they are gated.
const EXACT = new Map<string, number[]>();
const PREFIX = new Map<string, number[]>();
const PREFIX_LENGTHS = new Set<number>();
let rules = 0;

function register(t: Triggers): number {
  const id = rules++;
  const add = (map: Map<string, number[]>, w: string) => {
    const ids = map.get(w);
    if (ids) ids.push(id);
    else map.set(w, [id]);
  };
  for (const w of t.exact) add(EXACT, w);
  for (const p of t.prefix) {
    add(PREFIX, p);
    PREFIX_LENGTHS.add(p.length);
  }
  return id;
}

/** Which rules a text may match: those with a trigger among its words. */
function openRules(s: string): Uint8Array {
  const open = new Uint8Array(rules);
  const lengths = [...PREFIX_LENGTHS];
  for (const word of s.split(' ')) {
    const exact = EXACT.get(word);
    if (exact) for (const id of exact) open[id] = 1;
    for (const n of lengths) {
      if (n > word.length) continue;
      const ids = PREFIX.get(word.slice(0, n));
      if (ids) for (const id of ids) open[id] = 1;
    }
  }
  return open;
}

// The last few texts read (a reading is tested by dozens of rules in a row).
const recent = new Map<string, Uint8Array>();
function mayMatchId(id: number, s: string): boolean {
  let open = recent.get(s);
  if (!open || open.length <= id) {
    open = openRules(s);
    if (recent.size >= 16) recent.clear();
    recent.set(s, open);
  }
  return open[id] === 1;
}

/** A rule: its regular expression's test, or that test after a gate. */
export type Rule = { test(s: string): boolean; readonly source: string };

type Gate = { triggers: Triggers; mayMatch(s: string): boolean };
const GATED = new Map<RegExp, Gate>();
/** Every gated rule with its triggers and gate (for the test that a gate never hides a match). */
export const gatedRules = (): ReadonlyMap<RegExp, Gate> => GATED;

/** Each rule gated (see gated). */
export const gatedAll = (rules: Rule[]): Rule[] => rules.map(gated);

/** The rule with a test that first asks whether the text holds one of its trigger words; the rule
 *  itself when it has none, or is global or sticky (test() moves their lastIndex). The regular
 *  expression is left as it is: an own property on it would push V8 off its fast path. */
export function gated(re: Rule): Rule {
  if (!(re instanceof RegExp) || re.global || re.sticky) return re;
  const t = triggersOf(re);
  if (!t) return re;
  const id = register(t);
  GATED.set(re, { triggers: t, mayMatch: (s) => mayMatchId(id, s) });
  return { source: re.source, test: (s: string) => mayMatchId(id, s) && re.test(s) };
}
