// Syllable counters for readability scores. Dutch needs its own: "ij", long vowels and
// diphthongs are one nucleus, a diaeresis (ë, ï, ü) starts a new one, and "ia", "io", "eo",
// "ua" are two ("ra-di-o", "i-de-aal", "ja-nu-a-ri").

// Character classes by code (Latin-1): 1 = vowel, 2 = vowel with diaeresis.
const CLASS = new Uint8Array(256);
for (const c of 'aeiouyàáâèéêìíîòóôùúû') CLASS[c.charCodeAt(0)] = 1;
for (const c of 'äëïöü') CLASS[c.charCodeAt(0)] = 2;
const A = 97,
  E = 101,
  I = 105,
  O = 111,
  U = 117,
  Y = 121,
  J = 106;

/** Does vowel `c` after vowel `prev` start a new syllable ("ra-di-o", "i-de-aal", "ja-nu-a-ri")? */
function hiatus(prev: number, c: number): boolean {
  if (prev === I) return c === A || c === O || c === U;
  if (prev === E || prev === U) return c === A || c === O;
  if (prev === O) return c === A;
  return false;
}

/** Expects a lower-case word. */
export function countSyllablesNl(w: string): number {
  let count = 0;
  let prev = 0; // previous vowel of the current nucleus; 0 after a consonant, -1 after a diaeresis
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c === J && prev === I) continue; // "ij" is one vowel sound
    const cls = c < 256 ? CLASS[c]! : 0;
    if (cls === 0) {
      prev = 0;
      continue;
    }
    if (cls === 2) {
      count++; // a diaeresis vowel stands alone: "pati-ënt", "re-ü-nie"
      prev = -1;
      continue;
    }
    if (prev <= 0) count++;
    else if (hiatus(prev, c) && !(prev === E && c === A && w.charCodeAt(i + 1) === U)) count++; // not "eau"
    prev = c === Y ? I : c;
  }
  return count > 0 ? count : 1;
}

const isEnVowel = (c: number) => c === A || c === E || c === I || c === O || c === U || c === Y;

/** Expects a lower-case word. Vowel groups, minus a silent final "e" / "es" / "ed". */
export function countSyllablesEn(w: string): number {
  let n = w.length;
  while (n > 0 && (w.charCodeAt(n - 1) < A || w.charCodeAt(n - 1) > 122)) n--; // trailing 's etc.
  if (n <= 3) return 1;
  let count = 0;
  let inVowel = false;
  for (let i = 0; i < n; i++) {
    const c = w.charCodeAt(i);
    const v = isEnVowel(c) && !(i === 0 && c === Y);
    if (v && !inVowel) count++;
    inVowel = v;
  }
  const last = w.charCodeAt(n - 1);
  const prev = w.charCodeAt(n - 2);
  const before = w.charCodeAt(n - 3);
  // "make", "names", "hoped" lose a syllable; "table", "needed", "wishes" keep it.
  if (last === E && !isEnVowel(prev) && prev !== 108 /* l */) count--;
  else if (
    (last === 115 /* s */ || last === 100) /* d */ &&
    prev === E &&
    !isEnVowel(before) &&
    before !== 108 &&
    before !== 116 /* t */ &&
    before !== 100 &&
    before !== 115 &&
    before !== 104 /* h */ &&
    before !== 99 /* c */ &&
    before !== 103 /* g */ &&
    before !== 120 /* x */ &&
    before !== 122 /* z */
  )
    count--;
  return count > 0 ? count : 1;
}

/** Flesch-Douma (Dutch) or Flesch Reading Ease (English); higher is easier, ≥ 60 is about B1. */
export function readingEase(lang: 'nl' | 'en', words: number, sentences: number, syllables: number): number {
  const wps = words / Math.max(1, sentences);
  const spw = syllables / Math.max(1, words);
  return lang === 'nl' ? 206.835 - 0.93 * wps - 77 * spw : 206.835 - 1.015 * wps - 84.6 * spw;
}
