// Scores the guard and two npm alternatives on each held-out set separately: block recall,
// false-block rate and F2 of the block verdict (all, Dutch, English) and recall per entity type.
// Held-out sets: the corpus holdout (eval/guard/corpus.jsonl, split "holdout") and, when present,
// the independently written eval/guard/situations.jsonl. The dev split is printed last, labelled
// as tuning data. Only aggregate figures are printed, never a text.
// Run: npm run eval:guard            (figures)
//      npm run eval:guard -- --check (also exit 1 when a held-out set misses a target)
//      npm run eval:guard -- --dev   (the dev split only, zorgpost only: for tuning, never reads a held-out set)
//      npm run eval:guard -- --dev-situations (the development situations, nl and the second nl+en set, zorgpost only: tuning data)
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scanText } from '../../src/guard/scan-text.ts';
import type { GuardResult } from '../../src/guard/types.ts';
import { type Detection, openRedaction, redactPii, type System } from './alternatives.ts';
import { DEV2_OVERLAP } from './dev-situations-2-overlap.ts';
import type { CorpusRecord } from './generate-corpus.ts';

export const TARGETS = { blockRecall: 0.95, falseBlock: 0.05 };

const TYPE_ORDER = [
  'BSN',
  'SSN',
  'NHS_NUMBER',
  'PATIENT_NUMBER',
  'IBAN',
  'PHONE',
  'EMAIL',
  'POSTCODE_ADDRESS',
  'DATE_OF_BIRTH',
  'PERSON_HEALTH',
  'PATIENT_CONFIRMATION',
];
const NUMERIC = new Set(['BSN', 'SSN', 'NHS_NUMBER', 'IBAN', 'PHONE', 'POSTCODE_ADDRESS', 'DATE_OF_BIRTH', 'PATIENT_NUMBER']);
const RULE_TYPE: Record<string, string> = {
  bsn: 'BSN',
  ssn: 'SSN',
  'nhs-number': 'NHS_NUMBER',
  iban: 'IBAN',
  phone: 'PHONE',
  email: 'EMAIL',
  // The second development set names these types ADDRESS, POSTCODE, MRN and MEDICARE.
  address: 'POSTCODE_ADDRESS|ADDRESS|POSTCODE',
  'uk-address': 'POSTCODE_ADDRESS|ADDRESS|POSTCODE',
  'date-of-birth': 'DATE_OF_BIRTH',
  'patient-number': 'PATIENT_NUMBER',
  mrn: 'PATIENT_NUMBER|MRN',
  'medicare-mbi': 'PATIENT_NUMBER|MEDICARE',
  'person-with-health': 'PERSON_HEALTH',
  'patient-confirmation': 'PATIENT_CONFIRMATION',
};

const results = new WeakMap<CorpusRecord, GuardResult>();
function guard(rec: CorpusRecord): GuardResult {
  let r = results.get(rec);
  if (!r) {
    r = scanText(rec.text, { lang: rec.lang, kind: rec.kind, org: rec.org });
    results.set(rec, r);
  }
  return r;
}

const zorgpost: System = {
  name: 'zorgpost',
  // What the guard blocks on: block findings of the entity rules.
  detect: (rec) =>
    guard(rec)
      .findings.filter((f) => RULE_TYPE[f.rule] && f.severity === 'block')
      .map((f) => ({ type: RULE_TYPE[f.rule]!, start: f.start, end: f.end })),
  blocks: (_dets, rec) => guard(rec).verdict === 'block',
};

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const matches = (d: Detection, type: string) => d.type.split('|').includes(type) || (d.type === '*NUM' && NUMERIC.has(type));
const f2 = (p: number, r: number) => (p + r === 0 ? 0 : (5 * p * r) / (4 * p + r));

interface Verdicts {
  tp: number;
  fp: number;
  fn: number;
  clean: number;
}
interface Score {
  verdict: Record<'all' | 'nl' | 'en', Verdicts>;
  /** type → lang → [found, gold] */
  recall: Map<string, Record<'all' | 'nl' | 'en', [number, number]>>;
}

