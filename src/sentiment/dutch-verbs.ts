// Dutch verbs that judge in care messages, which Pattern's adjective lexicon lacks: waiting,
// ignoring, refusing, crying on one side; thanking, recommending, reassuring on the other. Written
// from the domain (how patients and families write), not from evaluation texts. Each verb is given
// as [infinitive, participle, valence on VADER's scale, stem where spelling does not tell]; its other forms follow from the spelling
// rules (dutch-morphology.ts). A negator in front flips it as any word ("niet geholpen").
import { verbForms } from './dutch-morphology.ts';

const VERBS: [infinitive: string, participle: string, valence: number, stem?: string][] = [
  // waiting, being let down, being treated badly
  ['wachten', 'gewacht', -0.8],
  ['huilen', 'gehuild', -1.5],
  ['klagen', 'geklaagd', -1.5],
  ['schreeuwen', 'geschreeuwd', -1.8],
  ['snauwen', 'gesnauwd', -2.2],
  ['negeren', 'genegeerd', -2, 'negeer'],
  ['weigeren', 'geweigerd', -1.5],
  ['afwimpelen', 'afgewimpeld', -2],
  ['afschepen', 'afgescheept', -2.5],
  ['wegsturen', 'weggestuurd', -1.5],
  ['liegen', 'gelogen', -2.5],
  ['beledigen', 'beledigd', -2.5],
  ['kleineren', 'gekleineerd', -2.5, 'kleineer'],
  ['uitschelden', 'uitgescholden', -2.5],
  ['vernederen', 'vernederd', -2.8],
  ['pesten', 'gepest', -2.5],
  ['mishandelen', 'mishandeld', -3],
  ['verwaarlozen', 'verwaarloosd', -3],
  ['falen', 'gefaald', -2],
  ['mislukken', 'mislukt', -2],
  ['tekortschieten', 'tekortgeschoten', -2],
  ['verslechteren', 'verslechterd', -2],
  ['balen', 'gebaald', -2],
  ['ergeren', 'geërgerd', -2],
  ['irriteren', 'geïrriteerd', -2, 'irriteer'],
  ['frustreren', 'gefrustreerd', -2, 'frustreer'],
  ['teleurstellen', 'teleurgesteld', -2],
  ['schamen', 'geschaamd', -1.8],
  ['stinken', 'gestonken', -2],
  ['lekken', 'gelekt', -1],
  ['lijden', '', -1.5], // its participle "geleden" mostly means "ago"
  ['zeuren', 'gezeurd', -1.5],
  ['blunderen', 'geblunderd', -2],
  ['kwijtraken', 'kwijtgeraakt', -2],
  ['afzeggen', 'afgezegd', -1.2],
  ['annuleren', 'geannuleerd', -1.2, 'annuleer'],
  ['uitstellen', 'uitgesteld', -1],
  ['vergeten', 'vergeten', -1.5],
  ['missen', 'gemist', -0.8],
  ['storen', 'gestoord', -1],
  ['twijfelen', 'getwijfeld', -0.8],
  ['vrezen', 'gevreesd', -1.5],
  // thanks, praise, being helped and heard
  ['bedanken', 'bedankt', 2],
  ['danken', 'gedankt', 2],
  ['waarderen', 'gewaardeerd', 2, 'waardeer'],
  ['aanbevelen', 'aanbevolen', 2],
  ['aanraden', 'aangeraden', 2],
  ['genieten', 'genoten', 2],
  ['steunen', 'gesteund', 1.5],
  ['troosten', 'getroost', 1.5],
  ['geruststellen', 'gerustgesteld', 2],
  ['meedenken', 'meegedacht', 1.8],
  ['meeleven', 'meegeleefd', 1.8],
  ['oplossen', 'opgelost', 1.5],
  ['verbeteren', 'verbeterd', 1.2],
  ['herstellen', 'hersteld', 1.2],
  ['genezen', 'genezen', 1.5],
  ['opknappen', 'opgeknapt', 1.5],
  ['lachen', 'gelachen', 1.5],
  ['glimlachen', 'geglimlacht', 1.5],
  ['complimenteren', 'gecomplimenteerd', 2, 'complimenteer'],
  ['feliciteren', 'gefeliciteerd', 2.2, 'feliciteer'],
  ['verwennen', 'verwend', 2],
  ['aanmoedigen', 'aangemoedigd', 1.5],
  ['uitblinken', 'uitgeblonken', 2],
  ['respecteren', 'gerespecteerd', 1.5, 'respecteer'],
];

let forms: Map<string, number> | undefined;

/** Every form of the listed verbs → valence. */
export function dutchVerbForms(): Map<string, number> {
  if (!forms) {
    forms = new Map();
    for (const [infinitive, participle, value, stem] of VERBS) for (const f of verbForms(infinitive, participle, stem)) if (!forms.has(f)) forms.set(f, value);
  }
  return forms;
}
