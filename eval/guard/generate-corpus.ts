// Generates eval/guard/corpus.jsonl from hand-written templates × seeded fillers, with span
// labels computed while filling. Run: npx tsx eval/guard/generate-corpus.ts
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as F from './fillers.ts';
import { holdoutFamilies, stratum, type Template } from './split.ts';
import { DEV_EN_CLEAN, DEV_EN_PII, DEV_NL_CLEAN, DEV_NL_PII } from './templates-dev.ts';
import { EN_CLEAN, EN_PII } from './templates-en.ts';
import { NL_CLEAN, NL_PII } from './templates-nl.ts';

export interface Entity {
  type: string;
  start: number;
  end: number;
}

export interface CorpusRecord {
  id: string;
  /** Template family: translated twins and near-duplicates share it (and the split). */
  family: string;
  lang: 'nl' | 'en';
  kind: 'post' | 'reply';
  text: string;
  org?: { allow: { phones: string[]; addresses: string[]; staff: { name: string; role: string }[]; domains: string[]; ibans?: string[] } };
  entities: Entity[];
  verdict: 'block' | 'ok';
  split: 'dev' | 'holdout';
}

// Entity types whose presence makes the text a block; BIG and AGB are warnings.
export const BLOCK_TYPES = new Set([
  'BSN',
  'SSN',
  'NHS_NUMBER',
  'IBAN',
  'PHONE',
  'EMAIL',
  'POSTCODE_ADDRESS',
  'DATE_OF_BIRTH',
  'PATIENT_NUMBER',
  'PERSON_HEALTH',
  'PATIENT_CONFIRMATION',
]);
const VARIANTS = 3;

function slots(rng: F.Rng, lang: 'nl' | 'en') {
  const fn = F.pick(rng, F.NL_FIRST);
  const sn = F.pick(rng, F.NL_SUR);
  const fn2 = F.pick(rng, F.NL_FIRST);
  const efn = F.pick(rng, F.EN_FIRST);
  const esn = F.pick(rng, F.EN_SUR);
  const orgIdx = Math.floor(rng() * F.ORG_NAMES.length);
  const orgStreet = F.pick(rng, F.STREETS);
  const orgAddr = `${orgStreet} ${F.houseNumber(rng)}, ${F.postcode(rng)} ${F.pick(rng, F.TOWNS)}`;
  const staffFirst =
    lang === 'nl'
      ? F.pick(rng, ['Sanne', 'Eline', 'Joost', 'Marloes', 'Ingrid', 'Ruben', 'Nadia'])
      : F.pick(rng, ['Sarah', 'James', 'Helen', 'Daniel', 'Nadia']);
  const staff = `${staffFirst} ${F.pick(rng, lang === 'nl' ? F.NL_SUR : F.EN_SUR)}`;
  const s: Record<string, string> = {
    fn,
    sn,
    fn2,
    efn,
    esn,
    name: `${fn} ${sn}`,
    title: F.pick(rng, F.NL_TITLE),
    Title: F.pick(rng, F.NL_TITLE_CAP),
    etitle: F.pick(rng, F.EN_TITLE),
    cond: F.pick(rng, F.NL_COND),
    treat: F.pick(rng, F.NL_TREAT),
    dept: F.pick(rng, F.NL_DEPT),
    econd: F.pick(rng, F.EN_COND),
    etreat: F.pick(rng, F.EN_TREAT),
    edept: F.pick(rng, F.EN_DEPT),
    town: F.pick(rng, F.TOWNS),
    mobile: F.mobile(rng),
    landline: F.landline(rng),
    ukmobile: F.ukMobile(rng),
    email: F.email(rng, fn, sn),
    email2: F.email(rng, fn2, F.pick(rng, F.NL_SUR)),
    eemail: F.email(rng, efn, esn),
    bsn: F.bsn(rng),
    iban: F.iban(rng),
    pc: F.postcode(rng),
    street: F.pick(rng, F.STREETS),
    estreet: F.pick(rng, F.EN_STREETS),
    nr: F.houseNumber(rng),
    dob: F.dob(rng, 'nl'),
    edob: F.dob(rng, 'en'),
    pnr: F.patientNumber(rng),
    nhs: F.nhsNumber(rng),
    ssn: F.ssn(rng, true),
    ssnd: F.ssn(rng, false),
    mrn: F.mrn(rng),
    mbi: F.mbi(rng),
    ukpc: F.ukPostcode(rng),
    etown: F.pick(rng, F.EN_TOWNS),
    nr2: String(1 + Math.floor(rng() * 12)),
    otherdomain: F.pick(rng, F.OTHER_DOMAINS),
    orgiban: F.iban(rng),
    big: F.big(rng),
    agb: F.agb(rng),
    age: F.age(rng),
    orgname: F.ORG_NAMES[orgIdx]!,
    orgdomain: F.ORG_DOMAINS[orgIdx % F.ORG_DOMAINS.length]!,
    orgphone: F.landline(rng),
    orgaddr: orgAddr,
    staff,
    role: F.pick(rng, F.NL_ROLES),
    erole: F.pick(rng, F.EN_ROLES),
    dose: F.pick(rng, F.NL_DOSES),
    date: F.pick(rng, F.EVENT_DAYS),
    edate: F.pick(rng, F.EN_EVENT_DAYS),
    public: F.pick(rng, F.PUBLIC_NL),
    epublic: F.pick(rng, F.PUBLIC_EN),
    rx: F.pick(rng, F.RX),
  };
  return s;
}

