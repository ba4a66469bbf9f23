// A cheap necessary test before a rule's regular expression, read from the rule's own source: which
// literal parts every match must contain, as a formula of words (all of a sequence's, one of an
// alternation's): ` (?:told|gave) (?:\w+ ){0,4}(?:password|pin)` needs `told` or `gave`, and a word
// starting with `password` or the word `pin`. A text's words are looked up once (each word's answer
// remembered), and a rule whose formula the text fails cannot match: its costly scan is skipped and the
// answer is the rule's own either way. A rule's answer for a text is remembered too (the same reading is
// asked by several callers). Rules stay as written: the rule files pass them through gated() /
// gatedAll() once, when the module loads.

type El =
  | { kind: 'space' }
  | { kind: 'word'; text: string }
  | { kind: 'group'; body: string; look: 'ahead' | 'behind' | null; min: number; max: number }
  | { kind: 'other'; zeroWidth: boolean; min: number };

const WORD_CHAR = /[a-z0-9]/;

/** A reading of a pattern's text, remembered while the rules are read (the same parts are read again
 *  for each enclosing part); forgotten once texts are read (see built). */
const readings: Map<string, unknown>[] = [];
function remembered<T>(read: (src: string) => T): (src: string) => T {
  const known = new Map<string, T>();
  readings.push(known);
  return (src) => {
    if (!known.has(src)) known.set(src, read(src));
    return known.get(src) as T;
  };
}

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
const elements = remembered((src: string): El[] | null => {
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
      if (c === '\\') {
        const e = src[i + 1];
        // \p{…} \u{…}, \k<name>, \xHH, \uHHHH, \cX: none of their characters is a literal of the text.
        if (/^\\[pPu]\{/.test(src.slice(i, i + 3))) j = src.indexOf('}', i) + 1;
        else if (e === 'k' && src[i + 2] === '<') j = src.indexOf('>', i) + 1;
        else j = i + (e === 'x' ? 4 : e === 'u' ? 6 : e === 'c' ? 3 : 2);
      } else if (c === '[') {
        while (j < src.length && src[j] !== ']') if (src[j++] === '\\') j++;
        j++;
      } else if (c === '|' || c === ')' || c === '{') return null;
      const [min, , n] = quantifier(src, j);
      out.push({ kind: 'other', zeroWidth: c === '^' || c === '$' || (c === '\\' && /[bB]/.test(src[i + 1] ?? '')), min });
      i = j + n;
    }
  }
  return out;
});

/** The top-level alternatives of a pattern. */
const alternatives = remembered((src: string): string[] => {
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
});

/** Whether every match of the pattern starts with a space. */
const startsWithSpace = remembered((src: string): boolean => {
  return alternatives(src).every((alt) => {
    const els = elements(alt);
    return els?.[0]?.kind === 'space' || (els?.[0]?.kind === 'group' && els[0].min >= 1 && !els[0].look && startsWithSpace(els[0].body));
  });
});

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

/** Whether every match of the pattern ends with a space. */
const endsWithSpace = remembered((src: string): boolean => {
  return alternatives(src).every((alt) => {
    const els = elements(alt);
    if (!els) return false;
    let j = els.length - 1;
    while (
      j >= 0 &&
      ((els[j]!.kind === 'other' && (els[j] as { zeroWidth: boolean }).zeroWidth) || (els[j]!.kind === 'group' && (els[j] as { look: unknown }).look))
    )
      j--;
    const last = els[j];
    return last?.kind === 'space' || (last?.kind === 'group' && last.min >= 1 && !last.look && endsWithSpace(last.body));
  });
});

/** Where a literal must stand in a word of the text: the whole word, its start, its end, or anywhere in it. */
export type Place = 'word' | 'start' | 'end' | 'inside';
/** What every match needs: a literal in a word, all of several, one of several, or nothing known. */
export type Need = { place: Place; text: string } | { all: Need[] } | { one: Need[] } | true;

const keys = new WeakMap<object, string>();
/** A need as a short text, each node's remembered (the formulas are built once, bottom up). */
function keyOf(n: Need): string {
  if (n === true) return 'true';
  if ('place' in n) return `${n.place}:${n.text}`;
  let key = keys.get(n);
  if (key === undefined) {
    key = 'all' in n ? `(&${n.all.map(keyOf).join(',')})` : `(|${n.one.map(keyOf).join(',')})`;
    keys.set(n, key);
  }
  return key;
}
/** Distinct needs (a formula counts each child once). */
const distinct = (needs: Need[]): Need[] => [...new Map(needs.map((n) => [keyOf(n), n])).values()];
const all = (needs: Need[]): Need => {
  const out: Need[] = [];
  for (const n of needs) if (n !== true) out.push(...('all' in n ? n.all : [n]));
  const parts = distinct(out);
  return parts.length === 0 ? true : parts.length === 1 ? parts[0]! : { all: parts };
};
const one = (needs: Need[]): Need => {
  const out: Need[] = [];
  for (const n of needs) {
    if (n === true) return true;
    out.push(...('one' in n ? n.one : [n]));
  }
  const parts = distinct(out);
  return parts.length === 1 ? parts[0]! : { one: parts };
};

