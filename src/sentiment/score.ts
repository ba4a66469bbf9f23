// The scoring engine, after VADER (Hutto & Gilbert 2014) and generalised to Dutch: each sentiment
// word or phrase gets its lexicon valence, shifted by boosters and flipped-and-damped by a negator
// up to three words before it (never across a sentence end or comma), emphasised when in capitals;
// a contrast word halves what precedes it and weighs what follows by 1.5; exclamation marks add
// emphasis; the sum is normalised to -1 … 1 (x / √(x² + 15)). Pure: no I/O after the lexicons load.
import { CARE_TERMS, CIRCUMSTANCES, COMPOUND_HEADS, EMOJI, IRONIC_OPENERS, termOf, THANKS, type Terms } from './care-terms.ts';
import { adjectiveBases, adjectiveEBases } from './dutch-morphology.ts';
import { dutchVerbForms } from './dutch-verbs.ts';
import { emoticons, patternLexicon, stemNl, vaderLexicon } from './lexicons.ts';
import { STOPWORDS_NL } from '../guard/lexicon/common-words.ts';
import { RULES } from './rules.ts';
import { type SentimentLang, type Token, tokenize } from './tokens.ts';

export interface ScoreOptions {
  /** Care-specific words and phrases (care-terms.ts). */
  care: boolean;
  /** Care-message rules: a question's words count half; a negation with nothing to negate is a mild negative cue. */
  careRules: boolean;
  /**
   * A message in the reporting voice — no "ik"/"I", no exclamation mark, no emoji, no strong
   * judgement — is a notice or news: its words count for half (sad news is not a complaint).
   */
  notices?: boolean;
  /** Emoji valences. */
  emoji: boolean;
}

const N_SCALAR = -0.74;
const B_INCR = 0.293;
/** After a negator these make a superlative: "nooit zo", "never so". */
const SO = new Set(['zo', "zo'n", 'zó', 'so', 'such']);
/** Emoji that say the praise around them is meant the other way. */
const IRONY_EMOJI = new Set(['🙃']);
const C_INCR = 0.733;
const ALPHA = 15;
const QUESTION_WEIGHT = 0.5;
const NEGATION_CUE = -1;

interface Phrase {
  words: string[];
  value: number;
  hasNegator: boolean;
}

const phraseCache = new Map<string, Map<string, Phrase[]>>();