async function score(sys: System, recs: CorpusRecord[], types: string[]): Promise<Score> {
  const blank = (): Verdicts => ({ tp: 0, fp: 0, fn: 0, clean: 0 });
  const s: Score = {
    verdict: { all: blank(), nl: blank(), en: blank() },
    recall: new Map(types.map((t) => [t, { all: [0, 0], nl: [0, 0], en: [0, 0] }])),
  };
  for (const rec of recs) {
    const dets = await sys.detect(rec);
    for (const g of rec.entities) {
      const c = s.recall.get(g.type);
      if (!c) continue;
      const hit = dets.some((d) => matches(d, g.type) && overlaps(d, g)) ? 1 : 0;
      for (const k of ['all', rec.lang] as const) {
        c[k][0] += hit;
        c[k][1]++;
      }
    }
    const blocked = sys.blocks(dets, rec);
    for (const k of ['all', rec.lang] as const) {
      const v = s.verdict[k];
      if (rec.verdict === 'block') blocked ? v.tp++ : v.fn++;
      else {
        v.clean++;
        if (blocked) v.fp++;
      }
    }
  }
  return s;
}

/** Figures of the block verdict; NaN where a set has no texts of that kind (printed as "-"). */
export function verdictFigures(v: Verdicts) {
  const blocks = v.tp + v.fn;
  const recall = blocks === 0 ? Number.NaN : v.tp / blocks;
  const precision = v.tp + v.fp === 0 ? 0 : v.tp / (v.tp + v.fp);
  const falseBlock = v.clean === 0 ? Number.NaN : v.fp / v.clean;
  return { recall, falseBlock, f2: blocks === 0 ? Number.NaN : f2(precision, recall), blocks, clean: v.clean };
}

const COL = 26;
const HEAD = 32;
const n2 = (x: number) => (Number.isNaN(x) ? '-' : x.toFixed(2));
const n3 = (x: number) => (Number.isNaN(x) ? '-' : x.toFixed(3));

async function report(title: string, recs: CorpusRecord[], systems: System[]): Promise<Score | undefined> {
  const nl = recs.filter((r) => r.lang === 'nl').length;
  const nBlock = recs.filter((r) => r.verdict === 'block').length;
  console.log(`\n=== ${title}: ${recs.length} texts (nl ${nl}, en ${recs.length - nl}; ${nBlock} should block, ${recs.length - nBlock} clean) ===`);
  if (recs.length === 0) return undefined;
  const present = new Set(recs.flatMap((r) => r.entities.map((e) => e.type)));
  const types = [...TYPE_ORDER.filter((t) => present.has(t)), ...[...present].filter((t) => !TYPE_ORDER.includes(t)).sort()];
  const scores: Score[] = [];
  for (const s of systems) scores.push(await score(s, recs, types));
  console.log(''.padEnd(HEAD) + systems.map((s) => s.name.padEnd(COL)).join(''));
  console.log('block verdict'.padEnd(HEAD) + systems.map(() => 'recall false-bl  F2'.padEnd(COL)).join(''));
  for (const k of ['all', 'nl', 'en'] as const) {
    const v0 = verdictFigures(scores[0]!.verdict[k]);
    let line = `  ${k} (${v0.blocks} block, ${v0.clean} clean)`.padEnd(HEAD);
    for (const sc of scores) {
      const v = verdictFigures(sc.verdict[k]);
      line += `${n2(v.recall).padStart(6)} ${n3(v.falseBlock).padStart(8)} ${n2(v.f2).padStart(5)}`.padEnd(COL);
    }
    console.log(line);
  }
  console.log('recall per entity type'.padEnd(HEAD) + systems.map(() => '  all   nl   en'.padEnd(COL)).join(''));
  for (const t of types) {
    const gold = scores[0]!.recall.get(t)!;
    let line = `  ${t} (${gold.all[1]})`.padEnd(HEAD);
    for (const sc of scores) {
      const c = sc.recall.get(t)!;
      const r = (k: 'all' | 'nl' | 'en') => (c[k][1] === 0 ? '   - ' : n2(c[k][0] / c[k][1]).padStart(5));
      line += `${r('all')}${r('nl')}${r('en')}`.padEnd(COL);
    }
    console.log(line);
  }
  // Which zorgpost rules block clean texts (counts only): where the false blocks come from.
  const byRule = new Map<string, number>();
  for (const r of recs) {
    if (r.verdict === 'block') continue;
    for (const rule of new Set(
      guard(r)
        .findings.filter((f) => f.severity === 'block')
        .map((f) => f.rule),
    )) {
      byRule.set(rule, (byRule.get(rule) ?? 0) + 1);
    }
  }
  const parts = [...byRule].sort((a, b) => b[1] - a[1]).map(([rule, n]) => `${rule} ${n}`);
  console.log(`zorgpost false blocks by rule: ${parts.length ? parts.join(', ') : 'none'}`);
  return scores[0];
}