/** What every match of one alternative needs: each literal word and each required group in it. */
function sequence(src: string, spaceBefore: boolean, spaceAfter: boolean): Need {
  const els = elements(src);
  if (!els) return true;
  const needs: Need[] = [];
  let afterSpace = spaceBefore;
  els.forEach((e, i) => {
    if (e.kind === 'word') {
      const next = spaceNext(els, i, spaceAfter);
      needs.push({ place: afterSpace ? (next ? 'word' : 'start') : next ? 'end' : 'inside', text: e.text });
    } else if (e.kind === 'group' && e.look !== 'behind' && e.min >= 1 && (e.max === 1 || e.look === 'ahead')) {
      // A lookahead's text is in the text too (what follows it is not known: no space assumed after it).
      needs.push(pattern(e.body, afterSpace, e.look === 'ahead' ? false : spaceNext(els, i, spaceAfter)));
    }
    if (e.kind === 'space') afterSpace = true;
    else if (e.kind === 'group' && !e.look && e.min === 0) afterSpace = afterSpace && endsWithSpace(e.body);
    else if (e.kind === 'group' && !e.look) afterSpace = endsWithSpace(e.body);
    else if (!(e.kind === 'group' && e.look) && !(e.kind === 'other' && e.zeroWidth)) afterSpace = false;
  });
  return all(needs);
}

function pattern(src: string, spaceBefore: boolean, spaceAfter: boolean): Need {
  return one(alternatives(src).map((alt) => sequence(alt, spaceBefore, spaceAfter)));
}

/** What every match of `re` needs, or true when nothing can be read from it. */
export function needOf(re: RegExp): Need {
  // Case-blind, sticky and set-notation (v) patterns are not read.
  if (/[iyv]/.test(re.flags)) return true;
  return pattern(re.source, false, false);
}

// Every literal of every gated rule, by where it stands; a word of a text is looked up once (its
// literals remembered, bounded) and a text's literals marked before a formula is read.
const LITERALS = new Map<string, number>();
const BY_PLACE = { word: new Map<string, number[]>(), start: new Map<string, number[]>(), end: new Map<string, number[]>() };
const START_LENGTHS = new Set<number>();
const END_LENGTHS = new Set<number>();
/** Literals anywhere in a word, by their first two characters (one-character ones apart). */
const INSIDE = new Map<string, [string, number][]>();
const INSIDE_ONE: [string, number][] = [];

function literal(place: Place, text: string): number {
  const key = `${place}:${text}`;
  let id = LITERALS.get(key);
  if (id !== undefined) return id;
  id = LITERALS.size;
  LITERALS.set(key, id);
  if (place === 'inside' && text.length === 1) INSIDE_ONE.push([text, id]);
  else if (place === 'inside') {
    const head = text.slice(0, 2);
    const list = INSIDE.get(head);
    if (list) list.push([text, id]);
    else INSIDE.set(head, [[text, id]]);
  } else {
    const map = BY_PLACE[place];
    const ids = map.get(text);
    if (ids) ids.push(id);
    else map.set(text, [id]);
    if (place === 'start') START_LENGTHS.add(text.length);
    if (place === 'end') END_LENGTHS.add(text.length);
  }
  words.clear();
  return id;
}

/** The literals a word of a text holds (remembered: words repeat from text to text). */
const words = new Map<string, Int32Array>();
const NONE = new Int32Array(0);
function literalsOf(word: string): Int32Array {
  let ids = words.get(word);
  if (ids) return ids;
  const found: number[] = [];
  const add = (list: number[] | undefined) => {
    if (list) for (const id of list) found.push(id);
  };
  add(BY_PLACE.word.get(word));
  for (const n of START_LENGTHS) if (n <= word.length) add(BY_PLACE.start.get(word.slice(0, n)));
  for (const n of END_LENGTHS) if (n <= word.length) add(BY_PLACE.end.get(word.slice(word.length - n)));
  for (const [text, id] of INSIDE_ONE) if (word.includes(text)) found.push(id);
  for (let i = 0; i + 1 < word.length; i++) {
    const list = INSIDE.get(word.slice(i, i + 2));
    if (list) for (const [text, id] of list) if (word.startsWith(text, i) && !found.includes(id)) found.push(id);
  }
  ids = found.length ? Int32Array.from(found) : NONE;
  if (words.size >= 50_000) words.clear();
  words.set(word, ids);
  return ids;
}

