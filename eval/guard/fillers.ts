// Fillers and value generators for the evaluation corpus. Written independently of the
// guard's lexicon (src/guard/lexicon) on purpose: some names and terms here are not in it.

export type Rng = () => number;

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
const digits = (rng: Rng, n: number) => Array.from({ length: n }, () => Math.floor(rng() * 10)).join('');
const pad = (n: number) => String(n).padStart(2, '0');

export const NL_FIRST = [
  'Anna',
  'Truus',
  'Gerrit',
  'Henk',
  'Fatima',
  'Mohammed',
  'Sanne',
  'Joke',
  'Kees',
  'Wilma',
  'Jan',
  'Riet',
  'Ahmed',
  'Marieke',
  'Bram',
  'Ilse',
  'Wytske',
  'Gerdien',
  'Hasna',
  'Sjors',
  'Marit',
  'Ayşe',
  'Cor',
  'Greet',
  'Pieter',
  'Lotte',
  'Dirk',
  'Nel',
  'Youssef',
  'Hendrika',
  'Tjitske',
  'Ruud',
  'Ans',
  'Bep',
  'Thijs',
  'Esra',
];
export const NL_SUR = [
  'Jansen',
  'de Vries',
  'van den Berg',
  'Bakker',
  'Visser',
  'Smit',
  'de Jong',
  'Mulder',
  'van Dijk',
  'Hoekstra',
  'Yilmaz',
  'El Amrani',
  'van der Meer',
  'Dijkstra',
  'ter Horst',
  'Kuipers',
  'Brouwer',
  'de Graaf',
  'Veenstra',
  'Postma',
  'van Leeuwen',
  'Verbruggen',
  'Oosterveld',
  'Schreuder',
  'Bos',
  'Koster',
  'Wolters',
  'Sahin',
  'Ramdin',
  'Zwanenburg',
];
export const EN_FIRST = [
  'Margaret',
  'John',
  'Susan',
  'David',
  'Olivia',
  'Peter',
  'Aisha',
  'George',
  'Emily',
  'Tom',
  'Linda',
  'Robert',
  'Priya',
  'Harold',
  'Doreen',
  'Callum',
  'Siobhan',
  'Michael',
  'Grace',
  'Arthur',
  'Brenda',
  'Imran',
  'Fiona',
  'Wendell',
];
export const EN_SUR = [
  'Smith',
  'Johnson',
  'Patel',
  'Brown',
  'Taylor',
  'Wilson',
  'Evans',
  'Walsh',
  "O'Connor",
  'Hughes',
  'Clarke',
  'Khan',
  'Murphy',
  'Harrison',
  'Fletcher',
  'Okafor',
  'Thornton',
  'Jenkins',
  'de Vries',
  'van Dam',
];
export const NL_TITLE = ['mevrouw', 'meneer', 'mw.', 'dhr.', 'de heer'];
export const NL_TITLE_CAP = ['Mevrouw', 'Meneer', 'Mw.', 'Dhr.', 'De heer'];
export const EN_TITLE = ['Mrs', 'Mr', 'Ms', 'Mrs.', 'Mr.'];
export const NL_COND = [
  'diabetes',
  'borstkanker',
  'dementie',
  'de ziekte van Parkinson',
  'COPD',
  'een beroerte',
  'longkanker',
  'een depressie',
  'hartfalen',
  'reuma',
  'een longontsteking',
  'alzheimer',
  'een heupfractuur',
  'epilepsie',
  'darmkanker',
  'een burn-out',
  'nierfalen',
  'MS',
  'een hersenbloeding',
  'artrose',
];
export const NL_TREAT = [
  'chemotherapie',
  'een heupoperatie',
  'dialyse',
  'bestraling',
  'revalidatie',
  'een knieoperatie',
  'palliatieve zorg',
  'een bypassoperatie',
  'een staaroperatie',
  'immunotherapie',
];
export const NL_DEPT = [
  'de IC',
  'de SEH',
  'de afdeling oncologie',
  'de kinderafdeling',
  'de afdeling cardiologie',
  'de longafdeling',
  'de psychiatrische kliniek',
  'de afdeling geriatrie',
  'de hartbewaking',
  'de afdeling neurologie',
];
export const EN_COND = [
  'diabetes',
  'breast cancer',
  'dementia',
  "Parkinson's disease",
  'COPD',
  'a stroke',
  'lung cancer',
  'depression',
  'heart failure',
  'pneumonia',
  "Alzheimer's",
  'a broken hip',
  'epilepsy',
  'bowel cancer',
  'kidney failure',
  'multiple sclerosis',
  'a heart attack',
];
export const EN_TREAT = ['chemotherapy', 'hip surgery', 'dialysis', 'radiotherapy', 'rehabilitation', 'knee surgery', 'palliative care', 'bypass surgery'];
export const EN_DEPT = [
  'the ICU',
  'A&E',
  'the oncology ward',
  'the children’s ward',
  'the cardiology ward',
  'intensive care',
  'the stroke unit',
  'the maternity ward',
];
export const TOWNS = [
  'Zwolle',
  'Deventer',
  'Amersfoort',
  'Tilburg',
  'Leeuwarden',
  'Gouda',
  'Almelo',
  'Venlo',
  'Hoorn',
  'Assen',
  'Zeist',
  'Delft',
  'Emmen',
  'Roermond',
];
export const STREETS = [
  'Dorpsstraat',
  'Kerkstraat',
  'Molenweg',
  'Julianalaan',
  'Beatrixstraat',
  'Stationsweg',
  'Wilhelminapark',
  'Van Goghlaan',
  'Prinsengracht',
  'Lindenlaan',
  'Schoolstraat',
  'Eikenlaan',
  'Marktplein',
  'Oude Rijn',
  'Lange Voorhout',
  'Burgemeester de Withstraat',
  'Parallelweg',
  'Kastanjedreef',
];
export const EN_STREETS = ['Mill Lane', 'Church Road', 'Station Road', 'Victoria Street', 'Park Avenue', 'Oak Close', 'Queens Drive'];
export const WEBMAIL = ['gmail.com', 'hotmail.com', 'outlook.com', 'ziggo.nl', 'kpnmail.nl', 'live.nl', 'icloud.com', 'xs4all.nl'];
export const ORG_NAMES = [
  'Zorggroep De Linde',
  'Thuiszorg Rivierenland',
  'Ziekenhuis Oost',
  'Verpleeghuis Het Anker',
  'Huisartsenpraktijk De Brug',
  'GGZ Midden',
  'Zorgcentrum De Horst',
  'Wijkteam Noord',
];
export const ORG_DOMAINS = ['delinde.nl', 'thuiszorgrivierenland.nl', 'ziekenhuisoost.nl', 'hetanker-zorg.nl', 'huisartsdebrug.nl', 'ggzmidden.nl'];
export const NL_ROLES = [
  'wijkverpleegkundige',
  'verpleegkundige',
  'huisarts',
  'fysiotherapeut',
  'diëtist',
  'specialist ouderengeneeskunde',
  'geriater',
  'praktijkondersteuner',
  'longarts',
  'teamleider',
];
export const EN_ROLES = ['district nurse', 'nurse', 'GP', 'physiotherapist', 'dietitian', 'consultant geriatrician', 'practice nurse', 'team leader'];
export const NL_DOSES = ['1000 mg', '500 mg', '2500 IE', '400 mg', '10 ml', '1500 mg'];
export const EVENT_DAYS = ['12 maart 2026', '3 april 2026', '18 mei 2026', '7 juni 2026', '21 september 2026', '4 oktober 2026', '15-11-2026', '9/12/2026'];
export const EN_EVENT_DAYS = ['12 March 2026', 'April 3, 2026', '18 May 2026', 'June 7, 2026', '21/09/2026'];
export const PUBLIC_NL = [
  'minister Kuipers',
  'koningin Máxima',
  'koning Willem-Alexander',
  'prinses Amalia',
  'RIVM-directeur Jaap van Dissel',
  'burgemeester Halsema',
  'staatssecretaris Karremans',
];
export const PUBLIC_EN = ['King Charles', 'the Health Secretary', 'Professor Chris Whitty', 'Queen Máxima', 'the Mayor of London'];
export const RX = ['Ozempic', 'oxycodon', 'Wegovy', 'diazepam', 'sertraline', 'Viagra', 'tramadol', 'Mounjaro', 'Xanax', 'methylfenidaat', 'Saxenda'];