function load(file: string): CorpusRecord[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, i) => {
      const r = JSON.parse(l) as CorpusRecord;
      // Say which line is malformed, never what it says.
      if (typeof r.text !== 'string' || (r.lang !== 'nl' && r.lang !== 'en') || (r.verdict !== 'block' && r.verdict !== 'ok')) {
        throw new Error(`${file}:${i + 1}: needs text, lang "nl"|"en" and verdict "block"|"ok"`);
      }
      return { ...r, kind: r.kind ?? 'post', entities: r.entities ?? [] };
    });
}

/** Target lines for the guard on one held-out set; returns whether every target is met. */
function checkTargets(name: string, s: Score): boolean {
  let ok = true;
  for (const k of ['nl', 'en'] as const) {
    const v = verdictFigures(s.verdict[k]);
    if (v.blocks + v.clean === 0) continue;
    // A language with no texts of one kind cannot miss that target; with no texts at all it is skipped.
    const met = !(v.recall < TARGETS.blockRecall) && !(v.falseBlock > TARGETS.falseBlock);
    ok &&= met;
    console.log(
      `  ${met ? 'met   ' : 'MISSED'} ${name}, ${k}: block recall ${n2(v.recall)} (target >= ${TARGETS.blockRecall}), ` +
        `false-block ${n3(v.falseBlock)} (target <= ${TARGETS.falseBlock})`,
    );
  }
  return ok;
}

async function main() {
  const check = process.argv.includes('--check');
  const here = dirname(fileURLToPath(import.meta.url));
  if (process.argv.includes('--dev-situations')) {
    await report('DEV SITUATIONS nl (tuning data, not a quality figure)', load(join(here, 'dev-situations-nl.jsonl')), [zorgpost]);
    // The second development set (Dutch and English, written blind from situation descriptions): tuning data too.
    const second = join(here, 'dev-situations-2.jsonl');
    if (existsSync(second)) {
      // Without the texts that share five words with a held-out text (dev-situations-2-overlap.ts).
      const recs = load(second).filter((r) => !DEV2_OVERLAP.has(r.id));
      await report(`DEV SITUATIONS 2 nl + en (tuning data, not a quality figure; ${DEV2_OVERLAP.size} overlapping texts left out)`, recs, [zorgpost]);
    } else {
      console.log('\n=== DEV SITUATIONS 2: eval/guard/dev-situations-2.jsonl not present, skipped ===');
    }
    return;
  }
  const corpus = load(join(here, 'corpus.jsonl'));
  if (process.argv.includes('--dev')) {
    await report(
      'DEV (tuning data, not a quality figure)',
      corpus.filter((r) => r.split === 'dev'),
      [zorgpost],
    );
    return;
  }
  const systems = [zorgpost, openRedaction('openredaction', {}), openRedaction('openredaction/healthcare', { preset: 'healthcare' }), redactPii()];
  const heldOut: [string, Score | undefined][] = [];

  heldOut.push([
    'corpus holdout',
    await report(
      'HELD-OUT 1, corpus holdout (template families never used for tuning)',
      corpus.filter((r) => r.split === 'holdout'),
      systems,
    ),
  ]);
  const situations = join(here, 'situations.jsonl');
  if (existsSync(situations)) {
    heldOut.push(['situations', await report('HELD-OUT 2, situations.jsonl (independently written)', load(situations), systems)]);
  } else {
    console.log('\n=== HELD-OUT 2, situations.jsonl: file not present, skipped ===');
  }
  await report(
    'DEV (tuning data, not a quality figure)',
    corpus.filter((r) => r.split === 'dev'),
    systems,
  );

  console.log(
    '\nMatching: a gold span is found when a detection of the same type overlaps it. Alternatives: names count' +
      '\nas PERSON_HEALTH, dates as DATE_OF_BIRTH, redact-pii "digits" as any numeric identifier, a US SSN as a' +
      '\nBSN too; a text is blocked when they detect anything. Zorgpost: block findings; verdict = "block".',
  );
  console.log(`\nTargets for zorgpost on every held-out set, per language:`);
  let ok = true;
  for (const [name, s] of heldOut) if (s) ok = checkTargets(name, s) && ok;
  if (check && !ok) {
    console.log('--check: a held-out set misses a target.');
    process.exitCode = 1;
  }
}

await main();
