// Listening queries matched on our side (pure): a network's search is only a first filter (the
// local Bluesky AppView's is a case-sensitive substring match), so every found item is matched
// again here with one normalisation: case, diacritics ("cliënt" = "client"), hashtags with and
// without "#", whole words only ("zorg" does not match "zorgverzekeraar"; "zorg*" does).
import { createHash } from 'node:crypto';

export type QueryLang = 'nl' | 'en';

export interface ListeningQuery {
  /** Any of these words (a trailing * matches the start of a word). */
  keywords: string[];
  /** Word sequences, in order. */
  phrases: string[];
  /** With or without "#": matches the hashtag and the plain word. */
  hashtags: string[];
  /** Handles with "@": "@zorggroep" also matches "@zorggroep.bsky.social" and "@zorggroep@zorg.social". */
  mentions: string[];
  /** The organisation's names: matched as phrases and as one run-together word ("#ZorggroepRivierenland"). */
  orgNames: string[];
  /** An item with any of these words or phrases is left out. */
  exclude: string[];
  /** Only items in these languages; empty: all. */
  languages: QueryLang[];
}

export const emptyQuery = (): ListeningQuery => ({ keywords: [], phrases: [], hashtags: [], mentions: [], orgNames: [], exclude: [], languages: [] });

/** Lowercase, without diacritics, one kind of apostrophe. */
export function normalise(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘`]/g, "'");
}

interface Tokens {
  words: string[];
  mentions: string[];
}

const TOKEN_RE = /@[\p{L}\p{N}_.-]+(?:@[\p{L}\p{N}_.-]+)?|#?[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu;

function tokens(text: string): Tokens {
  const words: string[] = [];
  const mentions: string[] = [];
  for (const [m] of normalise(text).matchAll(TOKEN_RE)) {
    if (m.startsWith('@')) mentions.push(m.replace(/[.-]+$/, ''));
    else words.push(m.replace(/^#/, ''));
  }
  return { words, mentions };
}

const wordsOf = (s: string) => tokens(s).words;

function hasSequence(words: readonly string[], seq: readonly string[]): boolean {
  if (seq.length === 0) return false;
  outer: for (let i = 0; i + seq.length <= words.length; i++) {
    for (let k = 0; k < seq.length; k++) {
      const want = seq[k]!;
      const got = words[i + k]!;
      if (want.endsWith('*') ? !got.startsWith(want.slice(0, -1)) : got !== want) continue outer;
    }
    return true;
  }
  return false;
}

function mentionMatches(have: string, want: string): boolean {
  return have === want || have.startsWith(`${want}.`) || have.startsWith(`${want}@`);
}

export interface MatchResult {
  matched: boolean;
  /** The query terms found, as written in the query. */
  terms: string[];
  /** Why an item with matching terms was left out. */
  excludedBy?: string;
}

/**
 * Does an item match? `lang` is the item's language when the source says or it was detected;
 * with a language filter, an item of unknown language is left out (said, not guessed).
 */
export function matchQuery(query: ListeningQuery, item: { text: string; lang?: QueryLang | null }): MatchResult {
  const { words, mentions } = tokens(item.text);
  const terms: string[] = [];
  for (const k of query.keywords)
    if (
      hasSequence(
        words,
        wordsOf(k).map((w, i, a) => (i === a.length - 1 && k.trim().endsWith('*') ? `${w}*` : w)),
      )
    )
      terms.push(k);
  for (const p of query.phrases) if (hasSequence(words, wordsOf(p))) terms.push(p);
  for (const h of query.hashtags) if (hasSequence(words, wordsOf(h.replace(/^#/, '')))) terms.push(h);
  for (const m of query.mentions) {
    const want = normalise(m.startsWith('@') ? m : `@${m}`);
    if (mentions.some((have) => mentionMatches(have, want))) terms.push(m);
  }
  for (const o of query.orgNames) {
    const seq = wordsOf(o);
    if (hasSequence(words, seq) || (seq.length > 1 && words.includes(seq.join('')))) terms.push(o);
  }
  if (terms.length === 0) return { matched: false, terms };
  for (const x of query.exclude) {
    const seq = wordsOf(x.replace(/^-/, ''));
    if (hasSequence(words, seq) || (seq.length > 1 && words.includes(seq.join('')))) return { matched: false, terms, excludedBy: x };
  }
  if (query.languages.length > 0 && (!item.lang || !query.languages.includes(item.lang)))
    return { matched: false, terms, excludedBy: `lang:${item.lang ?? 'unknown'}` };
  return { matched: true, terms };
}

/**
 * A query from one line as people type it: words, "quoted phrases", #hashtags, @mentions,
 * -exclusions (a word or a "phrase"), lang:nl / lang:en, and org:"Name" for the organisation's names.
 */
export function parseQuery(text: string): ListeningQuery {
  const q = emptyQuery();
  for (const m of text.matchAll(/(-?)(org:|lang:)?(?:"([^"]*)"|(\S+))/g)) {
    const [, neg, prefix, quoted, bare] = m;
    const value = (quoted ?? bare ?? '').trim();
    if (!value) continue;
    if (neg) q.exclude.push(value);
    else if (prefix === 'lang:') {
      for (const l of value.split(',')) if ((l === 'nl' || l === 'en') && !q.languages.includes(l)) q.languages.push(l);
    } else if (prefix === 'org:') q.orgNames.push(value);
    else if (quoted !== undefined) q.phrases.push(value);
    else if (value.startsWith('#')) q.hashtags.push(value);
    else if (value.startsWith('@')) q.mentions.push(value);
    else q.keywords.push(value);
  }
  return q;
}

/** A URL as a key: lowercase host, no fragment, no tracking parameters, no trailing slash, https. */
export function normaliseUrl(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  u.protocol = 'https:';
  u.hash = '';
  for (const k of [...u.searchParams.keys()]) if (/^(utm_|fbclid$|gclid$|mc_|ref$)/i.test(k)) u.searchParams.delete(k);
  u.searchParams.sort();
  const path = u.pathname.replace(/\/+$/, '');
  return `https://${u.host.toLowerCase().replace(/^www\./, '')}${path}${u.search}`;
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 32);

/**
 * Keys under which a found item is the same as another, across sources: its URL, and its text
 * with its author. Two items are duplicates when they share any key (store each key once).
 */
export function dedupeKeys(item: { text: string; author?: string | null; url?: string | null }): string[] {
  const keys: string[] = [];
  const url = item.url ? normaliseUrl(item.url) : null;
  if (url) keys.push(`url:${sha(url)}`);
  const text = normalise(item.text).replace(/\s+/g, ' ').trim();
  if (text && item.author) keys.push(`text:${sha(`${normalise(item.author).replace(/^@/, '').trim()}\n${text}`)}`);
  return keys;
}

/** The items without duplicates (the first of each group stays, in order). */
export function dedupe<T extends { text: string; author?: string | null; url?: string | null }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const it of items) {
    const keys = dedupeKeys(it);
    if (keys.some((k) => seen.has(k))) continue;
    for (const k of keys) seen.add(k);
    out.push(it);
  }
  return out;
}