export function bsn(rng: Rng): string {
  for (;;) {
    const d = digits(rng, 8);
    if (d[0] === '0') continue;
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += (9 - i) * Number(d[i]);
    const check = sum % 11;
    if (check > 9) continue;
    const s = d + check;
    const f = rng();
    return f < 0.6 ? s : f < 0.8 ? `${s.slice(0, 4)}.${s.slice(4, 6)}.${s.slice(6)}` : `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`;
  }
}

export function iban(rng: Rng): string {
  const bank = pick(rng, ['ABNA', 'INGB', 'RABO', 'SNSB', 'TRIO', 'ASNB', 'KNAB', 'BUNQ']);
  const acct = digits(rng, 10);
  const conv = `${bank + acct}NL00`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  const check = pad(Number(98n - (BigInt(conv) % 97n)));
  const s = `NL${check}${bank}${acct}`;
  return rng() < 0.5 ? s : s.replace(/(.{4})/g, '$1 ').trim();
}

export function mobile(rng: Rng): string {
  const n = String(1 + Math.floor(rng() * 5)) + digits(rng, 7);
  return pick(rng, [`06-${n}`, `06 ${n.slice(0, 4)} ${n.slice(4)}`, `06${n}`, `+31 6 ${n}`, `+316${n}`, `06-${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`]);
}