/** Multi-word terms indexed by first word, longest first. */
function phrasesFor(lang: SentimentLang, terms: Terms): Map<string, Phrase[]> {
  let index = phraseCache.get(lang);
  if (index) return index;
  index = new Map();
  for (const [term, value] of Object.entries(terms)) {
    const words = term.split(' ');
    if (words.length < 2) continue;
    const list = index.get(words[0]!) ?? [];
    list.push({ words, value, hasNegator: words.some((w) => RULES[lang].negators.has(w)) });
    index.set(words[0]!, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  phraseCache.set(lang, index);
  return index;
}

/**
 * A Dutch compound judged by its last part when that part is one of the care nouns that judge
 * whatever they are joined to: "personeelstekort", "medicatiefouten", "klantvriendelijk". A short
 * list, because most heads mislead ("verpleegkundige" is not "kundige", "ontvangst" not "angst").
 */
function compoundHead(word: string, care: Terms): number | undefined {
  for (const head of COMPOUND_HEADS) if (word.length >= head.length + 3 && word.endsWith(head)) return termOf(care, head);
  return undefined;
}

/** Words' valences already looked up, per options object and language: a word's valence depends only
 *  on the lexicons (loaded once), and the Dutch look-up tries several word forms and a stemmer for each
 *  word (half of the scoring's time). Bounded: dropped when it grows past VALENCES_KEPT words. */
const valences = new WeakMap<ScoreOptions, Record<SentimentLang, Map<string, number | undefined>>>();
const VALENCES_KEPT = 50_000;

function wordValence(word: string, lang: SentimentLang, opts: ScoreOptions): number | undefined {
  let known = valences.get(opts);
  if (!known) valences.set(opts, (known = { nl: new Map(), en: new Map() }));
  const words = known[lang];
  // One lookup for a word with a valence; has() only tells a remembered `undefined` from a new word.
  const had = words.get(word);
  if (had !== undefined || words.has(word)) return had;
  if (words.size >= VALENCES_KEPT) words.clear();
  const valence = lookUpValence(word, lang, opts);
  words.set(word, valence);
  return valence;
}

function lookUpValence(word: string, lang: SentimentLang, opts: ScoreOptions): number | undefined {
  const care = opts.care ? CARE_TERMS[lang] : undefined;
  const own = care && !word.includes(' ') ? termOf(care, word) : undefined;
  if (own !== undefined) return own;
  if (lang === 'en') return vaderLexicon().get(word);
  if (STOPWORDS_NL.has(word)) return undefined;
  const verb = opts.care ? dutchVerbForms().get(word) : undefined;
  if (verb !== undefined) return verb;
  const pattern = patternLexicon();
  for (const w of [word, ...(opts.care ? adjectiveBases(word) : adjectiveEBases(word))]) {
    const term = care ? termOf(care, w) : undefined;
    if (term !== undefined) return term;
    const v = pattern.get(w) ?? pattern.get(stemNl(w));
    if (v !== undefined) return v;
  }
  return care ? compoundHead(word, care) : undefined;
}

interface Item {
  at: number;
  valence: number;
}

/** Dampeners that, with nothing to dampen, report too little: "krijgt nauwelijks eten", "barely slept". */
const SCARCELY = new Set(['nauwelijks', 'amper', 'hardly', 'barely', 'scarcely']);

const NOTICE_WEIGHT = 0.5;
// "ik"/"I", and one's own relatives by their family names ("mam", "opa", "dad"): a person speaking
const PRIVATE_VOICE = new Set([
  'ik',
  'mij',
  'me',
  'mijn',
  "m'n",
  'mam',
  'mama',
  'pap',
  'papa',
  'pa',
  'ma',
  'oma',
  'opa',
  'i',
  'my',
  "i'm",
  "i've",
  'mine',
  'myself',
  'im',
  'mum',
  'mom',
  'dad',
  'grandma',
  'grandad',
  'granddad',
  'nan',
]);

function reportingVoice(tokens: Token[], items: Item[], lang: SentimentLang): boolean {
  if (tokens.some((t) => t.kind === 'emo' || (t.bangs ?? 0) > 0 || (t.kind === 'word' && PRIVATE_VOICE.has(t.text)))) return false;
  return !items.some((it) => Math.abs(it.valence) >= 2.5 && !CIRCUMSTANCES[lang].has(tokens[it.at]?.text ?? ''));
}

const OPENER_FILLERS = new Set(['hoor', 'zeg', 'nou', 'joh', 'wat', 'een', 'echt', 'weer', 'oh', 'what', 'a', 'just', 'how', 'really', 'so', 'well']);
const REPEATED = new Set(['weer', 'alweer', 'opnieuw', 'again', 'another', 'still']);

/**
 * Sarcasm's commonest shape: a lone word of praise opens ("Geweldig hoor,", "Great,", "Wat een
 * service.") and what follows is a complaint (only negative items, or "weer"/"again" with nothing
 * positive). The praise then counts as a complaint.
 */
function ironicOpener(tokens: Token[], items: Item[], lang: SentimentLang): void {
  const end = tokens.findIndex((t) => t.kind === 'stop' || t.kind === 'comma');
  if (end < 1 || end >= tokens.length - 1) return;
  const opener = tokens.slice(0, end).filter((t) => t.kind === 'word');
  const praise = opener.filter((t) => IRONIC_OPENERS[lang].has(t.text));
  if (praise.length !== 1 || opener.some((t) => !OPENER_FILLERS.has(t.text) && !IRONIC_OPENERS[lang].has(t.text))) return;
  const rest = items.filter((it) => it.at > end);
  // "Geweldig, weer drie uur wachten … top service hoor": praise, then "again" at once: all of it is irony
  const next = tokens.slice(end).find((t) => t.kind === 'word');
  if (next && REPEATED.has(next.text)) {
    for (const it of items) it.valence = -Math.abs(it.valence);
    return;
  }
  const repeated = tokens.slice(end).some((t) => t.kind === 'word' && REPEATED.has(t.text));
  if (rest.some((it) => it.valence > 0)) return;
  if (!repeated && !rest.some((it) => it.valence < 0)) return;
  const at = tokens.indexOf(praise[0]!);
  const before = items.filter((it) => it.at < end);
  const strength = Math.max(1.5, ...before.map((it) => Math.abs(it.valence)));
  for (const it of before) items.splice(items.indexOf(it), 1);
  items.push({ at, valence: -strength });
}

/** In a thank-you, loss and illness are the occasion, not a judgement of the care: they count a quarter. */
function thanksOverCircumstances(tokens: Token[], items: Item[], lang: SentimentLang): void {
  const thanked = items.some((it) => it.valence > 0 && tokens[it.at]?.kind === 'word' && THANKS[lang].has(tokens[it.at]!.text));
  if (!thanked) return;
  for (const it of items) if (it.valence < 0 && CIRCUMSTANCES[lang].has(tokens[it.at]?.text ?? '')) it.valence *= 0.25;
}

export function scoreText(text: string, lang: SentimentLang, opts: ScoreOptions): number {
  const emo = emoticons();
  const tokens = tokenize(text, emo);
  const rules = RULES[lang];
  const phrases = opts.care ? phrasesFor(lang, CARE_TERMS[lang]) : new Map<string, Phrase[]>();
  const words = tokens.filter((t) => t.kind === 'word');
  const capsDiff = words.some((t) => t.caps) && words.some((t) => !t.caps);
  const items: Item[] = [];

  // Negators and boosters within three words before `at`, not across a sentence end or comma.
  const modify = (at: number, base: number, skipNegation: boolean, caps: boolean): number => {
    let v = base;
    if (caps && capsDiff) v += v > 0 ? C_INCR : -C_INCR;
    let seen = 0;
    for (let j = at - 1; j >= 0 && seen < 3; j--) {
      const t = tokens[j]!;
      if (t.kind === 'stop' || t.kind === 'comma') break;
      if (t.kind !== 'word') continue;
      const damp = seen === 0 ? 1 : seen === 1 ? 0.95 : 0.9;
      seen++;
      // "nog nooit zo welkom", "never felt so welcome": praise at its height, not a negation
      const superlative = rules.negators.has(t.text) && tokens.slice(j + 1, Math.min(at, j + 4)).some((u) => SO.has(u.text));
      const boost = superlative ? B_INCR : rules.boosters.get(t.text);
      if (boost !== undefined) v += (v > 0 ? boost : -boost) * damp + (t.caps && capsDiff ? (v > 0 ? C_INCR : -C_INCR) : 0);
      else if (!skipNegation && rules.negators.has(t.text)) v *= N_SCALAR;
    }
    return v;
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'emo') {
      const v = emo.get(t.text) ?? (opts.emoji ? termOf(EMOJI, t.text) : undefined);
      if (v !== undefined) items.push({ at: i, valence: v });
      continue;
    }
    if (t.kind !== 'word') continue;
    const phrase = phrases.get(t.text)?.find((p) => p.words.every((w, k) => tokens[i + k]?.kind === 'word' && tokens[i + k]!.text === w));
    if (phrase) {
      items.push({ at: i, valence: modify(i, phrase.value, phrase.hasNegator, false) });
      i += phrase.words.length - 1;
      continue;
    }
    // A booster in front of a sentiment word only boosts it; on its own ("Super!") it counts itself.
    const next = tokens[i + 1];
    if (rules.boosters.has(t.text) && next?.kind === 'word' && wordValence(next.text, lang, opts) !== undefined) continue;
    if (rules.negators.has(t.text)) continue;
    const v = wordValence(t.text, lang, opts);
    if (v !== undefined && v !== 0) items.push({ at: i, valence: modify(i, v, false, t.caps) });
  }

  // In care messages a negation with nothing to negate mostly reports a failure ("nobody came",
  // "reageert niet", "nog steeds geen afspraak"): a mild negative cue.
  if (opts.careRules) {
    for (let i = 0; i < tokens.length; i++) {
      const w = tokens[i]!;
      if (w.kind !== 'word' || !(rules.negators.has(w.text) || SCARCELY.has(w.text)) || tokens.slice(i + 1, i + 4).some((u) => SO.has(u.text))) continue;
      let negates = false;
      for (let j = i + 1, seen = 0; j < tokens.length && seen < 3; j++) {
        const t = tokens[j]!;
        if (t.kind === 'stop' || t.kind === 'comma') break;
        if (t.kind === 'word') seen++;
        if (items.some((it) => it.at === j)) negates = true;
      }
      if (!negates && !items.some((it) => it.at === i)) items.push({ at: i, valence: NEGATION_CUE });
    }
  }
  if (opts.careRules) {
    if (tokens.some((t) => t.kind === 'emo' && IRONY_EMOJI.has(t.text))) for (const it of items) it.valence = -Math.abs(it.valence);
    ironicOpener(tokens, items, lang);
    thanksOverCircumstances(tokens, items, lang);
  }
  // A question asks rather than judges: its words count for half.
  if (opts.careRules) {
    for (const it of items) {
      const end = tokens.slice(it.at).find((t) => t.kind === 'stop');
      if (end?.text.startsWith('?')) it.valence *= QUESTION_WEIGHT;
    }
  }
  // In a notice, loss and illness are its subject ("een rouwgroep", "a talk about death"): they count nothing.
  if (opts.notices && reportingVoice(tokens, items, lang))
    for (const it of items) it.valence *= CIRCUMSTANCES[lang].has(tokens[it.at]?.text ?? '') ? 0 : NOTICE_WEIGHT;
  const contrastAt = tokens.findIndex((t) => t.kind === 'word' && rules.contrast.has(t.text));
  let sum = 0;
  for (const it of items) sum += contrastAt < 0 ? it.valence : it.at < contrastAt ? it.valence * 0.5 : it.valence * 1.5;
  if (sum !== 0) {
    const bangs = Math.min(
      4,
      tokens.reduce((n, t) => n + (t.bangs ?? 0), 0),
    );
    sum += Math.sign(sum) * bangs * 0.292;
  }
  const score = sum / Math.sqrt(sum * sum + ALPHA);
  return Math.max(-1, Math.min(1, score));
}