/** Fill a template; [[TYPE:...]] markers become entity spans over the filled text. */
export function fill(template: string, s: Record<string, string>): { text: string; entities: Entity[] } {
  let text = '';
  const entities: Entity[] = [];
  const open: { type: string; start: number }[] = [];
  let i = 0;
  while (i < template.length) {
    if (template.startsWith('[[', i)) {
      const colon = template.indexOf(':', i);
      open.push({ type: template.slice(i + 2, colon), start: text.length });
      i = colon + 1;
    } else if (template.startsWith(']]', i)) {
      const e = open.pop()!;
      entities.push({ type: e.type, start: e.start, end: text.length });
      i += 2;
    } else if (template[i] === '{') {
      const close = template.indexOf('}', i);
      const key = template.slice(i + 1, close);
      const v = s[key];
      if (v === undefined) throw new Error(`unknown slot {${key}} in: ${template}`);
      text += v;
      i = close + 1;
    } else {
      text += template[i];
      i++;
    }
  }
  return { text, entities: entities.sort((a, b) => a.start - b.start) };
}

export function generate(): CorpusRecord[] {
  const rng = F.mulberry32(20260101);
  // The development-only families draw from their own sequence, so the split families keep their texts.
  const devRng = F.mulberry32(20261128);
  const out: CorpusRecord[] = [];
  const groups: [string, 'nl' | 'en', Template[], boolean][] = [
    ['nl-pii', 'nl', NL_PII, false],
    ['nl-clean', 'nl', NL_CLEAN, false],
    ['en-pii', 'en', EN_PII, false],
    ['en-clean', 'en', EN_CLEAN, false],
    ['dev-nl-pii', 'nl', DEV_NL_PII, true],
    ['dev-nl-clean', 'nl', DEV_NL_CLEAN, true],
    ['dev-en-pii', 'en', DEV_EN_PII, true],
    ['dev-en-clean', 'en', DEV_EN_CLEAN, true],
  ];
  const types = new Map<string, Set<string>>();
  for (const [prefix, lang, templates, devOnly] of groups) {
    templates.forEach(([fam, raw], ti) => {
      const kind = raw.startsWith('r|') ? 'reply' : 'post';
      const template = raw.replace(/^r\|/, '');
      const family = `${prefix.endsWith('pii') ? 'pii' : 'clean'}:${fam}`;
      for (let v = 0; v < VARIANTS; v++) {
        const s = devOnly ? { ...slots(devRng, lang), ...F.devSlots(devRng) } : slots(rng, lang);
        const { text, entities } = fill(template, s);
        const id = `${prefix}-${ti + 1}-${v + 1}`;
        const rec: CorpusRecord = {
          id,
          family,
          lang,
          kind,
          text,
          entities,
          verdict: entities.some((e) => BLOCK_TYPES.has(e.type)) ? 'block' : 'ok',
          split: 'dev',
        };
        // The organisation's own settings, as an installation would configure them.
        const orgSlots = devOnly ? /\{(orgphone|orgaddr|staff|orgdomain|orgiban)\}/ : /\{(orgphone|orgaddr|staff|orgdomain)\}/;
        if (orgSlots.test(template)) {
          rec.org = {
            allow: {
              phones: [s.orgphone!],
              addresses: [s.orgaddr!],
              staff: [{ name: s.staff!, role: lang === 'nl' ? s.role! : s.erole! }],
              domains: [s.orgdomain!],
              ...(devOnly ? { ibans: [s.orgiban!] } : {}),
            },
          };
        }
        out.push(rec);
        if (devOnly) continue; // never in the holdout, and not part of the split's strata
        const set = types.get(family) ?? new Set<string>();
        for (const e of entities) set.add(e.type);
        types.set(family, set);
      }
    });
  }
  const holdout = holdoutFamilies(new Map([...types].map(([f, t]) => [f, stratum(t)])));
  for (const r of out) if (holdout.has(r.family)) r.split = 'holdout';
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const records = generate();
  const file = join(dirname(fileURLToPath(import.meta.url)), 'corpus.jsonl');
  writeFileSync(file, `${records.map((r) => JSON.stringify(r)).join('\n')}\n`);
  const count = (f: (r: CorpusRecord) => boolean) => records.filter(f).length;
  const families = (split: string) => new Set(records.filter((r) => r.split === split).map((r) => r.family)).size;
  console.log(
    `wrote ${records.length} records: nl ${count((r) => r.lang === 'nl')}, en ${count((r) => r.lang === 'en')}, ` +
      `block ${count((r) => r.verdict === 'block')}, holdout ${count((r) => r.split === 'holdout')} ` +
      `(${families('holdout')} of ${families('holdout') + families('dev')} families)`,
  );
  // Every entity type must be scored on the holdout, in at least one language.
  const allTypes = new Set(records.flatMap((r) => r.entities.map((e) => e.type)));
  for (const t of [...allTypes].sort()) {
    const n = (split: string) => records.filter((r) => r.split === split).reduce((a, r) => a + r.entities.filter((e) => e.type === t).length, 0);
    console.log(`  ${t.padEnd(22)} dev ${String(n('dev')).padStart(3)}  holdout ${String(n('holdout')).padStart(3)}`);
    if (n('holdout') === 0) throw new Error(`no ${t} span in the holdout`);
  }
}