export function landline(rng: Rng): string {
  const area = pick(rng, ['010', '020', '030', '040', '050', '070', '071', '073', '076', '0111', '0172', '0318', '0345', '0475', '0513', '0570']);
  const rest = String(2 + Math.floor(rng() * 8)) + digits(rng, 9 - area.length);
  return rng() < 0.6 ? `${area}-${rest}` : `${area} ${rest}`;
}

export function ukMobile(rng: Rng): string {
  return pick(rng, [`07700 900${digits(rng, 3)}`, `+44 7700 900${digits(rng, 3)}`]);
}

export function email(rng: Rng, first: string, sur: string): string {
  const clean = (s: string) =>
    s
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z]/g, '');
  const f = clean(first);
  const s = clean(sur);
  const local = pick(rng, [`${f}.${s}`, `${f}${s}`, `${f[0]}.${s}`, `${f}${Math.floor(rng() * 90 + 10)}`]);
  return `${local}@${pick(rng, WEBMAIL)}`;
}

export function postcode(rng: Rng): string {
  const L = 'ABCDEFGHJKLMNPRSTVWXZ';
  for (;;) {
    const letters = L[Math.floor(rng() * L.length)]! + L[Math.floor(rng() * L.length)]!;
    if (['SA', 'SD', 'SS'].includes(letters)) continue;
    const num = String(1000 + Math.floor(rng() * 9000));
    return rng() < 0.75 ? `${num} ${letters}` : `${num}${letters}`;
  }
}

export function houseNumber(rng: Rng): string {
  const n = String(1 + Math.floor(rng() * 180));
  const r = rng();
  return r < 0.75 ? n : r < 0.9 ? n + pick(rng, ['a', 'b', 'c']) : `${n}-${1 + Math.floor(rng() * 3)}`;
}

const NL_MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const NL_MON_SHORT = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function dob(rng: Rng, lang: 'nl' | 'en'): string {
  const y = 1928 + Math.floor(rng() * 80);
  const m = 1 + Math.floor(rng() * 12);
  const d = 1 + Math.floor(rng() * 28);
  const forms =
    lang === 'nl'
      ? [
          `${pad(d)}-${pad(m)}-${y}`,
          `${d}-${m}-${String(y).slice(2)}`,
          `${pad(d)}/${pad(m)}/${y}`,
          `${pad(d)}.${pad(m)}.${y}`,
          `${d} ${NL_MONTHS[m - 1]} ${y}`,
          `${d} ${NL_MON_SHORT[m - 1]} '${String(y).slice(2)}`,
          `${y}-${pad(m)}-${pad(d)}`,
        ]
      : [`${d} ${EN_MONTHS[m - 1]} ${y}`, `${EN_MONTHS[m - 1]} ${d}, ${y}`, `${pad(d)}/${pad(m)}/${y}`, `${y}-${pad(m)}-${pad(d)}`];
  return pick(rng, forms);
}