// The formulas as a graph read from the bottom: a text's literals satisfy their parents, a node
// of `all` when every child is, of `one` when any is; a rule's root satisfied opens the rule. The work
// per text follows the literals it holds, not the size of the formulas.
const NEED: number[] = [];
const PARENTS: number[][] = [];
const LITERAL_PARENTS: number[][] = [];
const RULE_OF: number[] = [];

function node(need: number, rule: number): number {
  NEED.push(need);
  PARENTS.push([]);
  RULE_OF.push(rule);
  return NEED.length - 1;
}
// Words in most messages: asking for them beside a rarer word of the same sequence lets hardly fewer
// texts through and costs work on every text (they stay where they are the only word asked).
const COMMON = new Set(
  `ik je jij u we wij ze zij hij het de een en is niet in op van te dat die dit mijn zijn er met voor aan maar ook nog
  al meer kan ben heb heeft was geen haar hem me mij om als dan wat of bij naar uit zo
  i you he she we they it the a an and is not in on of to my me his her for at can am are be have has was will
  do no so that this with but as if or just`
    .split(/\s+/)
    .filter((w) => w !== ''),
);
const common = (n: Need) => n !== true && 'place' in n && n.place === 'word' && COMMON.has(n.text);
/** An `all` without its common words when a rarer one is left. */
const sparing = (parts: Need[]) => (parts.some((p) => !common(p)) ? parts.filter((p) => !common(p)) : parts);

function link(child: Need, parent: number) {
  if (child === true) return;
  if ('place' in child) {
    const id = literal(child.place, child.text);
    (LITERAL_PARENTS[id] ??= []).push(parent);
    return;
  }
  const parts = 'all' in child ? sparing(child.all) : child.one;
  const n = node('all' in child ? parts.length : 1, -1);
  PARENTS[n]!.push(parent);
  for (const part of parts) link(part, n);
}
/** The rule's formula added to the graph, under a root of its own. */
function addFormula(need: Need, rule: number) {
  link(need, node(1, rule));
}

/** The graph in flat arrays (built when first read after rules were added): each node's parents, and
 *  each literal's, as ranges of one list. */
let graph: {
  need: Int32Array;
  rule: Int32Array;
  from: Int32Array;
  parents: Int32Array;
  literalFrom: Int32Array;
  literalParents: Int32Array;
  count: Int32Array;
  stamp: Uint32Array;
  seen: Uint32Array;
  stack: Int32Array;
} | null = null;
let round = 0;

function flat(lists: number[][], n: number): [Int32Array, Int32Array] {
  const from = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) from[i + 1] = from[i]! + (lists[i]?.length ?? 0);
  const all = new Int32Array(from[n]!);
  for (let i = 0; i < n; i++) all.set(lists[i] ?? [], from[i]!);
  return [from, all];
}

function built() {
  if (graph && graph.need.length === NEED.length && graph.literalFrom.length === LITERALS.size + 1) return graph;
  for (const known of readings) known.clear();
  const [from, parents] = flat(PARENTS, NEED.length);
  const [literalFrom, literalParents] = flat(LITERAL_PARENTS, LITERALS.size);
  round = 0;
  graph = {
    need: Int32Array.from(NEED),
    rule: Int32Array.from(RULE_OF),
    from,
    parents,
    literalFrom,
    literalParents,
    count: new Int32Array(NEED.length),
    stamp: new Uint32Array(NEED.length),
    seen: new Uint32Array(LITERALS.size),
    stack: new Int32Array(parents.length + literalParents.length + 1),
  };
  return graph;
}

/** Opens the rules whose formula the first n literals satisfy (`OPEN[at + rule] = 1`). */
function openRules(literals: Int32Array, n: number, at: number) {
  const g = built();
  const { need, rule, from, parents, literalFrom, literalParents, count, stamp, seen, stack } = g;
  if (++round === 0xffffffff) {
    stamp.fill(0);
    seen.fill(0);
    round = 1;
  }
  for (let l = 0; l < n; l++) {
    const id = literals[l]!;
    if (seen[id] === round) continue;
    seen[id] = round;
    // Every node is pushed at most once per child satisfied: the stack never outgrows the edges.
    let top = 0;
    for (let j = literalFrom[id]!; j < literalFrom[id + 1]!; j++) stack[top++] = literalParents[j]!;
    while (top > 0) {
      const n = stack[--top]!;
      if (stamp[n] !== round) {
        stamp[n] = round;
        count[n] = 0;
      }
      // Past need[n]: satisfied already (its parents were told once).
      if (++count[n]! !== need[n]) continue;
      const r = rule[n]!;
      if (r >= 0) OPEN[at + r] = 1;
      for (let j = from[n]!; j < from[n + 1]!; j++) stack[top++] = parents[j]!;
    }
  }
}

