// Scores the guard and two npm alternatives on the labelled corpus: precision, recall and F2
// per entity type and for the block verdict, on the dev and holdout splits.
// Run: npm run eval:guard
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scanText } from '../../src/guard/scan-text.ts';
import { type Detection, openRedaction, redactPii, type System } from './alternatives.ts';
import type { CorpusRecord } from './generate-corpus.ts';

const TYPES = ['BSN', 'IBAN', 'PHONE', 'EMAIL', 'POSTCODE_ADDRESS', 'DATE_OF_BIRTH', 'PATIENT_NUMBER', 'PERSON_HEALTH', 'PATIENT_CONFIRMATION'];
const NUMERIC = new Set(['BSN', 'IBAN', 'PHONE', 'POSTCODE_ADDRESS', 'DATE_OF_BIRTH', 'PATIENT_NUMBER']);
const RULE_TYPE: Record<string, string> = {
  bsn: 'BSN',
  iban: 'IBAN',
  phone: 'PHONE',
  email: 'EMAIL',
  address: 'POSTCODE_ADDRESS',
  'date-of-birth': 'DATE_OF_BIRTH',
  'patient-number': 'PATIENT_NUMBER',
  'person-with-health': 'PERSON_HEALTH',
  'patient-confirmation': 'PATIENT_CONFIRMATION',
  'big-number': 'BIG',
  agb: 'AGB',
};

const zorgpost: System = {
  name: 'zorgpost',
  detect(rec) {
    const res = scanText(rec.text, { lang: rec.lang, kind: rec.kind, org: rec.org });
    // Entity detections are what the guard blocks (BIG/AGB are warnings by design).
    return res.findings
      .filter((f) => RULE_TYPE[f.rule] && (f.severity === 'block' || f.rule === 'big-number' || f.rule === 'agb'))
      .map((f) => ({ type: RULE_TYPE[f.rule]!, start: f.start, end: f.end }));
  },
  blocks: (_dets, rec) => scanText(rec.text, { lang: rec.lang, kind: rec.kind, org: rec.org }).verdict === 'block',
};

interface Counts {
  tp: number;
  fp: number;
  found: number;
  gold: number;
}
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const matches = (d: Detection, type: string) => d.type === type || (d.type === '*NUM' && NUMERIC.has(type));

function f2(p: number, r: number): number {
  return p + r === 0 ? 0 : (5 * p * r) / (4 * p + r);
}

async function score(sys: System, recs: CorpusRecord[]) {
  const perType = new Map<string, Counts>(TYPES.map((t) => [t, { tp: 0, fp: 0, found: 0, gold: 0 }]));
  let other = 0;
  const v = { tp: 0, fp: 0, fn: 0, clean: 0, block: 0 };
  const started = performance.now();
  for (const rec of recs) {
    const dets = await sys.detect(rec);
    for (const t of TYPES) {
      const c = perType.get(t)!;
      const gold = rec.entities.filter((e) => e.type === t);
      c.gold += gold.length;
      c.found += gold.filter((g) => dets.some((d) => matches(d, t) && overlaps(d, g))).length;
      for (const d of dets) {
        if (d.type !== t && !(d.type === '*NUM' && NUMERIC.has(t))) continue;
        if (d.type === '*NUM') {
          // A wildcard number counts once, for the type it hits (or as a false positive of none).
          if (gold.some((g) => overlaps(d, g))) c.tp++;
          continue;
        }
        if (gold.some((g) => overlaps(d, g))) c.tp++;
        else c.fp++;
      }
    }
    other += dets.filter((d) => d.type === 'OTHER' || (d.type === '*NUM' && !rec.entities.some((g) => overlaps(d, g)))).length;
    const blocked = sys.blocks(dets, rec);
    if (rec.verdict === 'block') {
      if (blocked) v.tp++;
      else v.fn++;
    } else {
      v.clean++;
      if (blocked) v.fp++;
    }
  }
  return { perType, other, v, ms: performance.now() - started };
}

const fmt = (x: number) => (Number.isNaN(x) ? '  -  ' : x.toFixed(2).padStart(5));

async function main() {
  const file = join(dirname(fileURLToPath(import.meta.url)), 'corpus.jsonl');
  const all: CorpusRecord[] = readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  const systems = [zorgpost, openRedaction('openredaction', {}), openRedaction('openredaction/healthcare', { preset: 'healthcare' }), redactPii()];
  for (const split of ['dev', 'holdout'] as const) {
    const recs = all.filter((r) => r.split === split);
    const nBlock = recs.filter((r) => r.verdict === 'block').length;
    console.log(
      `\n=== ${split}: ${recs.length} texts (nl ${recs.filter((r) => r.lang === 'nl').length}, en ${recs.filter((r) => r.lang === 'en').length}; ${nBlock} should block, ${recs.length - nBlock} clean) ===`,
    );
    const results = [];
    for (const s of systems) results.push({ s, r: await score(s, recs) });
    const head = ['type'.padEnd(22), ...results.map(({ s }) => s.name.padEnd(26))].join('');
    console.log(head);
    console.log(''.padEnd(22) + results.map(() => '    P     R    F2      '.padEnd(26)).join(''));
    for (const t of TYPES) {
      const gold = results[0]!.r.perType.get(t)!.gold;
      if (gold === 0) continue;
      let line = `${t} (${gold})`.padEnd(22);
      for (const { r } of results) {
        const c = r.perType.get(t)!;
        const p = c.tp + c.fp === 0 ? NaN : c.tp / (c.tp + c.fp);
        const rc = c.found / c.gold;
        line += `${fmt(p)} ${fmt(rc)} ${fmt(f2(Number.isNaN(p) ? 0 : p, rc))}`.padEnd(26);
      }
      console.log(line);
    }
    let vline = 'BLOCK verdict'.padEnd(22);
    let fline = 'false-block rate'.padEnd(22);
    let oline = 'unmapped detections'.padEnd(22);
    let tline = 'ms per text'.padEnd(22);
    for (const { r } of results) {
      const p = r.v.tp / Math.max(1, r.v.tp + r.v.fp);
      const rc = r.v.tp / Math.max(1, r.v.tp + r.v.fn);
      vline += `${fmt(p)} ${fmt(rc)} ${fmt(f2(p, rc))}`.padEnd(26);
      fline += `${(r.v.fp / Math.max(1, r.v.clean)).toFixed(3)} (${r.v.fp}/${r.v.clean})`.padEnd(26);
      oline += String(r.other).padEnd(26);
      tline += (r.ms / recs.length).toFixed(3).padEnd(26);
    }
    console.log(vline);
    console.log(fline);
    console.log(oline);
    console.log(tline);
  }
  console.log(
    '\nMatching: a gold span is found when a detection of the same type overlaps it. Alternatives: names count' +
      '\nas PERSON_HEALTH, dates as DATE_OF_BIRTH, redact-pii "digits" as any numeric identifier; a text is blocked' +
      '\nwhen they detect anything. Zorgpost entity detections = block findings (BIG/AGB warnings).',
  );
}

await main();