export function patientNumber(rng: Rng): string {
  return pick(rng, [digits(rng, 7), digits(rng, 8), `Z${digits(rng, 6)}`, `${digits(rng, 3)}.${digits(rng, 3)}.${digits(rng, 2)}`, digits(rng, 10)]);
}

export const big = (rng: Rng) => String(1 + Math.floor(rng() * 9)) + digits(rng, 10);
export const agb = (rng: Rng) => `0${String(1 + Math.floor(rng() * 9))}${digits(rng, 6)}`;
/** A valid NHS number (mod-11 check digit), grouped 3-3-4 or plain. */
export function nhsNumber(rng: Rng): string {
  for (;;) {
    const d = String(4 + Math.floor(rng() * 5)) + digits(rng, 8);
    let sum = 0;
    for (let i = 0; i < 9; i++) sum += (10 - i) * Number(d[i]);
    const check = (11 - (sum % 11)) % 11;
    if (check === 10) continue;
    const s = d + check;
    return rng() < 0.7 ? `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}` : s;
  }
}

/** A US SSN in an issuable range; dashed (always) or, when `plain`, sometimes bare or spaced. */
export function ssn(rng: Rng, plain: boolean): string {
  let area = 1 + Math.floor(rng() * 898);
  if (area === 666) area = 667;
  const a = String(area).padStart(3, '0');
  const g = pad(1 + Math.floor(rng() * 99));
  const s = String(1 + Math.floor(rng() * 9999)).padStart(4, '0');
  const f = rng();
  return !plain || f < 0.5 ? `${a}-${g}-${s}` : f < 0.8 ? `${a}${g}${s}` : `${a} ${g} ${s}`;
}

export function mrn(rng: Rng): string {
  return pick(rng, [digits(rng, 8), `${digits(rng, 3)}-${digits(rng, 4)}`, `MR${digits(rng, 7)}`, digits(rng, 6), `A${digits(rng, 7)}`]);
}

/** Medicare Beneficiary Identifier: C A AN N A AN N A A N N (no S, L, O, I, B, Z). */
export function mbi(rng: Rng): string {
  const A = 'ACDEFGHJKMNPQRTUVWXY';
  const a = () => A[Math.floor(rng() * A.length)]!;
  const an = () => (rng() < 0.5 ? a() : digits(rng, 1));
  const s = `${1 + Math.floor(rng() * 9)}${a()}${an()}${digits(rng, 1)}${a()}${an()}${digits(rng, 1)}${a()}${a()}${digits(rng, 2)}`;
  return rng() < 0.5 ? s : `${s.slice(0, 4)}-${s.slice(4, 7)}-${s.slice(7)}`;
}

export const EN_TOWNS = ['Leeds', 'Harrogate', 'Bristol', 'Norwich', 'Swindon', 'Chester', 'Derby', 'Bath', 'Preston', 'Exeter'];

export function ukPostcode(rng: Rng): string {
  const area = pick(rng, ['LS', 'HG', 'BS', 'NR', 'SN', 'CH', 'DE', 'BA', 'PR', 'EX', 'M', 'B', 'L']);
  const unit = 'ABDEFGHJLNPQRSTUWXYZ';
  const u = () => unit[Math.floor(rng() * unit.length)]!;
  return `${area}${1 + Math.floor(rng() * 20)} ${Math.floor(rng() * 10)}${u()}${u()}`;
}

/** Domains of partner organisations: not on the org's allow-list. */
export const OTHER_DOMAINS = ['zorgkantoor-west.nl', 'regioapotheek.nl', 'hospicedeoever.nl', 'stlukeshospice.org.uk', 'valleyhealth.org'];
export const age = (rng: Rng) => String(62 + Math.floor(rng() * 35));