/** A text as the gates read it, as offsets into two slabs of one byte per rule: `open` (OPEN), 1 when
 *  the rule's formula holds (it may match), shared by every text with the same words and never written
 *  once built; `answers` (ANSWERS, -1 until a rule is first tested on this very text), 1 tested: no
 *  match, 2 tested: a match (most texts open a few rules of hundreds: no copy of the rules' bytes per
 *  text read). The slabs are cut anew after TEXTS texts: a typed array of its own per text is memory
 *  outside the heap, which the collector has to track and free. */
type TextState = { open: number; answers: number };
let rules = 0;
/** Rules whose formula is true (nothing read from the source): open for every text. */
const ALWAYS: number[] = [];
const TEXTS = 32;
let OPEN = new Uint8Array(0);
let ANSWERS = new Uint8Array(0);
/** Rules when the slabs were cut (rules added since: every text is read again), and bytes used. */
let slabRules = -1;
let openUsed = 0;
let answersUsed = 0;

/** The text without spaces at its ends: texts that differ only there hold the same words, so the
 *  same rules are open for them (their answers may differ and are kept apart). */
function core(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) === 32) a++;
  while (b > a && s.charCodeAt(b - 1) === 32) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}
const opened = new Map<string, number>();
/** The literals of the text being read (grown as needed). */
let found = new Int32Array(256);

function stateOf(s: string): TextState {
  const key = core(s);
  let open = opened.get(key);
  if (open === undefined) {
    let n = 0;
    let start = 0;
    // The words between single spaces, without an array of them.
    while (start <= key.length) {
      let end = key.indexOf(' ', start);
      if (end < 0) end = key.length;
      if (end > start) {
        const ids = literalsOf(key.slice(start, end));
        if (n + ids.length > found.length) {
          const grown = new Int32Array(Math.max(found.length * 2, n + ids.length));
          grown.set(found.subarray(0, n));
          found = grown;
        }
        found.set(ids, n);
        n += ids.length;
      }
      start = end + 1;
    }
    open = openUsed;
    openUsed += rules;
    OPEN.fill(0, open, open + rules);
    for (const id of ALWAYS) OPEN[open + id] = 1;
    openRules(found, n, open);
    opened.set(key, open);
  }
  return { open, answers: -1 };
}

// The last few texts read (a reading is tested by dozens of rules in a row, and asked again later).
const recent = new Map<string, TextState>();
let lastText: string | null = null;
let lastState: TextState | null = null;

/** Every text forgotten and the slabs free again (cut anew when rules were added). */
function forget() {
  opened.clear();
  recent.clear();
  lastText = null;
  lastState = null;
  openUsed = 0;
  answersUsed = 0;
  if (slabRules !== rules) {
    OPEN = new Uint8Array(TEXTS * rules);
    ANSWERS = new Uint8Array(TEXTS * rules);
    slabRules = rules;
  }
}

function recall(s: string): TextState {
  if (slabRules !== rules) forget();
  if (s === lastText) return lastState!;
  let state = recent.get(s);
  if (!state) {
    // recent holds every text opened was asked for: at TEXTS both slabs may be full.
    if (recent.size >= TEXTS) forget();
    state = stateOf(s);
    recent.set(s, state);
  }
  lastText = s;
  lastState = state;
  return state;
}

/** A rule: its regular expression's test, or that test after a gate. */
export type Rule = { test(s: string): boolean; readonly source: string };

type Gate = { need: Need; mayMatch(s: string): boolean };
const GATED = new Map<RegExp, Gate>();
/** Every gated rule with what it needs and its gate (for the test that a gate never hides a match). */
export const gatedRules = (): ReadonlyMap<RegExp, Gate> => GATED;

/** Each rule gated (see gated). */
export const gatedAll = (rules: Rule[]): Rule[] => rules.map(gated);

/** The rule with a test that first asks whether the text holds what every match needs, and remembers
 *  its answer per text; the rule itself when it is global or sticky (test() moves their lastIndex).
 *  The regular expression is left as it is: an own property on it would push V8 off its fast path. */
export function gated(re: Rule): Rule {
  if (!(re instanceof RegExp) || re.global || re.sticky) return re;
  const need = needOf(re);
  const id = rules++;
  if (need === true) ALWAYS.push(id);
  else addFormula(need, id);
  GATED.set(re, { need, mayMatch: (s) => OPEN[recall(s).open + id] !== 0 });
  return {
    source: re.source,
    test(s: string) {
      const state = recall(s);
      if (OPEN[state.open + id] === 0) return false;
      if (state.answers < 0) {
        state.answers = answersUsed;
        answersUsed += rules;
        ANSWERS.fill(0, state.answers, answersUsed);
      }
      const known = ANSWERS[state.answers + id]!;
      if (known !== 0) return known === 2;
      const yes = re.test(s);
      ANSWERS[state.answers + id] = yes ? 2 : 1;
      return yes;
    },
  };
}
