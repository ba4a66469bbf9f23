// Dutch dialect and regional spellings (Limburgs, Gronings, Zeeuws, Brabants, Drents) read as standard
// Dutch, as an extra reading for the crisis rules only: `ich krieg gein loch mie` → `ik krijg geen lucht
// meer`, `is vot … nog nait thoes` → `is weg … nog niet thuis`. Whole words only, and none that is a
// common standard Dutch word (`zien`, `gans`, `ken` stay); applied to Dutch messages only (`erm`).
import { gated } from './word-gate.ts';
const DIALECT: Record<string, string> = {
  ich: 'ik',
  iech: 'ik',
  mien: 'mijn',
  mienen: 'mijn',
  hai: 'hij',
  gein: 'geen',
  gien: 'geen',
  nait: 'niet',
  neet: 'niet',
  nich: 'niet',
  mie: 'meer',
  loch: 'lucht',
  krieg: 'krijg',
  kriegt: 'krijgt',
  hob: 'heb',
  kin: 'kan',
  thoes: 'thuis',
  thuus: 'thuis',
  huus: 'huis',
  uut: 'uit',
  oet: 'uit',
  ut: 'het',
  vot: 'weg',
  voader: 'vader',
  vadder: 'vader',
  pien: 'pijn',
  piene: 'pijn',
  haile: 'hele',
  hail: 'heel',
  valen: 'gevallen',
  kommen: 'komen',
  erm: 'arm',
  ermen: 'armen',
  buuten: 'buiten',
  nachtpon: 'nachtjapon',
  // Round 28: Gronings, Twents and Flemish words of development file 56 (`ik heb t nou zülf regeld`,
  // `döt nich open as wie anbelt`); the model reads this reading too.
  zulf: 'zelf',
  zulm: 'zelf',
  regeld: 'geregeld',
  vanaovend: 'vanavond',
  vanaovund: 'vanavond',
  klaor: 'klaar',
  holpen: 'geholpen',
  jimme: 'jullie',
  mor: 'maar',
  bie: 'bij',
  brach: 'bracht',
  hoes: 'huis',
  gerdienen: 'gordijnen',
  dot: 'doet',
  doo: 'jij',
  zorgs: 'zorgt',
  better: 'beter',
  anbelt: 'aanbelt',
  olde: 'oude',
  kearl: 'kerel',
  allenig: 'alleen',
  noaber: 'buurman',
  vanmorn: 'vanmorgen',
  mit: 'met',
  now: 'nu',
  mijne: 'mijn',
  hef: 'heeft',
  heur: 'haar',
  nao: 'na',
  jaor: 'jaar',
  aait: 'altijd',
  zain: 'gezien',
  buurvraauw: 'buurvrouw',
  buurvraau: 'buurvrouw',
};
const WORD = / ([a-z]+)(?= )/g;
// One test first: most messages hold no dialect word, and a replace with a callback per word costs.
const ANY = gated(new RegExp(` (?:${Object.keys(DIALECT).join('|')})(?= )`));

/** The reading with dialect words in standard Dutch, or null when nothing changes. */
export function dialectReading(reading: string): string | null {
  if (!ANY.test(reading)) return null;
  let changed = false;
  const out = reading.replace(WORD, (whole, word: string) => {
    const standard = DIALECT[word];
    if (!standard || standard === word) return whole;
    changed = true;
    return ` ${standard}`;
  });
  return changed ? out : null;
}