// Slots of the development-only templates (templates-dev.ts): names outside the lists above, some
// that no name list knows, children, handles, cancers, doctors, relatives, performers, towns.
const DEV_NL_FIRST = ['Grietje', 'Marcel', 'Harm', 'Yvette', 'Sevda', 'Wiebe', 'Annelies', 'Ronald', 'Femke', 'Jurre', 'Noortje', 'Hatice', 'Twan', 'Baukje'];
const DEV_NL_SUR = ['Bosma', 'Verhoef', 'Tuinstra', 'Landman', 'Arslan', 'Smeets', 'Kamphuis', 'Wijnands', 'ter Laak', 'van Amstel', 'Bijl', 'Oudejans'];
const DEV_EN_FIRST = ['Sandra', 'Derek', 'Moira', 'Caitlin', 'Tunde', 'Shona', 'Kwabena', 'Nkechi', 'Rhys', 'Mei', 'Declan', 'Priyanka', 'Lorraine', 'Olumide'];
const DEV_EN_SUR = ['Whitfield', 'Mahoney', 'Lindqvist', 'Brody', 'Okonjo', 'McAllister', 'Beckett', 'Quinn', 'Powell', 'Turnbull', 'Asante', 'Fairweather'];
const KIDS_NL = ['Sem', 'Noa', 'Daan', 'Lotte', 'Finn', 'Julia', 'Milan', 'Tess', 'Henk', 'Kees', 'Piet', 'Jan'];
const KIDS_EN = ['Finn', 'Poppy', 'Alfie', 'Isla', 'Kai', 'Ollie', 'Maisie', 'Reggie', 'Esme'];
const DEV_CITIES_EN = ['Ipswich', 'Gateshead', 'Kendal', 'Croydon', 'Paisley', 'Worcester', 'Whitby', 'Crewe', 'Dundee', 'Rugby'];
const CANCERS_NL = ['eierstokkanker', 'prostaatkanker', 'borstkanker', 'leukemie', 'een hersentumor', 'lymfeklierkanker', 'baarmoederhalskanker'];
const CANCERS_EN = ['ovarian cancer', 'prostate cancer', 'bowel cancer', 'leukaemia', 'a brain tumour', 'lymphoma', 'skin cancer'];
const DOCS_NL = ['dokter Yildiz', 'dokter Van Rijn', 'de cardioloog', 'uw huisarts', 'de oncoloog', 'dr. Peeters'];
const DOCS_EN = ['Dr Okoye', 'Dr. Mbeki', 'Dr Feld', 'your consultant', 'the oncologist', 'Dr Patel'];
const KIN_NL = ['man', 'vrouw', 'moeder', 'vader', 'zoon', 'dochter'];
const KIN_EN = ['husband', 'wife', 'mum', 'dad', 'son', 'daughter'];
const CELEBS = ['Ed Sheeran', 'Dua Lipa', 'Marco Borsato', 'Davina Michelle', 'Tommy Cash', 'Suzan Bijl', 'Lewis Capaldi'];

export function devSlots(rng: Rng): Record<string, string> {
  const kid = pick(rng, KIDS_NL);
  const ekid = pick(rng, KIDS_EN);
  const efn = pick(rng, DEV_EN_FIRST);
  return {
    nfn: pick(rng, DEV_NL_FIRST),
    nsn: pick(rng, DEV_NL_SUR),
    enfn: efn,
    ensn: pick(rng, DEV_EN_SUR),
    kid,
    ekid,
    handle: `${pick(rng, DEV_NL_FIRST).toLowerCase()}_${digits(rng, 2)}`,
    ehandle: `${efn.toLowerCase()}${pick(rng, ['_k', '.w', '83', '_b'])}`,
    ncancer: pick(rng, CANCERS_NL),
    ecancer: pick(rng, CANCERS_EN),
    ndoc: pick(rng, DOCS_NL).replace(/^\w/, (c) => c.toUpperCase()),
    edoc: pick(rng, DOCS_EN).replace(/^\w/, (c) => c.toUpperCase()),
    nkin: pick(rng, KIN_NL),
    ekin: pick(rng, KIN_EN),
    celeb: pick(rng, CELEBS),
    ecity: pick(rng, DEV_CITIES_EN),
  };
}
