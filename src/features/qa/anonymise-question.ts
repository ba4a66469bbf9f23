// A question as the summary of a Q&A hour may repeat it: without the asker's name or handle,
// without any @mention, link, hashtag or e-mail, without the people the guard's person detection
// finds, and without the identifiers it finds (phone, address, postcode, date of birth, BSN …).
// Pure: no I/O.
import { ScanContext } from '../../guard/context';
import { normaliseForGuard } from '../../guard/normalise';
import { IDENTIFIER_RULES, scanText } from '../../guard/scan-text';
import type { Lang } from '../../guard/types';

// A cut-out part, until the spacing is tidied (a private-use character no text brings).
const CUT = '\uE000';
const IDENTIFIER_RULE_IDS = new Set<string>(IDENTIFIER_RULES);
// Parts of a name or handle that are ordinary words elsewhere (a tussenvoegsel, a handle's domain).
const NOT_A_NAME = new Set(['van', 'der', 'den', 'ter', 'ten', 'het', 'bsky', 'social', 'test', 'com', 'www']);
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function cutSpans(text: string, spans: { start: number; end: number }[]): string {
  let out = text;
  for (const s of [...spans].sort((a, b) => b.start - a.start)) {
    if (s.end > s.start) out = `${out.slice(0, s.start)}${CUT}${out.slice(s.end)}`;
  }
  return out;
}

/** The question's text with every personal part taken out (null when nothing is left to say). */
export function personalPartsRemoved(text: string, asker: { handle: string; name: string | null }): string | null {
  let t = normaliseForGuard(text).text;
  t = t
    .replace(/https?:\/\/\S+|www\.\S+/giu, CUT)
    .replace(/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu, CUT)
    .replace(/(^|[^\p{L}\p{N}_])[@#][\p{L}\p{N}_.:-]*[\p{L}\p{N}_]/gu, `$1${CUT}`);
  // The people the guard recognises, then the asker's full name as written, then the parts of the
  // asker's name and handle however written (a lower-case first name escapes the person detection).
  // (The person detection reads the text before anything else is cut: "Piet Bakker" is one name, "Bakker" alone may not be.)
  t = cutSpans(t, new ScanContext(t, { kind: 'post' }).persons);
  const fullName = asker.name?.trim();
  if (fullName && fullName.length >= 3) t = t.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(fullName)}(?![\\p{L}\\p{N}])`, 'giu'), CUT);
  const own = [...(fullName ?? '').split(/[\s,]+/), ...asker.handle.split(/[@.]/)].filter((w) => w.length >= 3 && !NOT_A_NAME.has(w.toLowerCase()));
  for (const w of own) t = t.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(w)}(?![\\p{L}\\p{N}])`, 'giu'), CUT);
  // And the identifiers it finds.
  t = cutSpans(
    t,
    scanText(t, { kind: 'post' }).findings.filter((f) => IDENTIFIER_RULE_IDS.has(f.rule)),
  );
  // An age and a home town say who it is as much as a name: "(71) uit Ede", "84-jarige", "72 years old".
  t = t
    .replace(/\(\s*\d{1,3}\s*(?:jaar|jr|years?)?\s*\)|\b\d{1,3}[- ]?(?:jarige?|jaar oud|years? old|year-old)\b/giu, CUT)
    .replace(/\b(?:uit|te|from)\s+\p{Lu}[\p{L}'-]+/gu, CUT);
  // "Ik ben <name>," / "my name is <name>" leave nothing worth keeping.
  t = t.replace(
    /\b(?:ik ben|ik heet|mijn naam is|hier is|my name is|i am|i'm|this is|hoi|hallo|hi|hey|beste|dear)\s*(?:\uE000\s*)+[,.!:;-]?(?:\s*(?:en|and)\b)?/giu,
    CUT,
  );
  t = t
    .replace(/^[\s\uE000]*(?:hoi|hallo|hi|hey|beste|dear|goedemorgen|goedemiddag|goedenavond)\b[\s,!.\uE000]*/iu, '')
    .replace(/(?:\s*\uE000)+\s*/gu, ' ')
    .replace(/\s+([,.!?;:])/g, '$1')
    .replace(/([,.!?;:])(?=[,.!?;:])/g, '')
    .replace(/\s{2,}/g, ' ')
    .replace(/^[\s,.;:!-]+/u, '')
    .trim();
  return /[\p{L}]{2,}/u.test(t) ? t : null;
}

/** "Een vraag over: …" / "A question about: …", shortened at a word to `max` characters. */
export function questionLine(text: string | null, lang: Lang, max = 120): string {
  const lead = lang === 'en' ? 'A question about' : 'Een vraag over';
  if (!text) return lang === 'en' ? `${lead} a personal situation` : `${lead} een persoonlijke situatie`;
  let body = text;
  if (body.length > max) {
    const cut = body.slice(0, max);
    body = `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,.;:]+$/u, '')}…`;
  }
  return `${lead}: ${body.charAt(0).toLowerCase()}${body.slice(1)}`;
}
